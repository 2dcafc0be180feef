#include <doctest/doctest.h>

#include "shared/i18n/format.hpp"

using namespace hw;
// Numbers, money and days per language. The expected strings are what ICU 72.1 writes
// with the CLDR 42 data of each locale (en_001 hi_IN ne_NP bn_BD ur_PK th_TH km_KH
// lo_LA id_ID fil_PH vi_VN), taken from ICU's NumberFormat and SimpleDateFormat.
namespace {
constexpr Timestamp kTuesday24Nov2026 = 1'795'478'400;  // 2026-11-24 00:00 UTC, a Tuesday
}

TEST_SUITE_BEGIN("i18n");

TEST_CASE("numbers are grouped and written with each language's digits and separators") {
  struct Case {
    Language language;
    const char* big;       // 1234567
    const char* negative;  // -1234
    const char* small;     // 999
  };
  const Case cases[] = {
      {Language::English, "1,234,567", "-1,234", "999"},    {Language::Hindi, "12,34,567", "-1,234", "999"},
      {Language::Nepali, "१२,३४,५६७", "-१,२३४", "९९९"},     {Language::Bengali, "১২,৩৪,৫৬৭", "-১,২৩৪", "৯৯৯"},
      {Language::Urdu, "1,234,567", "\u200e-1,234", "999"}, {Language::Thai, "1,234,567", "-1,234", "999"},
      {Language::Khmer, "1.234.567", "-1.234", "999"},      {Language::Lao, "1.234.567", "-1.234", "999"},
      {Language::Indonesian, "1.234.567", "-1.234", "999"}, {Language::Filipino, "1,234,567", "-1,234", "999"},
      {Language::Vietnamese, "1.234.567", "-1.234", "999"},
  };
  for (const Case& c : cases) {
    CAPTURE(Info(c.language).code);
    CHECK(FormatNumber(c.language, 1234567) == c.big);
    CHECK(FormatNumber(c.language, -1234) == c.negative);
    CHECK(FormatNumber(c.language, 999) == c.small);
  }
  CHECK(FormatNumber(Language::English, 0) == "0");
  CHECK(FormatNumber(Language::Hindi, 1234567890123) == "12,34,56,78,90,123");
  CHECK(FormatNumber(Language::English, INT64_MIN) == "-9,223,372,036,854,775,808");
}

TEST_CASE("money has the language's symbol, its place and separators") {
  struct Case {
    Language language;
    Money money;
    const char* expected;
  };
  const Case cases[] = {
      {Language::English, {1234550, "INR"}, "₹12,345.50"},
      {Language::Hindi, {1234550, "INR"}, "₹12,345.50"},
      {Language::Nepali, {1234550, "NPR"}, "नेरू\u00a0१२,३४५.५०"},
      {Language::Bengali, {1234550, "BDT"}, "১২,৩৪৫.৫০৳"},
      {Language::Urdu, {1234550, "PKR"}, "Rs\u00a012,345.50"},
      {Language::Thai, {1234550, "THB"}, "฿12,345.50"},
      {Language::Khmer, {1234550, "KHR"}, "12.345,50៛"},
      {Language::Lao, {1234550, "LAK"}, "₭12.345,50"},
      {Language::Indonesian, {1234550, "IDR"}, "Rp\u00a012.345,50"},
      {Language::Filipino, {1234550, "PHP"}, "₱12,345.50"},
      {Language::Vietnamese, {1234567, "VND"}, "1.234.567\u00a0₫"},
  };
  for (const Case& c : cases) {
    CAPTURE(Info(c.language).code);
    CHECK(FormatMoney(c.language, c.money) == c.expected);
  }
  // Indian grouping of large amounts; other currencies in the same language.
  CHECK(FormatMoney(Language::Hindi, {123456789, "INR"}) == "₹12,34,567.89");
  CHECK(FormatMoney(Language::Hindi, {500, "USD"}) == "$5.00");
  CHECK(FormatMoney(Language::English, {500, "USD"}) == "US$5.00");
  CHECK(FormatMoney(Language::English, {100000, "EUR"}) == "€1,000.00");
  // Negative amounts, the minus where the language puts it.
  CHECK(FormatMoney(Language::English, {-5, "INR"}) == "-₹0.05");
  CHECK(FormatMoney(Language::Bengali, {-100, "BDT"}) == "-১.০০৳");
  CHECK(FormatMoney(Language::Lao, {-100, "LAK"}) == "₭-1,00");
  // A currency the table does not know keeps its code after the amount.
  CHECK(FormatMoney(Language::English, {123456, "XYZ"}) == "1,234.56\u00a0XYZ");
}

TEST_CASE("days have the language's month names, order and calendar") {
  struct Case {
    Language language;
    const char* day;
    const char* withWeekday;
  };
  const Case cases[] = {
      {Language::English, "24 Nov 2026", "Tue, 24 Nov 2026"},
      {Language::Hindi, "24 नव॰ 2026", "मंगल, 24 नव॰ 2026"},
      {Language::Nepali, "२०२६ नोभेम्बर २४", "२०२६ नोभेम्बर २४, मङ्गल"},
      {Language::Bengali, "২৪ নভে, ২০২৬", "মঙ্গল, ২৪ নভে, ২০২৬"},
      {Language::Urdu, "24 نومبر، 2026", "منگل، 24 نومبر، 2026"},
      {Language::Thai, "24 พ.ย. 2569", "อ. 24 พ.ย. 2569"},  // Buddhist era
      {Language::Khmer, "24 វិច្ឆិកា 2026", "អង្គារ 24 វិច្ឆិកា 2026"},
      {Language::Lao, "24 ພ.ຈ. 2026", "ອັງຄານ, 24 ພ.ຈ. 2026"},
      {Language::Indonesian, "24 Nov 2026", "Sel, 24 Nov 2026"},
      {Language::Filipino, "Nob 24, 2026", "Mar, Nob 24, 2026"},
      {Language::Vietnamese, "24 thg 11, 2026", "Th 3, 24 thg 11, 2026"},
  };
  for (const Case& c : cases) {
    CAPTURE(Info(c.language).code);
    CHECK(FormatDay(c.language, kTuesday24Nov2026) == c.day);
    CHECK(FormatDayWithWeekday(c.language, kTuesday24Nov2026) == c.withWeekday);
  }
  CHECK(FormatDayMonth(Language::English, kTuesday24Nov2026) == "24 Nov");
  CHECK(FormatDay(Language::English, kTuesday24Nov2026 + 86399) == "24 Nov 2026");  // the same day until midnight UTC
  CHECK(FormatDay(Language::English, 0) == "1 Jan 1970");
  CHECK(FormatDay(Language::English, 253'402'300'800).empty());  // beyond 9999
  CHECK(LocalizeDigits(Language::Bengali, "Step 3/12") == "Step ৩/১২");
}

TEST_SUITE_END();
