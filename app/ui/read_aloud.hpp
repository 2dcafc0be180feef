#pragma once
// Read aloud for people who read little: a finger held still on a text or a heading
// (a long press) has it read out, in the language it is written in, through the
// device's voice (Platform::Speak). When the device has no voice for that language,
// the person is told so (a notice) instead of hearing nothing.
#include "app/app_state.hpp"
#include "app/platform.hpp"
#include "app/ui/widget_registry.hpp"

namespace hw {

// How long a finger stays still before the text under it is read, in seconds.
inline constexpr float kLongPressSeconds = 0.6f;

// Call once a frame after the widgets were recorded (RunFrame does).
void ReadAloudHeldText(AppState& state, Platform& platform, const WidgetRegistry& widgets);

}  // namespace hw
