#include "app/ui/text_field.hpp"

#include <imgui.h>

#include <algorithm>
#include <cmath>

#include "app/ui/theme.hpp"
#include "app/ui/widget_registry.hpp"
#include "app/ui/widgets.hpp"

namespace hw {
namespace {

constexpr float kPadding = 12.0f;

bool Moved(const TextEditSession& edit, ImVec2 pos, ImVec2 size) {
  return std::fabs(edit.x - pos.x) > 0.5f || std::fabs(edit.y - pos.y) > 0.5f ||
         std::fabs(edit.width - size.x) > 0.5f || std::fabs(edit.height - size.y) > 0.5f;
}

void ShowKeyboard(AppState& state, Platform& platform, const char* id, std::string_view label, ImVec2 pos, ImVec2 size,
                  const FieldOptions& options) {
  TextEditSession& edit = state.textEdit;
  edit.x = pos.x;
  edit.y = pos.y;
  edit.width = size.x;
  edit.height = size.y;
  TextEditRequest request;
  request.fieldId = id;
  request.label = std::string(label);
  request.text = edit.text;
  request.kind = options.kind;
  request.x = pos.x;
  request.y = pos.y;
  request.width = size.x;
  request.height = size.y;
  request.maxLength = options.kind == FieldKind::Pin ? 4 : options.maxLength;
  request.rightToLeft = Info(state.language).rightToLeft;
  platform.ShowKeyboard(request);
}

// What the box shows: the text, dots for a PIN, or the hint in grey.
void DrawContent(ImDrawList* draw, ImVec2 pos, ImVec2 size, std::string_view value, const FieldOptions& options) {
  const bool multiline = options.kind == FieldKind::Multiline;
  std::string shown;
  ImU32 colour = ImGui::GetColorU32(ImGuiCol_Text);
  if (value.empty()) {
    shown = options.hint;
    colour = ImGui::GetColorU32(ImGuiCol_TextDisabled);
  } else if (options.kind == FieldKind::Pin) {
    for (std::size_t i = 0; i < value.size(); ++i) shown += "\xE2\x80\xA2";  // •
  } else {
    shown = value;
  }
  if (shown.empty()) return;
  const float wrap = multiline ? size.x - 2 * kPadding : 0.0f;
  const ImVec2 textSize = MeasureText(shown, kBodyStyle, wrap);
  const float top = multiline ? pos.y + kPadding : pos.y + (size.y - textSize.y) * 0.5f;
  draw->PushClipRect(ImVec2(pos.x + 4, pos.y + 2), ImVec2(pos.x + size.x - 4, pos.y + size.y - 2), true);
  DrawText(draw, ImVec2(pos.x + kPadding, top), colour, shown, kBodyStyle, wrap);
  draw->PopClipRect();
}

}  // namespace

bool TextField(AppState& state, Platform& platform, const char* id, std::string_view label, std::string& value,
               const FieldOptions& options) {
  if (!label.empty()) TextWrapped(label);
  const float width = ImGui::GetContentRegionAvail().x;
  const ImVec2 size(width, options.kind == FieldKind::Multiline ? kTouchTarget * 2.5f : kTouchTarget);
  const ImVec2 pos = ImGui::GetCursorScreenPos();
  const bool pressed = ImGui::InvisibleButton(LabelWithId(label, id).c_str(), size);
  const bool hovered = ImGui::IsItemHovered();
  const ImGuiID itemId = ImGui::GetItemID();
  DescribeLastWidget({.role = WidgetRole::TextBox,
                      .value = options.kind == FieldKind::Pin ? std::string_view() : std::string_view(value),
                      .error = options.error});

  TextEditSession& edit = state.textEdit;
  bool editing = edit.fieldId == id;
  bool changed = false;
  if (editing) {
    edit.drawn = true;
    if (edit.arrived) {
      edit.arrived = false;
      if (edit.text != value) {
        value = edit.text;
        changed = true;
      }
    }
    if (edit.ended || (ImGui::IsMouseClicked(ImGuiMouseButton_Left) && !hovered)) {
      // Closed by the person, or they tapped somewhere else on the screen.
      if (!edit.ended) platform.HideKeyboard();
      edit = {};
      editing = false;
    } else if (Moved(edit, pos, size)) {
      ShowKeyboard(state, platform, id, label, pos, size, options);  // scrolled: the keyboard follows
    }
  } else if (pressed) {
    edit = {};
    edit.fieldId = id;
    edit.text = value;
    edit.drawn = true;
    editing = true;
    ShowKeyboard(state, platform, id, label, pos, size, options);
  }

  if (editing) {
    // The field stays wholly in view while it is edited, also when the on-screen
    // keyboard takes the lower half of the screen (the page is told to shrink the
    // canvas for it: interactive-widget in shell.html).
    const float top = ImGui::GetWindowPos().y, bottom = top + ImGui::GetWindowHeight();
    if (pos.y < top || pos.y + size.y > bottom) ImGui::SetScrollFromPosY(pos.y - top, 0.2f);
  }

  ImDrawList* draw = ImGui::GetWindowDrawList();
  const ImVec2 end(pos.x + size.x, pos.y + size.y);
  draw->AddRectFilled(pos, end, ImGui::GetColorU32(ImGuiCol_FrameBg), ImGui::GetStyle().FrameRounding);
  const ImU32 border = !options.error.empty() ? colour::kError
                       : editing              ? colour::kAccent
                                              : ImGui::GetColorU32(ImGuiCol_Border);
  draw->AddRect(pos, end, border, ImGui::GetStyle().FrameRounding, 0, editing || !options.error.empty() ? 3.0f : 2.0f);
  DrawContent(draw, pos, size, value, options);
  DrawFocusOutline(itemId, pos, end);
  // What the field holds, for tests that read what a person reads (never a PIN).
  if (!value.empty() && options.kind != FieldKind::Pin) {
    PublishLastItem(value + "###" + id + ".text");
    DescribeLastWidget({.role = WidgetRole::Text, .hidden = true});  // the field's value already
  }

  if (!options.error.empty()) {
    SayError(options.error, std::string(id) + ".error");  // for tests: "product.price.error"
  }
  return changed;
}

void FinishTextFields(AppState& state, Platform& platform) {
  TextEditSession& edit = state.textEdit;
  if (!edit.fieldId.empty() && !edit.drawn) {
    platform.HideKeyboard();
    edit = {};
  }
  edit.drawn = false;
}

}  // namespace hw
