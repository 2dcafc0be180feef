#pragma once
#include <cereal/cereal.hpp>
#include <cereal/types/string.hpp>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "shared/core/serialize_util.hpp"

namespace hw {

// Money: integer minor units of an ISO 4217 currency, never floating point.
struct Money {
  std::int64_t minor = 0;
  std::string currency;

  template <class Archive>
  void serialize(Archive& ar, std::uint32_t /*version*/) {
    ar(cereal::make_nvp("minor", minor), cereal::make_nvp("currency", currency));
  }
  bool operator==(const Money&) const = default;
};

struct CurrencyInfo {
  std::string_view code;
  int minorDigits;  // ISO 4217 exponent
};
std::span<const CurrencyInfo> AllCurrencies();
// Minor-unit digits of a currency of the region (INR, NPR, ... USD, EUR); nullopt when unknown.
std::optional<int> MinorDigits(std::string_view currency);
// "1234.50" for 123450 INR; "-0.05"; no grouping, no symbol (for files and sorting).
std::string FormatAmount(std::int64_t minor, std::string_view currency);
// "1,234.50 INR" for people.
std::string FormatMoney(const Money& money);
// "1234.5" / "1,234.50" -> minor units; nullopt for text that is not an amount, too
// many decimals for the currency, or a value beyond +-10^15 minor units.
std::optional<std::int64_t> ParseAmount(std::string_view text, std::string_view currency);

// Overflow-checked integer arithmetic for totals.
std::optional<std::int64_t> CheckedAdd(std::int64_t a, std::int64_t b);
std::optional<std::int64_t> CheckedMul(std::int64_t a, std::int64_t b);

}  // namespace hw

HW_CLASS_VERSION(hw::Money, 1)
