#pragma once
#include "app/app_state.hpp"
#include "app/platform.hpp"

namespace hw {

// Draws one frame of the whole app into the current ImGui context.
// The caller owns the frame: it calls ImGui::NewFrame() before and ImGui::Render() after.
void DrawApp(AppState& state, Platform& platform);

}  // namespace hw
