#pragma once
// One view per screen: free functions drawing from and changing the AppState.
#include "app/app_state.hpp"

namespace hw {

void DrawHome(AppState& state);
// A screen still being built: its title, a note and the way back home.
void DrawPlaceholder(AppState& state, Msg title);

}  // namespace hw
