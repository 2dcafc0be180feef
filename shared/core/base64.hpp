#pragma once
// Base64 (RFC 4648, standard alphabet, padded) for photos inside JSON files.
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace hw {

std::string Base64Encode(std::span<const std::uint8_t> bytes);
// Strict: nullopt on any character outside the alphabet, bad padding or length.
std::optional<std::vector<std::uint8_t>> Base64Decode(std::string_view text);

}  // namespace hw
