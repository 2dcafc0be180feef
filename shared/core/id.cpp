#include "shared/core/id.hpp"

#include <algorithm>

#include "shared/core/hash.hpp"

namespace hw {

Id NewId(std::span<const std::uint8_t, 16> entropy) { return ToHex(entropy); }

bool IsValidId(std::string_view id) {
  if (id.empty() || id.size() > 64) return false;
  return std::all_of(id.begin(), id.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
  });
}

Id DerivedId(std::string_view a, std::string_view b) {
  Sha256 sha;
  sha.Update(a);
  sha.Update(std::string_view("\x1f", 1));
  sha.Update(b);
  const Sha256Digest digest = sha.Finish();
  return ToHex(std::span<const std::uint8_t>(digest.data(), 16));
}

}  // namespace hw
