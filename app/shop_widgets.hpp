#pragma once
// Small pieces the buyer's screens share: choice chips laid out in rows, and the
// lines that tell a product's price, minimum order and lead time or stock.
#include <string>
#include <string_view>

#include "shared/i18n.hpp"
#include "shared/model.hpp"

namespace hw {

// Starts a row of chips; each Chip goes beside the last one or on a new line.
struct ChipRow {
  bool first = true;
};
// A rounded choice a thumb can hit, filled when selected; true when tapped.
bool Chip(ChipRow& row, const char* id, std::string_view label, bool selected);

// "1,250.00 INR" or "Price on request".
std::string PriceText(const Product& product, Language language);
// "Minimum order: 2 piece · Made in 21 days" / "... · In stock: 40".
std::string FactsText(const Product& product, Language language);

}  // namespace hw
