#include <doctest/doctest.h>

#include <algorithm>
#include <set>
#include <string>
#include <vector>

#include "shared/i18n/i18n.hpp"

using namespace hw;

TEST_SUITE_BEGIN("i18n");

TEST_CASE("every message has English text and a unique name") {
  std::set<std::string_view> names;
  for (int i = 0; i < static_cast<int>(Msg::Count); ++i) {
    const auto msg = static_cast<Msg>(i);
    CAPTURE(MsgName(msg));
    CHECK_FALSE(Tr(Language::English, msg).empty());
    CHECK(names.insert(MsgName(msg)).second);
  }
}

TEST_CASE("a translated message comes back in its language") {
  CHECK(Tr(Language::Hindi, Msg::HomeLearn) == "सीखें");
  CHECK(Tr(Language::Thai, Msg::HomeShop) == "ซื้อสินค้า");
  CHECK(IsTranslated(Language::Indonesian, Msg::HomeMyGroup));
}

TEST_CASE("an untranslated message falls back to English") {
  REQUIRE_FALSE(IsTranslated(Language::Khmer, Msg::AppName));  // the brand name stays as it is
  CHECK(Tr(Language::Khmer, Msg::AppName) == "Homeworks");
}

TEST_CASE("every language of the region has the home screen in its own words") {
  for (const LanguageInfo& info : AllLanguages()) {
    if (info.language == Language::English) continue;
    for (const Msg msg : {Msg::AppTagline, Msg::HomeLearn, Msg::HomeLearnHint, Msg::HomeShop, Msg::HomeShopHint,
                          Msg::HomeMyGroup, Msg::HomeMyGroupHint, Msg::Back, Msg::ComingSoon, Msg::Language}) {
      CAPTURE(info.code);
      CAPTURE(MsgName(msg));
      CHECK(IsTranslated(info.language, msg));
      CHECK(Tr(info.language, msg) != Tr(Language::English, msg));
    }
  }
  CHECK(Tr(Language::Khmer, Msg::HomeLearn) == "រៀន");
  CHECK(Tr(Language::Urdu, Msg::Back) == "واپس");
}

TEST_CASE("languages are found by their BCP 47 code") {
  CHECK(LanguageFromCode("th") == Language::Thai);
  CHECK(LanguageFromCode("fil") == Language::Filipino);
  CHECK_FALSE(LanguageFromCode("xx").has_value());
  CHECK(Info(Language::Urdu).rightToLeft);
  CHECK_FALSE(Info(Language::Hindi).rightToLeft);
  CHECK(AllLanguages().size() == static_cast<std::size_t>(Language::Count));
}

namespace {

// The parts of a message the app fills in or keeps as they are: "{1}", "{n}", and "%"
// with the letter after it if any ("%s", "%" of "{1}%"), sorted so order may change.
std::vector<std::string> Placeholders(std::string_view text) {
  std::vector<std::string> found;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '{' || text[i] == '}') {
      const std::size_t close = text[i] == '{' ? text.find('}', i) : std::string_view::npos;
      found.emplace_back(close == std::string_view::npos ? text.substr(i, 1) : text.substr(i, close - i + 1));
      if (close != std::string_view::npos) i = close;
    } else if (text[i] == '%') {
      const bool letter = i + 1 < text.size() && ((text[i + 1] >= 'a' && text[i + 1] <= 'z') || text[i + 1] == '%');
      found.emplace_back(text.substr(i, letter ? 2 : 1));
      if (letter) ++i;
    }
  }
  std::sort(found.begin(), found.end());
  return found;
}

}  // namespace

TEST_CASE("placeholders are found as the app fills them in") {
  CHECK(Placeholders("Step {1} of {2}") == std::vector<std::string>{"{1}", "{2}"});
  CHECK(Placeholders("{2} में से {1} सही ({3}%)") == std::vector<std::string>{"%", "{1}", "{2}", "{3}"});
  CHECK(Placeholders("New orders: {n}") != Placeholders("New orders: {N}"));
  CHECK(Placeholders("New orders: {n}") != Placeholders("New orders: {n"));
  CHECK(Placeholders("New orders: {n}") != Placeholders("New orders:"));
}

