#pragma once
// Drives the app's views in a headless ImGui context (no window, no GPU): frames are
// built and rendered to draw lists, input is simulated like a person's taps.
#include <imgui.h>

#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <random>
#include <string>
#include <string_view>
#include <vector>

#include "app/app.hpp"
#include "app/text/text_engine.hpp"
#include "app/ui/widget_registry.hpp"

namespace hw::test {

class RecordingPlatform : public Platform {
 public:
  struct File {
    std::string name, mimeType;
    std::vector<std::uint8_t> bytes;
  };
  std::vector<File> downloads;
  std::vector<std::string> openedUrls;
  std::filesystem::path folder;  // StorageFolder(); empty until a test sets one
  int persisted = 0;             // how often PersistStorage() was asked for
  bool persistentRequested = false;
  std::vector<std::string> chosenFiles, fetches;  // "purpose accept" / "purpose url" asked for
  std::int64_t now = 1767225600;                  // 2026-01-01
  std::vector<TextEditRequest> keyboards;         // every ShowKeyboard, newest last
  bool keyboardOpen = false;

  void Download(std::string_view name, std::string_view mime, std::span<const std::uint8_t> bytes) override {
    downloads.push_back({std::string(name), std::string(mime), {bytes.begin(), bytes.end()}});
  }
  void OpenUrl(std::string_view url) override { openedUrls.emplace_back(url); }
  std::filesystem::path StorageFolder() override { return folder; }
  void PersistStorage() override { ++persisted; }
  void RequestPersistentStorage() override { persistentRequested = true; }
  void ChooseFile(FilePurpose purpose, std::string_view accept) override {
    chosenFiles.push_back(std::string(PurposeName(purpose)) + " " + std::string(accept));
  }
  void FetchUrl(FilePurpose purpose, std::string_view url) override {
    fetches.push_back(std::string(PurposeName(purpose)) + " " + std::string(url));
  }
  void ShowKeyboard(const TextEditRequest& request) override {
    keyboards.push_back(request);
    keyboardOpen = true;
  }
  void HideKeyboard() override { keyboardOpen = false; }
  std::vector<std::string> copied;  // every CopyText, newest last
  void CopyText(std::string_view text) override { copied.emplace_back(text); }
  Timestamp Now() override { return now; }
  UtcOffset utcOffset = 0;  // the device's time zone: +19800 in India
  UtcOffset TimeZoneOffset() override { return utcOffset; }
  std::vector<std::string> voices;  // languages the device can read aloud in
  std::vector<std::string> spoken;  // "lang: text" for every Speak with a voice
  bool Speak(std::string_view text, std::string_view lang) override {
    if (std::find(voices.begin(), voices.end(), lang) == voices.end()) return false;
    spoken.push_back(std::string(lang) + ": " + std::string(text));
    return true;
  }
  void StopSpeaking() override { spoken.push_back("(stop)"); }
  // Share(): what was offered to the share sheet, and whether the device can share.
  struct Shared {
    std::string title, text;
    std::vector<SharedFile> files;
  };
  std::vector<Shared> shares;
  bool canShare = true;
  bool Share(std::string_view title, std::string_view text, const std::vector<SharedFile>& files) override {
    if (!canShare) return false;
    shares.push_back({std::string(title), std::string(text), files});
    return true;
  }
};

// A folder of its own for a test's saved state, removed afterwards.
struct TempFolder {
  std::filesystem::path path;
  TempFolder() {
    path = std::filesystem::temp_directory_path() / ("homeworks-ui-" + std::to_string(std::random_device{}()));
    std::filesystem::create_directories(path);
  }
  ~TempFolder() {
    std::error_code ec;
    std::filesystem::remove_all(path, ec);
  }
};

class UiHarness {
 public:
  explicit UiHarness(float width = 360, float height = 640);
  ~UiHarness();
  UiHarness(const UiHarness&) = delete;
  UiHarness& operator=(const UiHarness&) = delete;

  AppState state;
  RecordingPlatform platform;

  void Frame();
  // Taps the centre of the widget with this id or label, as drawn in the last frame,
  // scrolling to it first when it is off screen. False when there is no such widget.
  bool Tap(std::string_view idOrLabel);
  // Taps the text field, replaces what it holds with `text` as a person typing on the
  // device's keyboard would, and leaves the keyboard open. False when there is no
  // such field or tapping it opened no keyboard.
  bool Type(std::string_view idOrLabel, std::string_view text);
  // A finger dragged across the middle of the screen by `dx` (negative: to the left).
  void Swipe(float dx);
  // The person closes the keyboard (Enter, Done).
  void CloseKeyboard();
  const WidgetRect* Find(std::string_view idOrLabel) const { return registry_.Find(idOrLabel); }
  const WidgetRegistry& Widgets() const { return registry_; }
  void Resize(float width, float height);
  text::TextEngine& Text() { return text_; }

 private:
  ImGuiContext* context_ = nullptr;
  WidgetRegistry registry_;
  text::TextEngine text_;
};

// Hands every font and word list the build made to `engine`, as the browser would
// after fetching them.
void LoadAllFonts(text::TextEngine& engine);

}  // namespace hw::test
