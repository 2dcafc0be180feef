#pragma once
// Rules every record must follow before it is saved, sent or imported. Each error
// names the field ("variants[1].sku") and carries a translatable message.
#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "shared/i18n.hpp"
#include "shared/model.hpp"

namespace hw {

struct ValidationError {
  std::string field;
  Msg message = Msg::ErrValueInvalid;
  std::string detail;
  bool operator==(const ValidationError&) const = default;
};
using ValidationErrors = std::vector<ValidationError>;

struct Limits {
  static constexpr std::size_t kNameBytes = 200;
  static constexpr std::size_t kShortTextBytes = 100;   // SKU, unit, category, tag, phone
  static constexpr std::size_t kLongTextBytes = 5000;   // description, story, notes, step
  static constexpr std::size_t kLanguages = 20;
  static constexpr std::size_t kPhotos = 12;
  static constexpr std::size_t kPhotoBytes = 4u * 1024 * 1024;
  static constexpr std::size_t kVariants = 100;
  static constexpr std::size_t kTags = 40;
  static constexpr std::size_t kOrderLines = 500;
  static constexpr std::uint32_t kQuantity = 1'000'000;
  static constexpr std::int64_t kPriceMinor = 10'000'000'000'000;  // 10^13
  static constexpr std::uint32_t kLeadTimeDays = 730;
  static constexpr std::size_t kQuestions = 100;
  static constexpr std::size_t kOptions = 20;
};

bool IsCountryCode(std::string_view code);   // two upper-case ASCII letters
bool IsLanguageCode(std::string_view code);  // "en", "hi", "fil", "zh-Hant"
bool LooksLikeEmail(std::string_view email);
bool LooksLikePhone(std::string_view phone);  // digits with + ( ) - . and spaces

ValidationErrors Validate(const ArtisanGroup& group);
ValidationErrors Validate(const Product& product);
// The order on its own: ids, quantities, snapshots, status history, totals.
ValidationErrors ValidateShape(const OrderRequest& order);
// The order against the catalogue it was made from: products exist, belong to the
// order's group, are not archived, minimum order and stock are respected.
ValidationErrors Validate(const OrderRequest& order, std::span<const Product> products);
ValidationErrors Validate(const Course& course);
ValidationErrors Validate(const Profile& profile);

}  // namespace hw
