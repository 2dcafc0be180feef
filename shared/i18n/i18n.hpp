#pragma once
// The translation table: every string a user sees is a Msg, looked up per language.
// Adding a message: add a line to messages.inc (id and English text), then its
// translations in shared/i18n/translations/<code>.inc. A missing translation falls back to
// English. English is built in; another language's table is added at run time: the
// web app fetches the person's language as lang/<code>.msgs (written at build time by
// scripts/translation_files.cpp), the tests add them all (shared/i18n/translations.hpp).
#include <cstdint>
#include <initializer_list>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace hw {

enum class Language : std::uint8_t {
  English,
  Hindi,
  Nepali,
  Bengali,
  Urdu,
  Thai,
  Khmer,
  Lao,
  Indonesian,
  Filipino,
  Vietnamese,
  Count
};

enum class Msg : std::uint16_t {
#define HW_MSG(id, english) id,
#include "shared/i18n/messages.inc"
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
// `pattern` (a message's text) with {1}, {2}... replaced by `values` in that order:
// "Step {1} of {2}" -> "Step 2 of 5". A translation may put them in any order.
std::string Fill(std::string_view pattern, std::initializer_list<std::string_view> values);
// The stable name of a message ("HomeLearn"), for logs and tests.
std::string_view MsgName(Msg msg);

// Whether `language`'s table is there (English always is).
bool HasTranslations(Language language);
// The languages whose text was asked for (Tr) before their table arrived, each
// handed out once: what the app fetches.
std::vector<Language> TakeWantedTranslations();
// Sets one message's text in `language` (the built-in tables use it).
void AddTranslation(Language language, Msg msg, std::string_view text);
// `language`'s table as a file: a header line, "MsgName<TAB>text" lines with \n, \t
// and \\ escaped, and an end line. Names this version does not know are skipped.
std::string TranslationsFile(Language language);
// Replaces `language`'s table with the file's (texts from earlier Tr calls in that
// language are no longer valid); false, and nothing changed, for bytes that are not
// such a file for that language.
bool LoadTranslations(Language language, std::string_view file);

}  // namespace hw
