#include "app/shop/shop_widgets.hpp"

#include <imgui.h>

#include <algorithm>

#include "app/ui/theme.hpp"
#include "app/ui/widget_registry.hpp"
#include "app/ui/widgets.hpp"

namespace hw {

bool Chip(ChipRow& row, const char* id, std::string_view label, bool selected) {
  const float padding = 16.0f;
  const ImVec2 textSize = MeasureText(label, kBodyStyle);
  const ImVec2 size(std::min(textSize.x + 2 * padding, ImGui::GetContentRegionAvail().x), kTouchTarget);
  if (!row.first) {
    ImGui::SameLine();
    if (ImGui::GetContentRegionAvail().x < size.x) ImGui::NewLine();
  }
  row.first = false;
  const ImVec2 pos = ImGui::GetCursorScreenPos();
  const bool pressed = ImGui::InvisibleButton(LabelWithId(label, id).c_str(), size);
  DescribeLastWidget({.role = WidgetRole::Button, .pressed = selected ? Tri::Yes : Tri::No});
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const ImVec2 end(pos.x + size.x, pos.y + size.y);
  if (selected) {
    draw->AddRectFilled(pos, end, ImGui::GetColorU32(ImGuiCol_Button), size.y * 0.5f);
  } else {
    draw->AddRectFilled(pos, end, ImGui::GetColorU32(ImGuiCol_FrameBg), size.y * 0.5f);
    draw->AddRect(pos, end, ImGui::GetColorU32(ImGuiCol_Border), size.y * 0.5f, 0, 2.0f);
  }
  draw->PushClipRect(pos, end, true);
  DrawText(draw, ImVec2(pos.x + padding, pos.y + (size.y - textSize.y) * 0.5f),
           selected ? colour::kOnAccent : ImGui::GetColorU32(ImGuiCol_Text),
           FitText(label, kBodyStyle, size.x - 2 * padding), kBodyStyle);
  draw->PopClipRect();
  return pressed;
}

namespace {

void ScrollFor(ShopState& shop, Screen screen) {
  ImGui::SetScrollY(screen == Screen::Shop ? shop.shopScrollY : 0.0f);
  shop.scrolledFor = screen;
}

}  // namespace

ScrollKeeper::ScrollKeeper(AppState& state) : state_(state) {
  ShopState& shop = state.shop;
  if (shop.scrolledFor != state.screen) ScrollFor(shop, state.screen);
  else if (state.screen == Screen::Shop) shop.shopScrollY = ImGui::GetScrollY();
}

ScrollKeeper::~ScrollKeeper() {
  if (state_.shop.scrolledFor != state_.screen) ScrollFor(state_.shop, state_.screen);
}

}  // namespace hw
