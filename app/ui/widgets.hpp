#pragma once
// The app's own widgets, sized for thumbs. Each is an ImGui item whose label carries
// the visible text and a stable id ("Learn###home.learn"), so it is published for
// tests; the text itself is drawn shaped (theme.hpp), not by ImGui.
#include <imgui.h>

#include <string>
#include <string_view>

namespace hw {

// "visible###id": ImGui shows the first part and identifies the widget by the second.
std::string LabelWithId(std::string_view visible, const char* id);

// Text people read, published for tests under `id` ("what is shown###id"): a block
// wrapped to the column, one line, a heading, and a block in the error colour (what
// is wrong, or was refused).
void Say(std::string_view text, std::string_view id);
void SayLine(std::string_view text, std::string_view id);
void SayHeading(std::string_view text, std::string_view id);
void SayError(std::string_view text, std::string_view id);

// A full-width card with a title and a line of explanation; true when tapped.
bool EntryCard(const char* id, std::string_view title, std::string_view hint);
// A button at least kTouchTarget high, as wide as its label or `width`; true when tapped.
bool TouchButton(const char* id, std::string_view label, float width = 0);
// The outline around the widget the keyboard is on (Tab, Shift+Tab, arrows), drawn
// over the widget's rectangle min-max; `itemId` is ImGui::GetItemID() of the widget.
void DrawFocusOutline(unsigned int itemId, ImVec2 min, ImVec2 max);

}  // namespace hw
