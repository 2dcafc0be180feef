#include "shared/format.hpp"

namespace hw {

// A first version: Latin digits and the English forms for every language.
std::string FormatNumber(Language /*language*/, std::int64_t value) {
  const bool negative = value < 0;
  std::uint64_t magnitude = negative ? 0 - static_cast<std::uint64_t>(value) : static_cast<std::uint64_t>(value);
  std::string digits = std::to_string(magnitude), text;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) text += ',';
    text += digits[i];
  }
  return negative ? "-" + text : text;
}

std::string FormatMoney(Language /*language*/, const Money& money) { return FormatMoney(money); }

std::string FormatDay(Language /*language*/, Timestamp time) { return FormatDate(time); }

}  // namespace hw
