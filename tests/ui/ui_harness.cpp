#include "tests/ui/ui_harness.hpp"

#include <filesystem>
#include <fstream>
#include <iterator>

#include "app/frame.hpp"
#include "app/ui/theme.hpp"

namespace hw::test {

void LoadAllFonts(text::TextEngine& engine) {
  for (const char* dir : {HOMEWORKS_LATIN_FONT_DIR, HOMEWORKS_SCRIPT_FONT_DIR})
    for (const auto& entry : std::filesystem::directory_iterator(dir)) {
      std::ifstream in(entry.path(), std::ios::binary);
      std::vector<unsigned char> bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
      engine.Fonts().Add(entry.path().filename().string(), std::move(bytes));
    }
}

UiHarness::UiHarness(float width, float height) {
  context_ = ImGui::CreateContext();
  ImGui::SetCurrentContext(context_);  // CreateContext keeps another harness's current
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;
  io.DisplaySize = ImVec2(width, height);
  io.DeltaTime = 1.0f / 60.0f;
  io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;  // as web/main.cpp: Tab, arrows, Enter
  LoadFonts(io, "", 1.0f);                               // no font files: ImGui's built-in font
  unsigned char* pixels = nullptr;
  int w = 0, h = 0;
  io.Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);
  ApplyTheme(ImGui::GetStyle());
  registry_.Attach(context_);
  LoadAllFonts(text_);
  text_.SetAtlasTexture(reinterpret_cast<ImTextureID>(std::intptr_t{1}));  // any texture: nothing is rendered
  Frame();
}

UiHarness::~UiHarness() {
  ImGui::DestroyContext(context_);
  ImGui::SetCurrentContext(nullptr);
}

void UiHarness::Frame() {
  ImGui::SetCurrentContext(context_);
  RunFrame(state, platform, {.text = text_, .widgets = registry_});
  text::SetCurrentEngine(nullptr);
}

bool UiHarness::Tap(std::string_view idOrLabel) {
  ImGui::SetCurrentContext(context_);
  ImGuiIO& io = ImGui::GetIO();
  // Like a person, scroll down (then back up) until the widget is on screen.
  for (int attempt = 0; !registry_.Find(idOrLabel) && attempt < 40; ++attempt) {
    io.AddMousePosEvent(io.DisplaySize.x / 2, io.DisplaySize.y / 2);
    io.AddMouseWheelEvent(0, attempt < 20 ? -1.0f : 1.0f);
    Frame();
    Frame();
  }
  // A screen just opened may still settle (wrapping, scrollbars): point again until
  // the widget stays where the pointer is.
  for (int settle = 0; settle < 4; ++settle) {
    const WidgetRect* w = registry_.Find(idOrLabel);
    if (!w) return false;
    const ImVec2 centre(w->x + w->width / 2, w->y + w->height / 2);
    if (settle > 0 && io.MousePos.x == centre.x && io.MousePos.y == centre.y) break;
    io.AddMousePosEvent(centre.x, centre.y);
    Frame();
  }
  io.AddMouseButtonEvent(ImGuiMouseButton_Left, true);
  Frame();
  io.AddMouseButtonEvent(ImGuiMouseButton_Left, false);
  Frame();
  Frame();  // the screen the tap opened is drawn
  return true;
}

bool UiHarness::Type(std::string_view idOrLabel, std::string_view text) {
  const WidgetRect* field = registry_.Find(idOrLabel);
  const bool alreadyEditing = field && !state.textEdit.fieldId.empty() && state.textEdit.fieldId == field->id;
  if (!alreadyEditing && !Tap(idOrLabel)) return false;
  if (state.textEdit.fieldId.empty() || !platform.keyboardOpen) return false;
  state.textEdit.text = std::string(text);
  state.textEdit.arrived = true;
  Frame();
  Frame();  // what the new text changed is drawn
  return true;
}

void UiHarness::Swipe(float dx) {
  ImGui::SetCurrentContext(context_);
  ImGuiIO& io = ImGui::GetIO();
  const float x = io.DisplaySize.x / 2 - dx / 2, y = io.DisplaySize.y / 2;
  io.AddMousePosEvent(x, y);
  Frame();
  io.AddMouseButtonEvent(ImGuiMouseButton_Left, true);
  Frame();
  for (int step = 1; step <= 4; ++step) {
    io.AddMousePosEvent(x + dx * static_cast<float>(step) / 4, y);
    Frame();
  }
  io.AddMouseButtonEvent(ImGuiMouseButton_Left, false);
  Frame();
  Frame();
}

void UiHarness::CloseKeyboard() {
  state.textEdit.ended = true;
  platform.keyboardOpen = false;
  Frame();
  Frame();
}

void UiHarness::Resize(float width, float height) {
  ImGui::SetCurrentContext(context_);
  ImGui::GetIO().DisplaySize = ImVec2(width, height);
  Frame();
}

}  // namespace hw::test
