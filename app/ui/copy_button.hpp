#pragma once
// Copying a text people need elsewhere (an order to send, an error to show a helper):
// a button that puts it on the system clipboard through the Platform.
#include <string_view>

#include "app/app_state.hpp"
#include "app/platform.hpp"

namespace hw {

inline constexpr double kCopiedShownSeconds = 2.0;  // how long the button says "Copied"

// A button reading "Copy" (and "Copied" for a moment after); true when pressed.
bool CopyButton(AppState& state, Platform& platform, const char* id, std::string_view text);

}  // namespace hw
