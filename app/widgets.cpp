#include "app/widgets.hpp"

#include <imgui.h>

#include <algorithm>
#include <string>

#include "app/theme.hpp"

namespace hw {
namespace {

std::string LabelWithId(std::string_view visible, const char* id) {
  std::string label(visible);
  label += "###";
  label += id;
  return label;
}

}  // namespace

bool EntryCard(const char* id, std::string_view title, std::string_view hint) {
  const ImGuiStyle& style = ImGui::GetStyle();
  const float width = ImGui::GetContentRegionAvail().x;
  const float padding = 20.0f;
  const float wrap = width - 2 * padding;
  ImFont* heading = HeadingFont();
  const float titleHeight = heading->FontSize * ImGui::GetIO().FontGlobalScale;
  const ImVec2 hintSize = ImGui::CalcTextSize(hint.data(), hint.data() + hint.size(), false, wrap);
  const float height = std::max(kTouchTarget * 2, padding * 2 + titleHeight + 6 + hintSize.y);

  const ImVec2 pos = ImGui::GetCursorScreenPos();
  const bool pressed = ImGui::InvisibleButton(LabelWithId(title, id).c_str(), ImVec2(width, height));
  const ImGuiCol bg = ImGui::IsItemActive() ? ImGuiCol_ButtonActive
                      : ImGui::IsItemHovered() ? ImGuiCol_ButtonHovered
                                               : ImGuiCol_Button;
  ImDrawList* draw = ImGui::GetWindowDrawList();
  draw->AddRectFilled(pos, ImVec2(pos.x + width, pos.y + height), ImGui::GetColorU32(bg), style.ChildRounding);
  const ImU32 onColour = IM_COL32(255, 255, 255, 255);
  draw->AddText(heading, titleHeight, ImVec2(pos.x + padding, pos.y + padding), onColour,
                title.data(), title.data() + title.size());
  draw->AddText(ImGui::GetFont(), ImGui::GetFontSize(), ImVec2(pos.x + padding, pos.y + padding + titleHeight + 6),
                IM_COL32(255, 240, 230, 255), hint.data(), hint.data() + hint.size(), wrap);
  return pressed;
}

bool TouchButton(const char* id, std::string_view label) {
  const std::string full = LabelWithId(label, id);
  const ImVec2 textSize = ImGui::CalcTextSize(label.data(), label.data() + label.size());
  const ImVec2 size(std::max(textSize.x + 2 * ImGui::GetStyle().FramePadding.x, kTouchTarget * 2), kTouchTarget);
  ImGui::PushStyleColor(ImGuiCol_Text, IM_COL32(255, 255, 255, 255));
  const bool pressed = ImGui::Button(full.c_str(), size);
  ImGui::PopStyleColor();
  return pressed;
}

}  // namespace hw
