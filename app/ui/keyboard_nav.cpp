#include "app/ui/keyboard_nav.hpp"

#include <imgui.h>
#include <imgui_internal.h>

namespace hw {

void BeginKeyboardNavigation() {
  // Tab works from the first frame, before anything was clicked.
  if (!ImGui::IsWindowFocused(ImGuiFocusedFlags_AnyWindow)) ImGui::SetWindowFocus();
  // The first Tab already shows its outline (ImGui would wait for a second one).
  if (ImGui::IsKeyPressed(ImGuiKey_Tab, false)) ImGui::GetCurrentContext()->NavDisableHighlight = false;
}

void EndKeyboardNavigation() {
  ImGuiContext& g = *ImGui::GetCurrentContext();
  // Tab forward from a widget that is no longer drawn (another screen opened): ImGui
  // finds nothing after it; the first widget of the screen takes the keyboard instead.
  if (g.NavMoveScoringItems && (g.NavMoveFlags & ImGuiNavMoveFlags_IsTabbing) && g.NavTabbingDir == +1 &&
      g.NavTabbingCounter == -1 && g.NavTabbingResultFirst.ID != 0)
    g.NavTabbingCounter = 1;
}

}  // namespace hw
