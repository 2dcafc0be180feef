#pragma once
// Keyboard use on a desktop, over ImGui's own navigation (ImGuiConfigFlags_NavEnableKeyboard):
// Tab and Shift+Tab move through the buttons and fields of every column as through one
// list, Enter and Space press, and the widget the keyboard is on is outlined
// (widgets.hpp DrawFocusOutline).

namespace hw {

// Inside the app's window, before its columns (BeginContentColumn calls it).
void BeginKeyboardNavigation();
// After the app's window: when the widget the keyboard was on is gone (another screen
// opened), Tab starts again from the top of the new screen.
void EndKeyboardNavigation();

}  // namespace hw
