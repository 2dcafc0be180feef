#include "app/ui/read_aloud.hpp"

#include <imgui.h>
#include <imgui_internal.h>  // IsMouseDragPastThreshold

namespace hw {

void ReadAloudHeldText(AppState& state, Platform& platform, const WidgetRegistry& widgets) {
  const ImGuiIO& io = ImGui::GetIO();
  if (!io.MouseDown[ImGuiMouseButton_Left]) {
    state.heldTextRead = false;
    return;
  }
  if (state.heldTextRead || ImGui::IsMouseDragPastThreshold(ImGuiMouseButton_Left))  // a finger scrolling, not holding
    return;
  const float held = io.MouseDownDuration[ImGuiMouseButton_Left];
  if (held < kLongPressSeconds) {
    // A finger held still sends no events: a frame when it has been held long enough.
    state.RequestFrame(kLongPressSeconds - held);
    return;
  }
  state.heldTextRead = true;
  const ImVec2 at = io.MousePos;
  // Drawn last is on top.
  const std::vector<WidgetRect>& all = widgets.LastFrame();
  for (auto w = all.rbegin(); w != all.rend(); ++w) {
    if (at.x < w->x || at.y < w->y || at.x >= w->x + w->width || at.y >= w->y + w->height) continue;
    if (w->role != WidgetRole::Text && w->role != WidgetRole::Heading) return;  // a button is pressed, not read
    if (!w->forReaders || w->label.empty()) return;
    if (!platform.Speak(w->label, w->lang)) state.notice = Msg::LessonNoVoice;
    return;
  }
}

}  // namespace hw
