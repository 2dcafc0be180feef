#include <doctest/doctest.h>

#include <array>
#include <string>
#include <vector>

#include "shared/core/base64.hpp"
#include "shared/core/date.hpp"
#include "shared/core/hash.hpp"
#include "shared/core/number.hpp"
#include "shared/core/pin.hpp"
#include "shared/core/utf8.hpp"
#include "shared/core/validation.hpp"
#include "shared/model.hpp"
#include "tests/unit/sample_data.hpp"

using namespace hw;

TEST_SUITE_BEGIN("core");

TEST_CASE("SHA-256 matches the published test vectors") {
  CHECK(ToHex(Sha256Of("")) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  CHECK(ToHex(Sha256Of("abc")) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  CHECK(ToHex(Sha256Of("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")) ==
        "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
  SUBCASE("and gives the same digest when fed in pieces") {
    const std::string million(1'000'000, 'a');
    Sha256 sha;
    for (std::size_t i = 0; i < million.size(); i += 999) sha.Update(std::string_view(million).substr(i, 999));
    CHECK(ToHex(sha.Finish()) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
  }
}

TEST_CASE("CRC-32 matches the standard check value") {
  CHECK(Crc32(std::string_view("123456789")) == 0xCBF43926u);
  CHECK(Crc32(std::string_view("6789"), Crc32(std::string_view("12345"))) == 0xCBF43926u);
}

TEST_CASE("base64 round-trips bytes and refuses malformed text") {
  for (std::size_t length = 0; length < 20; ++length) {
    std::vector<std::uint8_t> bytes(length);
    for (std::size_t i = 0; i < length; ++i) bytes[i] = static_cast<std::uint8_t>(i * 37 + 5);
    const auto decoded = Base64Decode(Base64Encode(bytes));
    REQUIRE(decoded.has_value());
    CHECK(*decoded == bytes);
  }
  CHECK(Base64Encode(std::vector<std::uint8_t>{'M', 'a'}) == "TWE=");
  CHECK_FALSE(Base64Decode("TWE").has_value());
  CHECK_FALSE(Base64Decode("TW=E").has_value());
  CHECK_FALSE(Base64Decode("T!E=").has_value());
  CHECK_FALSE(Base64Decode("TWE=TWE=").has_value());
}

TEST_CASE("ids made from entropy are 32 hex digits and valid") {
  std::array<std::uint8_t, 16> entropy{};
  entropy[0] = 0xAB;
  entropy[15] = 0x01;
  const Id id = NewId(entropy);
  CHECK(id == "ab000000000000000000000000000001");
  CHECK(IsValidId(id));
  CHECK_FALSE(IsValidId(""));
  CHECK_FALSE(IsValidId("../etc"));
  CHECK_FALSE(IsValidId(std::string(65, 'a')));
  CHECK(DerivedId("group", "SKU-1") == DerivedId("group", "SKU-1"));
  CHECK(DerivedId("group", "SKU-1") != DerivedId("group", "SKU-2"));
  CHECK(DerivedId("ab", "c") != DerivedId("a", "bc"));
}

TEST_CASE("a PIN is stored salted and hashed and verifies only itself") {
  const std::array<std::uint8_t, 16> salt{7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7};
  const PinHash stored = MakePinHash("4821", salt);
  CHECK(stored.hashHex.find("4821") == std::string::npos);
  CHECK(stored.hashHex.size() == 64);
  CHECK(VerifyPin(stored, "4821"));
  CHECK_FALSE(VerifyPin(stored, "4822"));
  CHECK_FALSE(VerifyPin(stored, ""));
  SUBCASE("another salt gives another hash") {
    std::array<std::uint8_t, 16> other = salt;
    other[0] = 8;
    CHECK(MakePinHash("4821", other).hashHex != stored.hashHex);
  }
  SUBCASE("a damaged record never verifies") {
    PinHash damaged = stored;
    damaged.saltHex = "zz";
    CHECK_FALSE(VerifyPin(damaged, "4821"));
    damaged = stored;
    damaged.iterations = 0;
    CHECK_FALSE(VerifyPin(damaged, "4821"));
  }
}

TEST_CASE("localized text falls back to the fallback language, then any text") {
  LocalizedText text;
  text.Set("en", "Basket");
  text.Set("th", "ตะกร้า");
  CHECK(text.Get("th") == "ตะกร้า");
  CHECK(text.Get("hi") == "Basket");
  text.fallback = "km";
  CHECK_FALSE(text.Get("hi").empty());
  CHECK(LocalizedText{}.Get("en").empty());
  CHECK(LocalizedText{}.Empty());
}

TEST_CASE("localized text keeps one text per language, in code order, whatever the texts hold") {
  LocalizedText text;
  const std::string longText(300, 'x');  // a length that takes two bytes to write
  text.Set("th", "ตะกร้า");
  text.Set("en", std::string("a\0b", 3));
  text.Set("hi", longText);
  text.Set("en", "Basket");  // replaces
  std::vector<std::string> codes;
  for (const auto& [code, value] : text) codes.emplace_back(code);
  CHECK(codes == std::vector<std::string>{"en", "hi", "th"});
  CHECK(text.Count() == 3);
  CHECK(text.Find("en") == "Basket");
  CHECK(text.Find("hi") == longText);
  CHECK_FALSE(text.Find("h").has_value());
  text.Erase("hi");
  CHECK(text.Count() == 2);
  CHECK(text.Get("th") == "ตะกร้า");
  CHECK(text == LocalizedText{{"th", "ตะกร้า"}, {"en", "Basket"}});
  text.Set("km", "");
  CHECK(text.Has("km"));
  CHECK_FALSE(text.Empty());
  CHECK(LocalizedText{{"km", ""}}.Empty());
}

TEST_CASE("money is formatted and parsed in minor units of its currency") {
  CHECK(FormatAmount(123450, "INR") == "1234.50");
  CHECK(FormatAmount(-5, "THB") == "-0.05");
  CHECK(FormatAmount(250000, "VND") == "250000");
  CHECK(FormatMoney({123456789, "INR"}) == "1,234,567.89 INR");
  CHECK(FormatMoney({-100000, "USD"}) == "-1,000.00 USD");
  CHECK(FormatAmount(INT64_MIN, "USD") == "-92233720368547758.08");
  CHECK(ParseAmount("1234.5", "INR") == 123450);
  CHECK(ParseAmount("1,234.50", "INR") == 123450);
  CHECK(ParseAmount(" 12 ", "USD") == 1200);
  CHECK(ParseAmount("-3.25", "EUR") == -325);
  CHECK(ParseAmount("250000", "VND") == 250000);
  CHECK_FALSE(ParseAmount("2.5", "VND").has_value());
  CHECK_FALSE(ParseAmount("1.234", "INR").has_value());
  CHECK_FALSE(ParseAmount("abc", "INR").has_value());
  CHECK_FALSE(ParseAmount("", "INR").has_value());
  CHECK_FALSE(ParseAmount("1.0", "XXX").has_value());
  CHECK_FALSE(ParseAmount("99999999999999999999", "INR").has_value());
  CHECK(MinorDigits("IDR") == 2);
  CHECK(AllCurrencies().size() == 14);
}

TEST_CASE("dates are written and read as YYYY-MM-DD in UTC") {
  CHECK(FormatDate(0) == "1970-01-01");
  CHECK(FormatDate(1'760'000'000) == "2025-10-09");
  CHECK(ParseDate("2025-10-09") == 1'759'968'000);
  CHECK(FormatDate(-86400) == "1969-12-31");
  CHECK(FormatDate(INT64_MAX).empty());
  CHECK(FormatDate(INT64_MIN).empty());
  CHECK(ParseDate("2024-02-29").has_value());
  CHECK_FALSE(ParseDate("2023-02-29").has_value());
  CHECK_FALSE(ParseDate("2023-2-9").has_value());
}

TEST_CASE("whole numbers are read as people type them into a field or a cell") {
  CHECK(ParseWhole<std::int64_t>("42") == 42);
  CHECK(ParseWhole<std::int64_t>(" 7\t") == 7);
  CHECK(ParseWhole<std::int64_t>("-3") == -3);
  CHECK_FALSE(ParseWhole<std::uint32_t>("-3"));
  CHECK_FALSE(ParseWhole<std::uint32_t>("4294967296"));  // more than the type holds
  CHECK_FALSE(ParseWhole<std::int64_t>("12a"));
  CHECK_FALSE(ParseWhole<std::int64_t>("1.5"));
  CHECK_FALSE(ParseWhole<std::int64_t>("  "));
}

TEST_CASE("UTF-8 is checked by the rules of RFC 3629") {
  CHECK(IsValidUtf8(""));
  CHECK(IsValidUtf8("Asha · आशा · ອາຊາ · آشا · 🧵"));
  CHECK(IsValidUtf8("\xF4\x8F\xBF\xBF"));                 // U+10FFFF, the last code point
  CHECK(InvalidUtf8At("ok\xED\xB9\xB5") == 2);            // U+DE75, a lone surrogate ("\udE75" in JSON)
  CHECK(InvalidUtf8At("\xED\xA0\x80\xED\xB0\x80") == 0);  // a surrogate pair written as two: CESU-8
  CHECK(InvalidUtf8At("\xC0\xAF") == 0);                  // an overlong "/"
  CHECK(InvalidUtf8At("\xE0\x80\xAF") == 0);              // overlong in three bytes
  CHECK(InvalidUtf8At("\xF0\x80\x80\xAF") == 0);          // overlong in four
  CHECK(InvalidUtf8At("\xF4\x90\x80\x80") == 0);          // above U+10FFFF
  CHECK(InvalidUtf8At("Caf\xE9") == 3);                   // Windows-1252
  CHECK(InvalidUtf8At("ab\xE0\xA4") == 2);                // cut in the middle of a letter
  CHECK(InvalidUtf8At("\x80") == 0);                      // a continuation byte alone
  CHECK(LineAt("a\nb\nc", 4) == 3);
  CHECK(LineAt("abc", 1) == 1);
}

TEST_CASE("a text that is not UTF-8 is an error of its field") {
  FieldChecker c;
  c.Length("lessons[0].steps[1].text.en", "A PIN \xED\xB9\xB5 keeps", 100);
  REQUIRE(c.errors.size() == 1);
  CHECK(c.errors[0].field == "lessons[0].steps[1].text.en");
  CHECK(c.errors[0].message == Msg::ErrTextNotUtf8);
}

TEST_CASE("a PIN is exactly four digits") {
  CHECK(IsPinShaped("0246"));
  CHECK_FALSE(IsPinShaped("246"));
  CHECK_FALSE(IsPinShaped("02468"));
  CHECK_FALSE(IsPinShaped("02a6"));
  CHECK_FALSE(IsPinShaped("٠١٢٣"));  // Arabic-Indic digits are not what the PIN keyboard gives
}

TEST_CASE("a week starts on Monday at 00:00") {
  const Timestamp monday = *ParseDate("2026-11-30");
  CHECK(WeekStart(monday) == monday);
  CHECK(WeekStart(monday + 6 * kDay + 86399) == monday);  // Sunday's last second
  CHECK(WeekStart(monday + 7 * kDay) == monday + 7 * kDay);
  CHECK(WeekStart(*ParseDate("1970-01-01")) == *ParseDate("1969-12-29"));
  CHECK(WeekStart(-1) == *ParseDate("1969-12-29"));
  CHECK(WeekStart(*ParseDate("1969-12-28")) == *ParseDate("1969-12-22"));  // a Sunday before 1970
}

// The region's time zones and one west of UTC, in seconds ahead of UTC.
constexpr UtcOffset kIndia = 5 * 3600 + 1800, kNepal = 5 * 3600 + 2700, kThailand = 7 * 3600, kPhilippines = 8 * 3600,
                    kBrazil = -3 * 3600;

// The instant of a local time ("2026-12-02", 00:30) in the time zone `offset`.
Timestamp LocalTime(std::string_view day, int hour, int minute, UtcOffset offset) {
  return *ParseDate(day) + hour * 3600 + minute * 60 - offset;
}

TEST_CASE("an instant is read as the day where the person is") {
  for (const UtcOffset offset : {kIndia, kNepal, kThailand, kPhilippines, kBrazil}) {
    CAPTURE(offset);
    // Half past midnight on 2 December is the 2nd, a minute before midnight the 1st,
    // whichever day it is in UTC.
    CHECK(FormatDate(LocalDay(LocalTime("2026-12-02", 0, 30, offset), offset)) == "2026-12-02");
    CHECK(FormatDate(LocalDay(LocalTime("2026-12-01", 23, 59, offset), offset)) == "2026-12-01");
    CHECK(FormatDate(LocalDay(LocalTime("2026-12-02", 0, 0, offset), offset)) == "2026-12-02");
    // Across a year: the first minutes of a new year belong to it.
    CHECK(FormatDate(LocalDay(LocalTime("2027-01-01", 0, 5, offset), offset)) == "2027-01-01");
    CHECK(FormatDate(LocalDay(LocalTime("2026-12-31", 23, 55, offset), offset)) == "2026-12-31");
  }
  // 00:30 on 2 December in India is still 1 December in UTC: the bug a UTC day made.
  const Timestamp indiaNight = LocalTime("2026-12-02", 0, 30, kIndia);
  CHECK(FormatDate(LocalDay(indiaNight, 0)) == "2026-12-01");
  // Brazil's evening of 31 December is already the new year in UTC.
  const Timestamp brazilEvening = LocalTime("2026-12-31", 22, 0, kBrazil);
  CHECK(FormatDate(LocalDay(brazilEvening, 0)) == "2027-01-01");
  CHECK(FormatDate(LocalDay(brazilEvening, kBrazil)) == "2026-12-31");
  // Before 1970 too.
  CHECK(FormatDate(LocalDay(-60, kIndia)) == "1970-01-01");
  CHECK(FormatDate(LocalDay(-60, 0)) == "1969-12-31");
}

TEST_CASE("a week starts on the person's Monday at 00:00") {
  // 00:30 on Monday 30 November in Thailand is Sunday 29 November in UTC.
  const Timestamp mondayNight = LocalTime("2026-11-30", 0, 30, kThailand);
  CHECK(FormatDate(WeekStart(LocalDay(mondayNight, kThailand))) == "2026-11-30");
  CHECK(FormatDate(WeekStart(LocalDay(mondayNight, 0))) == "2026-11-23");
  // Sunday 23:59 in Nepal is still the week before.
  const Timestamp sundayLate = LocalTime("2026-11-29", 23, 59, kNepal);
  CHECK(FormatDate(WeekStart(LocalDay(sundayLate, kNepal))) == "2026-11-23");
  // A week across the year: Friday 1 January 2027 is in the week of Monday 28 December.
  CHECK(FormatDate(WeekStart(LocalDay(LocalTime("2027-01-01", 0, 10, kPhilippines), kPhilippines))) == "2026-12-28");
}

TEST_SUITE_END();
