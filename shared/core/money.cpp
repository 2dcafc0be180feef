#include "shared/core/money.hpp"

#include <array>
#include <charconv>

namespace hw {
namespace {

constexpr std::array<CurrencyInfo, 14> kCurrencies = {{
    {"INR", 2},
    {"NPR", 2},
    {"PKR", 2},
    {"BDT", 2},
    {"LKR", 2},
    {"THB", 2},
    {"IDR", 2},
    {"PHP", 2},
    {"KHR", 2},
    {"LAK", 2},
    {"VND", 0},
    {"MYR", 2},
    {"USD", 2},
    {"EUR", 2},
}};

constexpr std::int64_t kMaxAmountMinor = 1'000'000'000'000'000;  // 10^15

std::int64_t Pow10(int digits) {
  std::int64_t p = 1;
  for (int i = 0; i < digits; ++i) p *= 10;
  return p;
}

}  // namespace

std::span<const CurrencyInfo> AllCurrencies() { return kCurrencies; }

std::optional<int> MinorDigits(std::string_view currency) {
  for (const CurrencyInfo& info : kCurrencies) {
    if (info.code == currency) return info.minorDigits;
  }
  return std::nullopt;
}

std::string FormatAmount(std::int64_t minor, std::string_view currency) {
  const int digits = MinorDigits(currency).value_or(2);
  const bool negative = minor < 0;
  // Work in unsigned so INT64_MIN formats too.
  const std::uint64_t magnitude = negative ? 0 - static_cast<std::uint64_t>(minor) : static_cast<std::uint64_t>(minor);
  const auto scale = static_cast<std::uint64_t>(Pow10(digits));
  std::string out = negative ? "-" : "";
  out += std::to_string(magnitude / scale);
  if (digits > 0) {
    std::string fraction = std::to_string(magnitude % scale);
    out += '.';
    out.append(static_cast<std::size_t>(digits) - fraction.size(), '0');
    out += fraction;
  }
  return out;
}

std::string FormatMoney(const Money& money) {
  std::string plain = FormatAmount(money.minor, money.currency);
  const std::size_t start = plain[0] == '-' ? 1 : 0;
  std::size_t end = plain.find('.');
  if (end == std::string::npos) end = plain.size();
  for (std::size_t pos = end; pos > start + 3; pos -= 3) plain.insert(pos - 3, 1, ',');
  return plain + " " + money.currency;
}

std::optional<std::int64_t> ParseAmount(std::string_view text, std::string_view currency) {
  const auto digitsOpt = MinorDigits(currency);
  if (!digitsOpt) return std::nullopt;
  const int digits = *digitsOpt;
  while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
  while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
  bool negative = false;
  if (!text.empty() && (text.front() == '-' || text.front() == '+')) {
    negative = text.front() == '-';
    text.remove_prefix(1);
  }
  if (text.empty()) return std::nullopt;
  std::int64_t whole = 0;
  std::int64_t fraction = 0;
  int fractionDigits = 0;
  bool seenPoint = false;
  bool seenDigit = false;
  for (char c : text) {
    if (c == ',' && !seenPoint) continue;  // thousands separators
    if (c == '.' && !seenPoint) {
      seenPoint = true;
      continue;
    }
    if (c < '0' || c > '9') return std::nullopt;
    seenDigit = true;
    if (seenPoint) {
      if (++fractionDigits > digits) return std::nullopt;
      fraction = fraction * 10 + (c - '0');
    } else {
      whole = whole * 10 + (c - '0');
      if (whole > kMaxAmountMinor) return std::nullopt;
    }
  }
  if (!seenDigit) return std::nullopt;
  fraction *= Pow10(digits - fractionDigits);
  const auto scaled = CheckedMul(whole, Pow10(digits));
  if (!scaled) return std::nullopt;
  const std::int64_t value = *scaled + fraction;
  if (value > kMaxAmountMinor) return std::nullopt;
  return negative ? -value : value;
}

std::optional<std::int64_t> CheckedAdd(std::int64_t a, std::int64_t b) {
  std::int64_t out = 0;
  if (__builtin_add_overflow(a, b, &out)) return std::nullopt;
  return out;
}

std::optional<std::int64_t> CheckedMul(std::int64_t a, std::int64_t b) {
  std::int64_t out = 0;
  if (__builtin_mul_overflow(a, b, &out)) return std::nullopt;
  return out;
}

}  // namespace hw
