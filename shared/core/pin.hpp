#pragma once
#include <cereal/cereal.hpp>
#include <cereal/types/string.hpp>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>

#include "shared/core/date.hpp"
#include "shared/core/serialize_util.hpp"

namespace hw {

// A PIN kept as salt and iterated SHA-256, never in clear.
struct PinHash {
  std::string saltHex;  // 16 bytes
  std::string hashHex;  // 32 bytes
  std::uint32_t iterations = 0;
  // Version 2: wrong PINs in a row and when the last one was typed, saved so that
  // reloading the page does not end the wait they impose (PinRetryAt).
  std::uint32_t wrongInARow = 0;
  Timestamp lastWrongAt = 0;

  template <class Archive>
  void serialize(Archive& ar, std::uint32_t version) {
    ar(cereal::make_nvp("salt", saltHex), cereal::make_nvp("hash", hashHex),
       cereal::make_nvp("iterations", iterations));
    if (version >= 2) ar(cereal::make_nvp("wrongInARow", wrongInARow), cereal::make_nvp("lastWrongAt", lastWrongAt));
  }
  bool operator==(const PinHash&) const = default;
};
// Whether `text` can be a PIN: exactly four digits.
bool IsPinShaped(std::string_view text);
PinHash MakePinHash(std::string_view pin, std::span<const std::uint8_t, 16> salt);
bool VerifyPin(const PinHash& stored, std::string_view pin);
// Wrong PINs: three are free, then each waits, from 30 seconds doubling up to an hour.
inline constexpr std::uint32_t kFreePinTries = 3;
inline constexpr Timestamp kFirstPinWait = 30;
inline constexpr Timestamp kLongestPinWait = 3600;
// When the next PIN may be tried (0 = at once).
Timestamp PinRetryAt(const PinHash& pin);
void RecordWrongPin(PinHash& pin, Timestamp now);
void RecordRightPin(PinHash& pin);

}  // namespace hw

HW_CLASS_VERSION(hw::PinHash, 2)
