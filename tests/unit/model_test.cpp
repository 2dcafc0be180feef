#include <doctest/doctest.h>

#include <array>
#include <string>
#include <vector>

#include "shared/base64.hpp"
#include "shared/hash.hpp"
#include "shared/model.hpp"
#include "tests/unit/sample_data.hpp"

using namespace hw;

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

TEST_CASE("order status follows only the allowed transitions") {
  using S = OrderStatus;
  const std::vector<std::pair<S, S>> allowed = {
      {S::Draft, S::Sent},          {S::Sent, S::Received},         {S::Received, S::Accepted},
      {S::Received, S::Declined},   {S::Accepted, S::InProduction}, {S::InProduction, S::Shipped},
      {S::Shipped, S::Completed},   {S::Draft, S::Cancelled},       {S::Sent, S::Cancelled},
      {S::Received, S::Cancelled},  {S::Accepted, S::Cancelled},    {S::InProduction, S::Cancelled}};
  for (int f = 0; f < static_cast<int>(S::Count); ++f) {
    for (int t = 0; t < static_cast<int>(S::Count); ++t) {
      const auto from = static_cast<S>(f);
      const auto to = static_cast<S>(t);
      const bool expected = std::find(allowed.begin(), allowed.end(), std::make_pair(from, to)) != allowed.end();
      CAPTURE(StatusName(from));
      CAPTURE(StatusName(to));
      CHECK(CanChangeStatus(from, to) == expected);
    }
  }
  CHECK(IsFinal(S::Completed));
  CHECK(IsFinal(S::Declined));
  CHECK(IsFinal(S::Cancelled));
  CHECK_FALSE(IsFinal(S::Shipped));
  CHECK(StatusFromName("in production") == S::InProduction);
  CHECK_FALSE(StatusFromName("lost").has_value());

  SUBCASE("a change is recorded with its time, a refused one changes nothing") {
    OrderRequest order = NewOrder("o1", test::SampleGroup(), {}, "INR", 100);
    REQUIRE(order.Status() == S::Draft);
    CHECK_FALSE(order.ChangeStatus(S::Sent, 200).has_value());
    CHECK(order.ChangeStatus(S::Shipped, 300) == Msg::ErrStatusChangeNotAllowed);
    CHECK(order.Status() == S::Sent);
    REQUIRE(order.history.size() == 2);
    CHECK(order.history[1].at == 200);
    CHECK(order.CreatedAt() == 100);
  }
}

TEST_CASE("order lines snapshot the product and totals are exact integers") {
  const ArtisanGroup group = test::SampleGroup();
  Product product = test::SampleProduct(group);
  OrderRequest order = NewOrder("o1", group, {}, "INR", 0);
  AddLine(order, product, product.variants[0].id, 3, "bn");
  AddLine(order, product, "", 2, "en");
  AddLine(order, product, product.variants[0].id, 1, "en");
  REQUIRE(order.lines.size() == 2);
  CHECK(order.lines[0].quantity == 4);
  CHECK(order.lines[0].sku == "KQ-001-R");
  CHECK(order.lines[0].productName == "কাঁথা");
  CHECK(order.lines[0].variantLabel == "Red, single");
  CHECK(order.lines[0].unitPriceMinor == 420000);
  CHECK(order.lines[1].sku == "KQ-001");
  CHECK(order.lines[1].unitPriceMinor == 450000);
  CHECK(OrderTotal(order) == 4 * 420000 + 2 * 450000);

  SUBCASE("a later price change does not rewrite the order") {
    product.price.minor = 1;
    CHECK(order.lines[1].unitPriceMinor == 450000);
  }
  SUBCASE("price on request counts as zero and is flagged") {
    product.priceOnRequest = true;
    AddLine(order, product, product.variants[1].id, 5, "en");
    CHECK(HasLinesOnRequest(order));
    CHECK(OrderTotal(order) == 4 * 420000 + 2 * 450000);
  }
  SUBCASE("an overflowing total is refused") {
    order.lines[0].unitPriceMinor = INT64_MAX / 2;
    CHECK_FALSE(OrderTotal(order).has_value());
    CHECK_FALSE(CheckedAdd(INT64_MAX, 1).has_value());
    CHECK_FALSE(CheckedMul(INT64_MIN, -1).has_value());
    CHECK(CheckedMul(-3, 4) == -12);
  }
}

