#include <imgui.h>

#include <string>

#include "app/theme.hpp"
#include "app/widget_registry.hpp"
#include "app/views.hpp"
#include "app/widgets.hpp"
#include "shared/snapshot.hpp"
#include "shared/snapshot_store.hpp"

namespace hw {
namespace {

void Banner(std::string_view text, ImU32 colour) {
  ImGui::PushStyleColor(ImGuiCol_ChildBg, colour);
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
}

}  // namespace

void DrawNotices(AppState& state, Platform& platform) {
  const Language lang = state.language;
  if (state.readOnly) {
    ImGui::PushID("readonly");
    Banner(Tr(lang, Msg::NoticeReadOnly), IM_COL32(255, 236, 179, 255));
    EndBanner(Tr(lang, Msg::NoticeReadOnly), "notice.readonly");
    ImGui::PopID();
  }
  if (!state.notice) return;
  ImGui::PushID("notice");
  Banner(Tr(lang, *state.notice), IM_COL32(255, 224, 214, 255));
  for (std::size_t i = 0; i < state.damagedFiles.size(); ++i) {
    ImGui::PushID(static_cast<int>(i));
    if (TouchButton("notice.export", Tr(lang, Msg::ExportDamagedFile))) {
      const auto& file = state.damagedFiles[i];
      if (auto bytes = ReadFileBytes(file, kMaxSnapshotBytes + kSnapshotHeaderSize))
        platform.Download("homeworks-" + file.filename().string(), "application/octet-stream", *bytes);
    }
    ImGui::PopID();
  }
  const Msg notice = *state.notice;
  if (TouchButton("notice.dismiss", Tr(lang, Msg::NoticeDismiss))) state.notice.reset();
  EndBanner(Tr(lang, notice), "notice.text");
  ImGui::PopID();
}

}  // namespace hw
