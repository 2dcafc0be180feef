#pragma once
// A labelled box the person types into. Tapping it opens the device's own keyboard
// over the box (Platform::ShowKeyboard: an HTML input in a browser, so input methods
// for Hindi or Thai, voice typing and paste all work); what is typed comes back
// through AppState::textEdit and lands in `value` on the next frame. When the field
// is not being edited, its text is drawn shaped like any other text.
#include <string>
#include <string_view>

#include "app/app_state.hpp"
#include "app/platform.hpp"

namespace hw {

struct FieldOptions {
  FieldKind kind = FieldKind::Text;
  std::string_view hint;   // shown greyed while the field is empty
  std::string_view error;  // shown in red under the field; the border turns red
  int maxLength = 0;       // in bytes; 0 = no limit
};

// True on the frame `value` changed. The field's id is published for tests, with
// `label` as its visible text.
bool TextField(AppState& state, Platform& platform, const char* id, std::string_view label, std::string& value,
               const FieldOptions& options = {});

// Closes the keyboard when the field it belongs to was not drawn this frame (the
// person went to another screen). DrawApp calls it after the screen.
void FinishTextFields(AppState& state, Platform& platform);

}  // namespace hw
