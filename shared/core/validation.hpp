#pragma once
// Rules every record must follow before it is saved, sent or imported: the limits,
// the checks of codes and contacts, and the checker each capability writes its
// Validate() with. Each error names the field ("variants[1].sku") and carries a
// translatable message.
#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "shared/core/id.hpp"
#include "shared/core/localized_text.hpp"
#include "shared/core/photo.hpp"
#include "shared/i18n/i18n.hpp"

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
  static constexpr std::size_t kShortTextBytes = 100;  // SKU, unit, category, tag, phone
  static constexpr std::size_t kLongTextBytes = 5000;  // description, story, notes, step
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

// "lines[2]": a field of a list, as errors name it.
std::string At(std::string_view base, std::size_t index);

// What each capability's Validate() is written with (catalogue.cpp, order.cpp,
// course.cpp, learner.cpp): every check adds the error of the field it looks at.
struct FieldChecker {
  ValidationErrors errors;

  void Add(std::string field, Msg message, std::string detail = {});
  // Not longer than `limit` bytes, and well-formed UTF-8 (every text check goes through here).
  void Length(const std::string& field, std::string_view text, std::size_t limit);
  void Required(const std::string& field, std::string_view text, std::size_t limit);  // not blank, not too long
  void Text(const std::string& field, const LocalizedText& text, std::size_t limit, bool required);
  void IdField(const std::string& field, std::string_view id);
  void PhotoField(const std::string& field, const Photo& photo);
  void Count(const std::string& field, std::size_t count, std::size_t limit);
};

}  // namespace hw
