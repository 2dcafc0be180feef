#pragma once
// The pictures a lesson step can name: a fixed list the app draws itself, so that
// lesson packs stay small and every step has a picture even offline. Names are the
// stable form used in lesson packs; add new icons at the end (before Count).
#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

namespace hw {

enum class LessonIcon : std::uint8_t {
  None,
  Phone,
  Lock,
  Pin,
  Sim,
  Data,
  Wifi,
  Battery,
  Scam,
  Eye,
  Camera,
  Light,
  Product,
  PriceTag,
  Coins,
  Clock,
  Chat,
  Catalogue,
  Order,
  Box,
  Truck,
  Wallet,
  Qr,
  Bank,
  Shield,
  People,
  Document,
  Scales,
  Home,
  Needle,
  Basket,
  Star,
  Calculator,
  Check,
  Warning,
  Health,
  Megaphone,
  Food,
  Count
};

inline constexpr std::array<std::string_view, static_cast<std::size_t>(LessonIcon::Count)> kLessonIconNames = {
    "none",   "phone",  "lock",       "pin",       "sim",     "data",   "wifi",      "battery",   "scam",  "eye",
    "camera", "light",  "product",    "price-tag", "coins",   "clock",  "chat",      "catalogue", "order", "box",
    "truck",  "wallet", "qr",         "bank",      "shield",  "people", "document",  "scales",    "home",  "needle",
    "basket", "star",   "calculator", "check",     "warning", "health", "megaphone", "food",
};

// "price-tag" for LessonIcon::PriceTag; "" for a value outside the list.
constexpr std::string_view IconName(LessonIcon icon) {
  const auto i = static_cast<std::size_t>(icon);
  return i < kLessonIconNames.size() ? kLessonIconNames[i] : std::string_view{};
}

constexpr std::optional<LessonIcon> IconFromName(std::string_view name) {
  for (std::size_t i = 0; i < kLessonIconNames.size(); ++i)
    if (kLessonIconNames[i] == name) return static_cast<LessonIcon>(i);
  return std::nullopt;
}

}  // namespace hw
