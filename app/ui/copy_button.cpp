#include "app/ui/copy_button.hpp"

#include <imgui.h>

#include "app/ui/widgets.hpp"

namespace hw {

bool CopyButton(AppState& state, Platform& platform, const char* id, std::string_view text) {
  // When it last copied lives in the window's ImGui storage, under the button's id.
  ImGuiStorage* storage = ImGui::GetStateStorage();
  const ImGuiID key = ImGui::GetID(id);
  const double now = ImGui::GetTime();
  const double shownFor = now - static_cast<double>(storage->GetFloat(key, -1000.0f));
  const bool justCopied = shownFor < kCopiedShownSeconds;
  if (justCopied) state.RequestFrame(kCopiedShownSeconds - shownFor);  // to say "Copy" again
  const Msg label = justCopied ? Msg::Copied : Msg::Copy;
  if (!TouchButton(id, Tr(state.language, label))) return false;
  platform.CopyText(text);
  storage->SetFloat(key, static_cast<float>(now));
  state.RequestFrame();
  return true;
}

}  // namespace hw
