#pragma once
// The app's own widgets, sized for thumbs. Each publishes its visible label and a
// stable id ("Learn###home.learn") for tests.
#include <string_view>

namespace hw {

// A full-width card with a title and a line of explanation; true when tapped.
bool EntryCard(const char* id, std::string_view title, std::string_view hint);
// A button at least kTouchTarget high; true when tapped.
bool TouchButton(const char* id, std::string_view label);

}  // namespace hw
