#pragma once
// A product as a person reads it, in their language: the names of common categories
// and units, its price, and the line of facts under it (minimum order, lead time or
// stock). Any word a group wrote itself is shown as written.
#include <cstdint>
#include <string>
#include <string_view>

#include "shared/catalogue/catalogue.hpp"
#include "shared/i18n/i18n.hpp"

namespace hw {

// The words catalogues commonly use for a category ("bamboo-rattan") or a unit
// ("piece") in the person's language; any other word as the group wrote it.
std::string_view CategoryName(Language language, std::string_view category);
std::string_view UnitName(Language language, std::string_view unit);

// "1,250.00 INR" or "Price on request".
std::string PriceText(const Product& product, Language language);
// "Minimum order: 2 piece", and "In stock: 40".
std::string MinimumOrderText(const Product& product, Language language);
std::string StockText(std::int64_t stock, Language language);
// "Minimum order: 2 piece · Made in 21 days" / "... · In stock: 40".
std::string FactsText(const Product& product, Language language);

}  // namespace hw
