#include "app/shop_widgets.hpp"

#include <imgui.h>

#include <algorithm>

#include "app/theme.hpp"
#include "app/widgets.hpp"
#include "shared/format.hpp"

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
           selected ? IM_COL32(255, 255, 255, 255) : ImGui::GetColorU32(ImGuiCol_Text),
           FitText(label, kBodyStyle, size.x - 2 * padding), kBodyStyle);
  draw->PopClipRect();
  return pressed;
}

namespace {

struct KnownWord {
  std::string_view word;
  Msg name;
};
constexpr KnownWord kCategories[] = {
    {"textiles", Msg::CategoryTextiles}, {"bamboo-rattan", Msg::CategoryBambooRattan},
    {"pottery", Msg::CategoryPottery},   {"jewellery", Msg::CategoryJewellery},
    {"bags", Msg::CategoryBags},         {"food", Msg::CategoryFood}};
constexpr KnownWord kUnits[] = {{"piece", Msg::UnitPiece}, {"pair", Msg::UnitPair},   {"set", Msg::UnitSet},
                                {"pack", Msg::UnitPack},   {"metre", Msg::UnitMetre}, {"jar", Msg::UnitJar},
                                {"bottle", Msg::UnitBottle}};

template <std::size_t N>
std::string_view NameOf(const KnownWord (&known)[N], Language language, std::string_view word) {
  for (const KnownWord& k : known)
    if (k.word == word) return Tr(language, k.name);
  return word;
}

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

std::string_view CategoryName(Language language, std::string_view category) {
  return NameOf(kCategories, language, category);
}

std::string_view UnitName(Language language, std::string_view unit) { return NameOf(kUnits, language, unit); }

std::string PriceText(const Product& product, Language language) {
  if (product.priceOnRequest) return std::string(Tr(language, Msg::ShopPriceOnRequest));
  return FormatMoney(language, product.price);
}

std::string FactsText(const Product& product, Language language) {
  std::string text = std::string(Tr(language, Msg::ShopMinOrder)) + ": " + FormatNumber(language, product.minOrder) +
                     " " + std::string(UnitName(language, product.unit)) + " \xC2\xB7 ";  // ·
  if (product.availability == Availability::InStock) {
    text += std::string(Tr(language, Msg::ShopStockLeft)) + ": " + FormatNumber(language, product.stockOnHand);
  } else {
    text += std::string(Tr(language, Msg::ShopLeadTime)) + " " + FormatNumber(language, product.leadTimeDays) + " " +
            std::string(Tr(language, Msg::ShopDays));
  }
  return text;
}

}  // namespace hw