TEST_CASE("every translation keeps the placeholders of the English text") {
  for (const LanguageInfo& info : AllLanguages()) {
    for (int i = 0; i < static_cast<int>(Msg::Count); ++i) {
      const auto msg = static_cast<Msg>(i);
      if (!IsTranslated(info.language, msg)) continue;
      CAPTURE(info.code);
      CAPTURE(MsgName(msg));
      CAPTURE(Tr(info.language, msg));
      CHECK(Placeholders(Tr(info.language, msg)) == Placeholders(Tr(Language::English, msg)));
    }
  }
}

TEST_CASE("every language of the region has every message in its own words") {
  // The brand name is the only message that stays in English everywhere.
  for (const LanguageInfo& info : AllLanguages()) {
    if (info.language == Language::English) continue;
    for (int i = 0; i < static_cast<int>(Msg::Count); ++i) {
      const auto msg = static_cast<Msg>(i);
      if (msg == Msg::AppName) continue;
      CAPTURE(info.code);
      CAPTURE(MsgName(msg));
      CHECK(IsTranslated(info.language, msg));
    }
  }
  CHECK(Tr(Language::Khmer, Msg::MyGroupInbox) != Tr(Language::English, Msg::MyGroupInbox));
  CHECK(Tr(Language::Lao, Msg::CatImportApply) != Tr(Language::English, Msg::CatImportApply));
}

TEST_CASE("a language's translations go through their file unchanged") {
  // The web app fetches each language as this file (lang/<code>.msgs).
  const std::string original(Tr(Language::Lao, Msg::AppTagline));
  AddTranslation(Language::Lao, Msg::AppTagline, "ລາວ \"quoted\"\\path\nsecond\tline");
  const std::string file = TranslationsFile(Language::Lao);
  CHECK(file.starts_with("homeworks-translations 1 lo\n"));
  CHECK(file.find("AppTagline\tລາວ \"quoted\"\\\\path\\nsecond\\tline\n") != std::string::npos);
  AddTranslation(Language::Lao, Msg::AppTagline, "changed");
  REQUIRE(LoadTranslations(Language::Lao, file));
  CHECK(Tr(Language::Lao, Msg::AppTagline) == "ລາວ \"quoted\"\\path\nsecond\tline");
  CHECK(Tr(Language::Lao, Msg::HomeLearn) == "ຮຽນຮູ້");
  CHECK_FALSE(IsTranslated(Language::Lao, Msg::AppName));  // still falls back to English
  AddTranslation(Language::Lao, Msg::AppTagline, original);
}

TEST_CASE("bytes that are not a language's translations change nothing") {
  const std::string good = TranslationsFile(Language::Thai);
  const std::string before(Tr(Language::Thai, Msg::HomeShop));
  CHECK_FALSE(LoadTranslations(Language::Thai, ""));
  CHECK_FALSE(LoadTranslations(Language::Thai, "<!doctype html><p>Not found</p>"));
  CHECK_FALSE(LoadTranslations(Language::Hindi, good));    // another language's file
  CHECK_FALSE(LoadTranslations(Language::English, good));  // English is built in
  CHECK_FALSE(LoadTranslations(Language::Thai, "homeworks-translations 1 th\nno tab here\nend\n"));
  for (std::size_t cut = 0; cut < good.size(); cut += 97)
    CHECK_FALSE(LoadTranslations(Language::Thai, good.substr(0, cut)));
  CHECK(Tr(Language::Thai, Msg::HomeShop) == before);
  // A message this version no longer has is skipped.
  CHECK(LoadTranslations(Language::Thai,
                         "homeworks-translations 1 th\nGoneMessage\tเก่า\n" + good.substr(good.find('\n') + 1)));
  CHECK(Tr(Language::Thai, Msg::HomeShop) == before);
}

TEST_CASE("values fill a message's places in the order the translation puts them") {
  CHECK(Fill("Step {1} of {2}", {"2", "5"}) == "Step 2 of 5");
  CHECK(Fill("{2} में से {1} सही", {"4", "5"}) == "5 में से 4 सही");
  CHECK(Fill("{1} and {1}", {"a"}) == "a and a");
  CHECK(Fill("no place", {"x"}) == "no place");
  CHECK(Fill("{3} missing", {"a"}) == " missing");
  CHECK(Fill("{x} and {10}", {"a"}) == "{x} and {10}");
}

TEST_SUITE_END();
