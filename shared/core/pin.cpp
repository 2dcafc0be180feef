#include "shared/core/pin.hpp"

#include <algorithm>
#include <array>

#include "shared/core/hash.hpp"

namespace hw {
namespace {

constexpr std::uint32_t kPinIterations = 4096;

Sha256Digest PinDigest(std::span<const std::uint8_t> salt, std::string_view pin, std::uint32_t iterations) {
  Sha256 first;
  first.Update(salt);
  first.Update(pin);
  Sha256Digest digest = first.Finish();
  // Iterating makes each guess cost more for someone who copies the data file.
  for (std::uint32_t i = 1; i < iterations; ++i) {
    Sha256 next;
    next.Update(digest);
    next.Update(salt);
    digest = next.Finish();
  }
  return digest;
}

}  // namespace

bool IsPinShaped(std::string_view text) {
  return text.size() == 4 && std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

PinHash MakePinHash(std::string_view pin, std::span<const std::uint8_t, 16> salt) {
  PinHash out;
  out.saltHex = ToHex(salt);
  out.iterations = kPinIterations;
  out.hashHex = ToHex(PinDigest(salt, pin, kPinIterations));
  return out;
}

Timestamp PinRetryAt(const PinHash& pin) {
  if (pin.wrongInARow < kFreePinTries) return 0;
  Timestamp wait = kFirstPinWait;
  for (std::uint32_t i = kFreePinTries; i < pin.wrongInARow && wait < kLongestPinWait; ++i) wait *= 2;
  return pin.lastWrongAt + std::min(wait, kLongestPinWait);
}

void RecordWrongPin(PinHash& pin, Timestamp now) {
  if (pin.wrongInARow < UINT32_MAX) ++pin.wrongInARow;
  pin.lastWrongAt = now;
}

void RecordRightPin(PinHash& pin) {
  pin.wrongInARow = 0;
  pin.lastWrongAt = 0;
}

bool VerifyPin(const PinHash& stored, std::string_view pin) {
  std::array<std::uint8_t, 16> salt{};
  Sha256Digest expected{};
  // A damaged record or absurd iteration count never verifies (and never hangs).
  if (!FromHex(stored.saltHex, salt) || !FromHex(stored.hashHex, expected)) return false;
  if (stored.iterations == 0 || stored.iterations > 1'000'000) return false;
  const Sha256Digest actual = PinDigest(salt, pin, stored.iterations);
  std::uint8_t difference = 0;  // constant time over the digest
  for (std::size_t i = 0; i < actual.size(); ++i) difference |= static_cast<std::uint8_t>(actual[i] ^ expected[i]);
  return difference == 0;
}

}  // namespace hw
