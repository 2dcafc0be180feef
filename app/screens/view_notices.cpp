#include <imgui.h>

#include <string>

#include "app/screens/screens.hpp"
#include "app/ui/copy_button.hpp"
#include "app/ui/theme.hpp"
#include "app/ui/widget_registry.hpp"
#include "app/ui/widgets.hpp"
#include "shared/storage/snapshot.hpp"
#include "shared/storage/snapshot_store.hpp"

namespace hw {
namespace {

void Banner(std::string_view text, ImU32 background) {
  ImGui::PushStyleColor(ImGuiCol_ChildBg, background);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(12, 12));
  ImGui::BeginChild("##banner", ImVec2(0, 0), ImGuiChildFlags_AlwaysUseWindowPadding | ImGuiChildFlags_AutoResizeY);
  TextWrapped(text);
}

// Ends the banner and publishes it, with its text, under `id` for tests.
void EndBanner(std::string_view text, const char* id) {
  ImGui::EndChild();
  ImGui::PopStyleVar();
  ImGui::PopStyleColor();
  PublishLastItem(std::string(text) + "###" + id);
  DescribeLastWidget({.role = WidgetRole::Alert});  // a screen reader says it when it appears
}

bool StorageNearlyFull(const StorageInfo& storage) {
  return storage.quota > 0 && storage.used > storage.quota / 10 * 9;
}

}  // namespace

bool StorageInfoShows(const AppState& state, const StorageInfo& next) {
  return state.screen == Screen::Settings || StorageNearlyFull(state.storage) != StorageNearlyFull(next);
}

bool HasNotices(const AppState& state) {
  return state.saveFailure || state.readOnly || StorageNearlyFull(state.storage) || state.restoreCandidate ||
         state.notice;
}

void DrawNotices(AppState& state, Platform& platform) {
  const Language lang = state.language;
  if (state.saveFailure) {
    // No "OK": it stays until a save succeeds, so that nobody works on believing it is kept.
    ImGui::PushID("savefailed");
    // Two paragraphs, not joined with a Latin full stop (Khmer ends a sentence with ។, Thai with none).
    const std::string text =
        std::string(Tr(lang, Msg::ErrSaveFailed)) + "\n" + std::string(Tr(lang, Msg::SaveFailedHelp));
    Banner(Tr(lang, Msg::ErrSaveFailed), colour::kNoticeAlert);
    TextWrapped(Tr(lang, Msg::SaveFailedHelp));
    if (TouchButton("notice.savefailed.backup", Tr(lang, Msg::BackupSave))) DownloadBackup(state, platform);
    if (!state.saveFailure->empty())
      CopyButton(state, platform, "notice.savefailed.copy", text + "\n" + *state.saveFailure);
    EndBanner(text, "notice.savefailed");
    ImGui::PopID();
  }
  if (state.readOnly) {
    ImGui::PushID("readonly");
    Banner(Tr(lang, Msg::NoticeReadOnly), colour::kNoticeWarning);
    EndBanner(Tr(lang, Msg::NoticeReadOnly), "notice.readonly");
    ImGui::PopID();
  }
  if (StorageNearlyFull(state.storage)) {
    ImGui::PushID("storage");
    Banner(Tr(lang, Msg::StorageNearlyFull), colour::kNoticeWarning);
    EndBanner(Tr(lang, Msg::StorageNearlyFull), "notice.storage");
    ImGui::PopID();
  }
  if (state.restoreCandidate) {
    ImGui::PushID("restore");
    Banner(Tr(lang, Msg::BackupRestoreConfirm), colour::kNoticeWarning);
    if (TouchButton("restore.yes", Tr(lang, Msg::BackupRestoreYes))) {
      state.data = std::move(*state.restoreCandidate);
      state.restoreCandidate.reset();
      state.language = LanguageFromCode(state.data.settings.language).value_or(state.language);
      state.Changed();
      state.notice = Msg::BackupRestored;
      state.noticeDetail.clear();
    } else if (TouchButton("restore.cancel", Tr(lang, Msg::Cancel))) {
      state.restoreCandidate.reset();
    }
    EndBanner(Tr(lang, Msg::BackupRestoreConfirm), "notice.restore");
    ImGui::PopID();
  }
  if (!state.notice) return;
  const Msg notice = *state.notice;
  ImGui::PushID("notice");
  Banner(Tr(lang, notice), colour::kNoticeAlert);
  if (!state.noticeDetail.empty()) {
    TextWrapped(state.noticeDetail);
    // The details, to paste into a message to whoever helps with the phone.
    CopyButton(state, platform, "notice.copy", std::string(Tr(lang, notice)) + "\n" + state.noticeDetail);
  }
  const bool aboutStoredData = notice == Msg::StoreRestoredFromBackup || notice == Msg::StoreStartedEmpty;
  for (std::size_t i = 0; aboutStoredData && i < state.damagedFiles.size(); ++i) {
    ImGui::PushID(static_cast<int>(i));
    if (TouchButton("notice.export", Tr(lang, Msg::ExportDamagedFile))) {
      const auto& file = state.damagedFiles[i];
      if (auto bytes = ReadFileBytes(file, kMaxSnapshotBytes + kSnapshotHeaderSize))
        platform.Download("homeworks-" + file.filename().string(), "application/octet-stream", *bytes);
    }
    ImGui::PopID();
  }
  if (TouchButton("notice.dismiss", Tr(lang, Msg::NoticeDismiss))) {
    state.notice.reset();
    state.noticeDetail.clear();
  }
  EndBanner(std::string(Tr(lang, notice)) + (state.noticeDetail.empty() ? "" : " " + state.noticeDetail),
            "notice.text");
  ImGui::PopID();
}

}  // namespace hw
