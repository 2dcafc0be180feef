#include "app/touch_scroll.hpp"

#include <imgui.h>
#include <imgui_internal.h>

#include <cmath>

namespace hw {
namespace {

constexpr float kInertiaTimeConstant = 0.325f;  // seconds for the glide to slow to 1/e of its speed
constexpr float kStopSpeed = 20.0f;             // px/s under which the glide stops
constexpr float kMaxSpeed = 6000.0f;            // px/s: a flick never throws further than this

// The drag's state lives in the window's own ImGui storage (no state of our own).
enum Key : ImGuiID { kTracking = 0x7c01, kDragging, kPressY, kStartScroll, kVelocity };

}  // namespace

void DragToScroll() {
  ImGuiWindow* window = ImGui::GetCurrentWindow();
  ImGuiStorage& storage = window->StateStorage;
  const ImGuiIO& io = ImGui::GetIO();
  const float dt = io.DeltaTime > 0 ? io.DeltaTime : 1.0f / 60.0f;

  // A press inside the window (not on a window drawn over it) may become a drag.
  if (ImGui::IsMouseClicked(ImGuiMouseButton_Left) && window->Rect().Contains(io.MousePos) &&
      ImGui::IsWindowHovered(ImGuiHoveredFlags_ChildWindows | ImGuiHoveredFlags_AllowWhenBlockedByActiveItem)) {
    storage.SetBool(kTracking, true);
    storage.SetBool(kDragging, false);
    storage.SetFloat(kPressY, io.MousePos.y);
    storage.SetFloat(kStartScroll, window->Scroll.y);
    storage.SetFloat(kVelocity, 0.0f);
  }

  if (storage.GetBool(kTracking) && ImGui::IsMouseDown(ImGuiMouseButton_Left)) {
    const float moved = io.MousePos.y - storage.GetFloat(kPressY);
    if (!storage.GetBool(kDragging) && std::fabs(moved) > kDragThreshold) {
      // A drag, not a tap: the widget pressed first lets go without being activated.
      storage.SetBool(kDragging, true);
      if (ImGui::GetActiveID() != 0) ImGui::ClearActiveID();
    }
    if (storage.GetBool(kDragging)) {
      const float target = ImClamp(storage.GetFloat(kStartScroll) - moved, 0.0f, window->ScrollMax.y);
      // The finger's speed, smoothed over the last frames, becomes the glide's speed.
      const float speed = -io.MouseDelta.y / dt;
      storage.SetFloat(kVelocity, ImClamp(0.8f * speed + 0.2f * storage.GetFloat(kVelocity), -kMaxSpeed, kMaxSpeed));
      ImGui::SetScrollY(target);
    }
    return;
  }

  if (storage.GetBool(kTracking)) storage.SetBool(kTracking, false);  // released: tap or end of a drag
  storage.SetBool(kDragging, false);
  float velocity = storage.GetFloat(kVelocity);
  if (velocity == 0.0f) return;
  const float scroll = window->Scroll.y + velocity * dt;
  velocity *= std::exp(-dt / kInertiaTimeConstant);
  if (std::fabs(velocity) < kStopSpeed || scroll <= 0.0f || scroll >= window->ScrollMax.y || io.MouseWheel != 0.0f) {
    velocity = 0.0f;  // stopped, at an end, or the wheel took over
  }
  storage.SetFloat(kVelocity, velocity);
  ImGui::SetScrollY(ImClamp(scroll, 0.0f, window->ScrollMax.y));
}

}  // namespace hw
