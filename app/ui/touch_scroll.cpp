#include "app/ui/touch_scroll.hpp"

#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>
#include <cmath>

#include "app/app_state.hpp"

namespace hw {
namespace {

constexpr float kInertiaTimeConstant = 0.325f;  // seconds for the glide to slow to 1/e of its speed
constexpr float kStopSpeed = 20.0f;             // px/s under which the glide stops
constexpr float kMaxSpeed = 6000.0f;            // px/s: a flick never throws further than this

// The drag's state lives in the window's own ImGui storage (no state of our own).
enum Key : ImGuiID { kTracking = 0x7c01, kDragging, kPressY, kStartScroll, kVelocity, kLastMoveY, kLastMoveTime };
constexpr float kStillTime = 0.1f;  // seconds without moving after which a lift does not throw

}  // namespace

void DragToScroll(AppState& state) {
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
    storage.SetFloat(kLastMoveY, io.MousePos.y);
    storage.SetFloat(kLastMoveTime, static_cast<float>(ImGui::GetTime()));
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
      // The finger's speed between its last moves, smoothed, becomes the glide's speed.
      // Timed from move to move: frames in which no move arrived do not slow it.
      const float now = static_cast<float>(ImGui::GetTime());
      const float since = now - storage.GetFloat(kLastMoveTime);
      if (io.MousePos.y != storage.GetFloat(kLastMoveY) && since > 0.0f) {
        const float speed = -(io.MousePos.y - storage.GetFloat(kLastMoveY)) / std::max(since, dt);
        const float previous = storage.GetFloat(kVelocity);
        storage.SetFloat(kVelocity, ImClamp(0.8f * speed + 0.2f * previous, -kMaxSpeed, kMaxSpeed));
        storage.SetFloat(kLastMoveY, io.MousePos.y);
        storage.SetFloat(kLastMoveTime, now);
      } else if (since > kStillTime) {
        storage.SetFloat(kVelocity, 0.0f);  // the finger rests: letting go now does not throw
      }
      ImGui::SetScrollY(target);
    }
    return;
  }

  if (storage.GetBool(kTracking)) {  // released: a tap, or the end of a drag
    storage.SetBool(kTracking, false);
    if (static_cast<float>(ImGui::GetTime()) - storage.GetFloat(kLastMoveTime) > kStillTime)
      storage.SetFloat(kVelocity, 0.0f);
  }
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
  if (velocity != 0.0f) state.RequestFrame();  // the glide goes on
}

}  // namespace hw
