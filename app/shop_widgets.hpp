#pragma once
// Small pieces the buyer's screens share: choice chips laid out in rows, and the
// lines that tell a product's price, minimum order and lead time or stock.
#include <string>
#include <string_view>

#include "app/app_state.hpp"
#include "shared/i18n.hpp"
#include "shared/model.hpp"

namespace hw {

// Starts a row of chips; each Chip goes beside the last one or on a new line.
struct ChipRow {
  bool first = true;
};
// A rounded choice a thumb can hit, filled when selected; true when tapped.
bool Chip(ChipRow& row, const char* id, std::string_view label, bool selected);

// Each buyer's screen opens at its top, except the Shop, which comes back to where
// the person was in the list. Made at the start of each of these screens: when the
// screen changes during the frame, the next one is scrolled before it is drawn.
class ScrollKeeper {
 public:
  explicit ScrollKeeper(AppState& state);
  ~ScrollKeeper();
  ScrollKeeper(const ScrollKeeper&) = delete;
  ScrollKeeper& operator=(const ScrollKeeper&) = delete;

 private:
  AppState& state_;
};

// The words catalogues commonly use for a category ("bamboo-rattan") or a unit
// ("piece") in the person's language; any other word as the group wrote it.
std::string_view CategoryName(Language language, std::string_view category);
std::string_view UnitName(Language language, std::string_view unit);

// "1,250.00 INR" or "Price on request".
std::string PriceText(const Product& product, Language language);
// "Minimum order: 2 piece · Made in 21 days" / "... · In stock: 40".
std::string FactsText(const Product& product, Language language);

}  // namespace hw
