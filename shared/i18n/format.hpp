#pragma once
// Numbers, money and dates as people read them in each language of the app: digits,
// grouping, separators, currency symbols and their place, month and weekday names and
// day patterns, from a table per language (shared/i18n/format_table.inc, generated from the
// CLDR data of Debian's ICU by scripts/format_table.sh). Everything a screen shows goes
// through here; files use the fixed forms in model.hpp (FormatAmount, FormatDate).
#include <cstdint>
#include <string>
#include <string_view>

#include "shared/core/date.hpp"
#include "shared/core/money.hpp"
#include "shared/i18n/i18n.hpp"

namespace hw {

// A count or quantity: "1,234" in English, "12,34,567" in Hindi, "১২,৩৪,৫৬৭" in Bengali,
// "1.234" in Indonesian.
std::string FormatNumber(Language language, std::int64_t value);
// "Products: 12": a message as a label and a number, in the language's digits.
std::string LabelledNumber(Language language, Msg label, std::int64_t value);
// A price in the currency's minor units: "₹1,234.50" in English, "Rp 1.234,50" in
// Indonesian, "১,২৩৪.৫০৳" in Bengali; an unknown currency code comes after the amount.
std::string FormatMoney(Language language, const Money& money);
// A day (an instant goes through LocalDay first, shared/core/date.hpp): "24 Nov 2026" in
// English, "24 พ.ย. 2026" in Thai, "Nob 24, 2026" in Filipino. Empty outside the years 1..9999.
std::string FormatDay(Language language, Timestamp day);
// A day with its weekday: "Tue, 24 Nov 2026".
std::string FormatDayWithWeekday(Language language, Timestamp day);
// A day of the month without the year: "24 Nov".
std::string FormatDayMonth(Language language, Timestamp day);
// ASCII digits 0-9 in `text` written with the language's digits (other text unchanged).
std::string LocalizeDigits(Language language, std::string_view text);

}  // namespace hw