TEST_CASE("quizzes are scored per question kind") {
  Question single{"q1", QuestionKind::SingleChoice, {}, std::nullopt, {{}, {}, {}}, {1}};
  Question multiple{"q2", QuestionKind::MultipleChoice, {}, std::nullopt, {{}, {}, {}}, {0, 2}};
  Question truth{"q3", QuestionKind::TrueFalse, {}, std::nullopt, {}, {0}};
  Question order{"q4", QuestionKind::PutInOrder, {}, std::nullopt, {{}, {}, {}}, {2, 0, 1}};
  CHECK(IsCorrect(single, {{1}}));
  CHECK_FALSE(IsCorrect(single, {{0}}));
  CHECK_FALSE(IsCorrect(single, {{1, 0}}));
  CHECK(IsCorrect(multiple, {{2, 0}}));
  CHECK_FALSE(IsCorrect(multiple, {{0}}));
  CHECK_FALSE(IsCorrect(multiple, {{0, 1, 2}}));
  CHECK(IsCorrect(truth, {{0}}));
  CHECK_FALSE(IsCorrect(truth, {{1}}));
  CHECK(IsCorrect(order, {{2, 0, 1}}));
  CHECK_FALSE(IsCorrect(order, {{0, 2, 1}}));

  Quiz quiz{{single, multiple, truth, order}, 75};
  const std::vector<Answer> answers = {{{1}}, {{0, 2}}, {{1}}, {{2, 0, 1}}};
  const QuizScore score = Score(quiz, answers);
  CHECK(score.correct == 3);
  CHECK(score.total == 4);
  CHECK(score.percent == 75);
  CHECK(Score(quiz, {}).percent == 0);
  CHECK(Score(Quiz{}, {}).percent == 100);
}

TEST_CASE("a lesson is mastered once all steps are seen and the quiz passed") {
  const AppData data = test::SampleData();
  const Lesson& lesson = data.courses[0].lessons[0];
  REQUIRE(lesson.steps.size() == 2);
  Progress progress;
  RecordQuizAttempt(progress, lesson, {3, 4, 75}, 10);
  CHECK_FALSE(progress.mastered);  // steps not seen yet
  RecordStepSeen(progress, lesson, 0, 11);
  CHECK_FALSE(progress.mastered);
  RecordStepSeen(progress, lesson, 1, 12);
  CHECK(progress.mastered);
  RecordQuizAttempt(progress, lesson, {0, 4, 0}, 13);
  CHECK(progress.mastered);  // kept once reached
  CHECK(progress.bestPercent == 75);
  CHECK(progress.attempts == 2);

  SUBCASE("a score below the threshold does not master") {
    Progress other;
    RecordStepSeen(other, lesson, 1, 1);
    RecordQuizAttempt(other, lesson, {2, 4, 50}, 2);
    CHECK_FALSE(other.mastered);
  }
  SUBCASE("a step index beyond the lesson is ignored") {
    Progress other;
    RecordStepSeen(other, lesson, 99, 1);
    CHECK(other.stepsSeen == 0);
  }
}

TEST_CASE("app data finds records by id and creates progress once") {
  AppData data = test::SampleData();
  CHECK(data.FindGroup(data.groups[0].id) == &data.groups[0]);
  CHECK(data.FindProduct("nope") == nullptr);
  CHECK(data.FindOrder(data.orders[0].id) != nullptr);
  const std::size_t before = data.progress.size();
  Progress& a = data.ProgressFor("p", "l");
  a.attempts = 3;
  CHECK(data.ProgressFor("p", "l").attempts == 3);
  CHECK(data.progress.size() == before + 1);
}
