#pragma once
// Drag to scroll, as on a phone: a press that moves more than kDragThreshold scrolls the
// window under it instead of activating the button it started on; let go while moving
// and the list glides on and slows down (inertia). A press that stays put is a tap.
// Works the same with a finger (SDL turns touches into mouse events) and a mouse.

namespace hw {

struct AppState;

inline constexpr float kDragThreshold = 10.0f;  // CSS pixels a press may move and still be a tap

// Call right after beginning a scrolling child window (BeginContentColumn does); asks
// `state` for the next frame while the list glides.
void DragToScroll(AppState& state);

}  // namespace hw
