#pragma once
// The translation table: every string a user sees is a Msg, looked up per language.
// Adding a message: add a line to messages.inc (id and English text), then its
// translations in i18n.cpp. A missing translation falls back to English.
#include <cstdint>
#include <optional>
#include <span>
#include <string_view>

namespace hw {

enum class Language : std::uint8_t {
  English, Hindi, Nepali, Bengali, Urdu, Thai, Khmer, Lao, Indonesian, Filipino, Vietnamese,
  Count
};

enum class Msg : std::uint16_t {
#define HW_MSG(id, english) id,
#include "shared/messages.inc"
#undef HW_MSG
  Count
};

struct LanguageInfo {
  Language language;
  std::string_view code;        // BCP 47, e.g. "hi"
  std::string_view nativeName;  // the language's name in its own script
  bool rightToLeft;
};

std::span<const LanguageInfo> AllLanguages();
const LanguageInfo& Info(Language language);
std::optional<Language> LanguageFromCode(std::string_view code);

// The text of `msg` in `language`, or the English text when it is not translated yet.
std::string_view Tr(Language language, Msg msg);
// Whether `language` has its own text for `msg` (for coverage reports and tests).
bool IsTranslated(Language language, Msg msg);
// The stable name of a message ("HomeLearn"), for logs and tests.
std::string_view MsgName(Msg msg);

}  // namespace hw
