#include <imgui.h>

#include <cstdio>
#include <string>

#include "app/screens/screens.hpp"
#include "app/ui/theme.hpp"
#include "app/ui/widget_registry.hpp"
#include "app/ui/widgets.hpp"
#include "shared/storage/snapshot.hpp"

namespace hw {
namespace {

// "1.2 MB": sizes a person can compare, in the units phones show.
std::string Size(std::uint64_t bytes) {
  char text[32];
  const double b = static_cast<double>(bytes);
  if (bytes >= 1000ull * 1000 * 1000) std::snprintf(text, sizeof text, "%.1f GB", b / 1e9);
  else if (bytes >= 1000ull * 1000) std::snprintf(text, sizeof text, "%.1f MB", b / 1e6);
  else std::snprintf(text, sizeof text, "%.0f KB", b / 1e3);
  return text;
}

void DrawStorage(AppState& state, Platform& platform) {
  const Language lang = state.language;
  Heading(Tr(lang, Msg::StorageHeading));
  const StorageInfo& info = state.storage;
  if (info.quota > 0) {
    TextWrapped(std::string(Tr(lang, Msg::StorageUsed)) + ": " + Size(info.used));
    TextWrapped(std::string(Tr(lang, Msg::StorageFree)) + ": " +
                Size(info.quota > info.used ? info.quota - info.used : 0));
  } else {
    TextWrapped(Tr(lang, Msg::StorageUnknown));
  }
  if (info.persistent) {
    TextWrapped(Tr(lang, Msg::StorageIsKeptSafe));
  } else {
    TextWrapped(Tr(lang, Msg::StorageKeepSafeHint));
    if (TouchButton("settings.persist", Tr(lang, Msg::StorageKeepSafe))) platform.RequestPersistentStorage();
  }

  TextWrapped(Tr(lang, Msg::BackupSaveHint));
  if (TouchButton("settings.backup.save", Tr(lang, Msg::BackupSave))) DownloadBackup(state, platform);
  if (TouchButton("settings.backup.restore", Tr(lang, Msg::BackupRestore)))
    platform.ChooseFile(FilePurpose::BackupRestore, ".snapshot");
}

}  // namespace

void DownloadBackup(AppState& state, Platform& platform) {
  const std::string bytes = SnapshotBytes(state.data);
  platform.Download(BackupFileName(platform.Today()), "application/octet-stream",
                    std::span(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size()));
}

void DrawSettings(AppState& state, Platform& platform) {
  const Language lang = state.language;
  if (TouchButton("nav.back", Tr(lang, Msg::Back))) state.screen = Screen::Home;
  Heading(Tr(lang, Msg::Settings));

  Heading(Tr(lang, Msg::Language));
  TextWrapped(Tr(lang, Msg::SettingsLanguageHint));
  for (const LanguageInfo& info : AllLanguages()) {
    const std::string id = "settings.lang." + std::string(info.code);
    const bool chosen = info.language == state.language;
    if (chosen) ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_ButtonActive));
    const bool tapped = TouchButton(id.c_str(), info.nativeName);
    // Each language's name is in its own language, and read aloud so.
    DescribeLastWidget({.role = WidgetRole::Radio, .checked = chosen ? Tri::Yes : Tri::No, .lang = info.code});
    if (tapped) ChooseLanguage(state, info.language);
    if (chosen) ImGui::PopStyleColor();
  }
  ImGui::Dummy(ImVec2(0, 8));
  DrawStorage(state, platform);

  ImGui::Dummy(ImVec2(0, 8));
  TextWrapped(Tr(lang, Msg::SettingsLicencesHint));
  // The notices the build gathered from the licence files of what the site carries.
  if (TouchButton("settings.licences", Tr(lang, Msg::SettingsLicences))) platform.OpenUrl("about/licences.txt");
}

}  // namespace hw
