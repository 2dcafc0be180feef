#pragma once
#include "app/app_state.hpp"
#include "app/platform.hpp"

namespace hw {

// Handles the files that arrived since the last frame, each by its purpose.
void HandleIncoming(AppState& state, Platform& platform);

// Fetches the font files the text engine asked for while drawing this frame.
void RequestFonts(Platform& platform);
// Fetches the translations of the languages this frame's text was asked in.
void RequestTranslations(Platform& platform);

}  // namespace hw
