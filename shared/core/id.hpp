#pragma once
// Ids of the records: made on a device from random bits, or derived from other ids.
#include <cstdint>
#include <span>
#include <string>
#include <string_view>

namespace hw {

using Id = std::string;  // 32 lower-case hex digits for ids made on a device

// 128 random bits from the caller's entropy (crypto.getRandomValues on the web,
// std::random_device natively), as 32 hex digits: ids made on two devices never collide.
Id NewId(std::span<const std::uint8_t, 16> entropy);
// Ids are 1..64 characters of [A-Za-z0-9_-], so they are safe in files and file names.
bool IsValidId(std::string_view id);
// A stable id derived from other ids (e.g. a product from its group and SKU), so
// that importing the same list twice updates the same records.
Id DerivedId(std::string_view a, std::string_view b);

}  // namespace hw
