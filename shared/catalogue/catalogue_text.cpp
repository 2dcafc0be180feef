#include "shared/catalogue/catalogue_text.hpp"

#include "shared/i18n/format.hpp"

namespace hw {
namespace {

struct KnownWord {
  std::string_view word;
  Msg name;
};
constexpr KnownWord kCategories[] = {{"textiles", Msg::CategoryTextiles}, {"bamboo-rattan", Msg::CategoryBambooRattan},
                                     {"pottery", Msg::CategoryPottery},   {"jewellery", Msg::CategoryJewellery},
                                     {"bags", Msg::CategoryBags},         {"food", Msg::CategoryFood}};
constexpr KnownWord kUnits[] = {{"piece", Msg::UnitPiece},  {"pair", Msg::UnitPair},   {"set", Msg::UnitSet},
                                {"pack", Msg::UnitPack},    {"metre", Msg::UnitMetre}, {"jar", Msg::UnitJar},
                                {"bottle", Msg::UnitBottle}};

template <std::size_t N>
std::string_view NameOf(const KnownWord (&known)[N], Language language, std::string_view word) {
  for (const KnownWord& k : known)
    if (k.word == word) return Tr(language, k.name);
  return word;
}

}  // namespace

std::string_view CategoryName(Language language, std::string_view category) {
  return NameOf(kCategories, language, category);
}

std::string_view UnitName(Language language, std::string_view unit) { return NameOf(kUnits, language, unit); }

std::string PriceText(const Product& product, Language language) {
  if (product.priceOnRequest) return std::string(Tr(language, Msg::ShopPriceOnRequest));
  return FormatMoney(language, product.price);
}

std::string MinimumOrderText(const Product& product, Language language) {
  return LabelledNumber(language, Msg::ShopMinOrder, product.minOrder) + " " +
         std::string(UnitName(language, product.unit));
}

std::string StockText(std::int64_t stock, Language language) {
  return LabelledNumber(language, Msg::ShopStockLeft, stock);
}

std::string FactsText(const Product& product, Language language) {
  std::string text = MinimumOrderText(product, language) + " \xC2\xB7 ";  // ·
  if (product.availability == Availability::InStock) {
    text += StockText(product.stockOnHand, language);
  } else {
    text += std::string(Tr(language, Msg::ShopLeadTime)) + " " + FormatNumber(language, product.leadTimeDays) + " " +
            std::string(Tr(language, Msg::ShopDays));
  }
  return text;
}

}  // namespace hw
