#include "app/ui/widgets.hpp"

#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>
#include <string>

#include "app/ui/theme.hpp"
#include "app/ui/widget_registry.hpp"

namespace hw {

void DrawFocusOutline(unsigned int itemId, ImVec2 min, ImVec2 max) {
  ImGui::RenderNavHighlight(ImRect(min, max), itemId);  // only while the keyboard is on it
}

std::string LabelWithId(std::string_view visible, const char* id) {
  std::string label(visible);
  label += "###";
  label += id;
  return label;
}

namespace {

void Publish(std::string_view text, std::string_view id) {
  std::string label(text);
  label += "###";
  label += id;
  PublishLastItem(label);
}

}  // namespace

void Say(std::string_view text, std::string_view id) {
  TextWrapped(text);
  Publish(text, id);
}

void SayLine(std::string_view text, std::string_view id) {
  Text(text);
  Publish(text, id);
}

void SayHeading(std::string_view text, std::string_view id) {
  Heading(text);
  Publish(text, id);
}

void SayError(std::string_view text, std::string_view id) {
  ImGui::PushStyleColor(ImGuiCol_Text, colour::kError);
  Say(text, id);
  ImGui::PopStyleColor();
}

namespace {

ImU32 ButtonColour() {
  return ImGui::GetColorU32(ImGui::IsItemActive()    ? ImGuiCol_ButtonActive
                            : ImGui::IsItemHovered() ? ImGuiCol_ButtonHovered
                                                     : ImGuiCol_Button);
}

}  // namespace

bool EntryCard(const char* id, std::string_view title, std::string_view hint) {
  const ImGuiStyle& style = ImGui::GetStyle();
  const float width = ImGui::GetContentRegionAvail().x;
  const float padding = 20.0f;
  const float wrap = width - 2 * padding;
  const ImVec2 titleSize = MeasureText(title, kHeadingStyle, wrap);
  const ImVec2 hintSize = MeasureText(hint, kBodyStyle, wrap);
  const float height = std::max(kTouchTarget * 2, padding * 2 + titleSize.y + hintSize.y);

  const ImVec2 pos = ImGui::GetCursorScreenPos();
  const bool pressed = ImGui::InvisibleButton(LabelWithId(title, id).c_str(), ImVec2(width, height));
  ImDrawList* draw = ImGui::GetWindowDrawList();
  draw->AddRectFilled(pos, ImVec2(pos.x + width, pos.y + height), ButtonColour(), style.ChildRounding);
  DrawText(draw, ImVec2(pos.x + padding, pos.y + padding), colour::kOnAccent, title, kHeadingStyle, wrap);
  DrawText(draw, ImVec2(pos.x + padding, pos.y + padding + titleSize.y), colour::kOnAccentHint, hint, kBodyStyle, wrap);
  DrawFocusOutline(ImGui::GetItemID(), pos, ImVec2(pos.x + width, pos.y + height));
  return pressed;
}

bool TouchButton(const char* id, std::string_view label, float width) {
  const ImVec2 padding = ImGui::GetStyle().FramePadding;
  const ImVec2 textSize = MeasureText(label, kBodyStyle);
  const ImVec2 size(std::max({textSize.x + 2 * padding.x, kTouchTarget * 2, width}),
                    std::max(kTouchTarget, textSize.y + padding.y));
  PlaceItemForReading(size.x);
  const ImVec2 pos = ImGui::GetCursorScreenPos();
  const bool pressed = ImGui::InvisibleButton(LabelWithId(label, id).c_str(), size);
  ImDrawList* draw = ImGui::GetWindowDrawList();
  draw->AddRectFilled(pos, ImVec2(pos.x + size.x, pos.y + size.y), ButtonColour(), ImGui::GetStyle().FrameRounding);
  const ImVec2 textPos(pos.x + (size.x - textSize.x) * 0.5f, pos.y + (size.y - textSize.y) * 0.5f);
  DrawText(draw, textPos, colour::kOnAccent, label, kBodyStyle);
  DrawFocusOutline(ImGui::GetItemID(), pos, ImVec2(pos.x + size.x, pos.y + size.y));
  return pressed;
}

}  // namespace hw
