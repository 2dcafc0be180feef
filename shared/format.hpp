#pragma once
// Numbers, money and dates as people read them in each language of the app: digits,
// grouping, currency symbols and month names from a table per language. Everything a
// screen shows goes through here; files use the fixed forms in model.hpp
// (FormatAmount, FormatDate).
#include <cstdint>
#include <string>

#include "shared/i18n.hpp"
#include "shared/model.hpp"

namespace hw {

// A count or quantity: "1,234" in English.
std::string FormatNumber(Language language, std::int64_t value);
// A price: "₹1,234.50" / "1,234.50 INR".
std::string FormatMoney(Language language, const Money& money);
// A day: "24 Nov 2026" in English.
std::string FormatDay(Language language, Timestamp time);

}  // namespace hw
