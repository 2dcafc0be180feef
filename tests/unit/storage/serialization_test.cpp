#include <doctest/doctest.h>

#include <cereal/archives/binary.hpp>
#include <cereal/archives/json.hpp>
#include <cereal/archives/portable_binary.hpp>
#include <filesystem>
#include <limits>
#include <map>
#include <sstream>

#include "shared/catalogue/catalogue_pack.hpp"
#include "shared/model.hpp"
#include "shared/orders/order_file.hpp"
#include "shared/storage/compact_archive.hpp"
#include "shared/storage/snapshot.hpp"
#include "shared/storage/snapshot_archive.hpp"
#include "shared/storage/snapshot_store.hpp"
#include "tests/unit/sample_data.hpp"

using namespace hw;
namespace {

template <class Out, class In, class T>
T RoundTrip(const T& value) {
  std::stringstream stream;
  {
    Out archive(stream);
    archive(cereal::make_nvp("value", value));
  }
  T loaded{};
  {
    In archive(stream);
    archive(cereal::make_nvp("value", loaded));
  }
  return loaded;
}

// What cereal's portable binary writes, read back through the guarded snapshot archive.
template <class T>
T ThroughSnapshotArchive(const T& value) {
  std::stringstream stream;
  {
    cereal::PortableBinaryOutputArchive archive(stream);
    archive(value);
  }
  const std::string bytes = stream.str();
  T loaded{};
  SnapshotInputArchive archive(std::span(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size()));
  archive(loaded);
  CHECK(archive.Remaining() == 0);
  return loaded;
}

// The compact archive of format version 2, both ways.
template <class T>
T ThroughCompactArchive(const T& value) {
  std::string bytes;
  {
    CompactOutputArchive archive(bytes);
    archive(value);
  }
  T loaded{};
  CompactInputArchive archive(std::span(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size()));
  archive(loaded);
  CHECK(archive.Remaining() == 0);
  return loaded;
}

template <class T>
void CheckEveryArchive(const T& value) {
  CHECK(ThroughCompactArchive(value) == value);
  CHECK(RoundTrip<cereal::BinaryOutputArchive, cereal::BinaryInputArchive>(value) == value);
  CHECK(RoundTrip<cereal::PortableBinaryOutputArchive, cereal::PortableBinaryInputArchive>(value) == value);
  CHECK(RoundTrip<cereal::JSONOutputArchive, cereal::JSONInputArchive>(value) == value);
  CHECK(ThroughSnapshotArchive(value) == value);
}

std::filesystem::path DataDir() { return std::filesystem::path(HOMEWORKS_SOURCE_DIR) / "tests" / "data"; }

std::string ReadText(const std::filesystem::path& file) {
  const auto bytes = ReadFileBytes(file, 64u * 1024 * 1024);
  REQUIRE(bytes.has_value());
  return std::string(bytes->begin(), bytes->end());
}

}  // namespace

TEST_SUITE_BEGIN("storage");

TEST_CASE("every persisted type round-trips through binary, portable binary, JSON and the compact archives") {
  const AppData data = test::SampleData();
  REQUIRE(!data.products.empty());
  SUBCASE("LocalizedText") { CheckEveryArchive(data.products[0].name); }
  SUBCASE("Money") { CheckEveryArchive(data.products[0].price); }
  SUBCASE("Photo") { CheckEveryArchive(data.products[0].photos[0]); }
  SUBCASE("PinHash") { CheckEveryArchive(*data.groups[0].sellerPin); }
  SUBCASE("Contacts") { CheckEveryArchive(data.groups[0].contacts); }
  SUBCASE("ArtisanGroup") { CheckEveryArchive(data.groups[0]); }
  SUBCASE("Variant") { CheckEveryArchive(data.products[0].variants[0]); }
  SUBCASE("Product") {
    CheckEveryArchive(data.products[0]);
    CheckEveryArchive(data.products[1]);
  }
  SUBCASE("Buyer") { CheckEveryArchive(data.orders[0].buyer); }
  SUBCASE("OrderLine") { CheckEveryArchive(data.orders[0].lines[0]); }
  SUBCASE("StatusChange") { CheckEveryArchive(data.orders[0].history[1]); }
  SUBCASE("OrderRequest") { CheckEveryArchive(data.orders[0]); }
  SUBCASE("Step") { CheckEveryArchive(data.courses[0].lessons[0].steps[0]); }
  SUBCASE("Question") {
    for (const Question& q : data.courses[0].lessons[0].quiz.questions) CheckEveryArchive(q);
  }
  SUBCASE("Quiz") { CheckEveryArchive(data.courses[0].lessons[0].quiz); }
  SUBCASE("Lesson") { CheckEveryArchive(data.courses[0].lessons[0]); }
  SUBCASE("Course") { CheckEveryArchive(data.courses[0]); }
  SUBCASE("Profile") { CheckEveryArchive(data.profiles[0]); }
  SUBCASE("Progress") { CheckEveryArchive(data.progress[0]); }
  SUBCASE("Settings") { CheckEveryArchive(data.settings); }
  SUBCASE("AppData") {
    CheckEveryArchive(data);
    CheckEveryArchive(AppData{});
  }
  SUBCASE("CataloguePack") {
    CataloguePack pack;
    pack.group = data.groups[0];
    pack.products = data.products;
    const CataloguePack back = RoundTrip<cereal::JSONOutputArchive, cereal::JSONInputArchive>(pack);
    CHECK(back.group == pack.group);
    CHECK(back.products == pack.products);
  }
}

TEST_CASE(
    "localized text is written as a map from language to text, as before, and a language given twice keeps its first "
    "text") {
  const LocalizedText text{{"th", "ตะกร้า"}, {"en", "Basket"}};
  std::ostringstream asText, asMap;
  {
    cereal::JSONOutputArchive archive(asText);
    archive(cereal::make_nvp("name", text));
  }
  {
    const std::map<std::string, std::string> texts{{"th", "ตะกร้า"}, {"en", "Basket"}};
    const std::string fallback = "en";
    cereal::JSONOutputArchive archive(asMap);
    archive.setNextName("name");
    archive.startNode();
    archive(cereal::make_nvp("cereal_class_version", std::uint32_t{1}));
    archive(cereal::make_nvp("texts", texts), cereal::make_nvp("fallback", fallback));
    archive.finishNode();
  }
  CHECK(asText.str() == asMap.str());

  std::istringstream twice(R"({"name": {"cereal_class_version": 1, "texts": [{"key": "en", "value": "Basket"},
      {"key": "en", "value": "Bag"}, {"key": "th", "value": "ตะกร้า"}], "fallback": "th"}})");
  cereal::JSONInputArchive archive(twice);
  LocalizedText read;
  archive(cereal::make_nvp("name", read));
  CHECK(read.Count() == 2);
  CHECK(read.Find("en") == "Basket");
  CHECK(read.fallback == "th");
}

TEST_CASE("a JSON enum value outside its range fails to load") {
  std::stringstream stream;
  {
    cereal::JSONOutputArchive archive(stream);
    archive(cereal::make_nvp("value", StatusChange{OrderStatus::Shipped, 5}));
  }
  std::string text = stream.str();
  const auto at = text.find("\"status\": 6");
  REQUIRE(at != std::string::npos);
  text.replace(at, 11, "\"status\": 60");
  std::istringstream in(text);
  cereal::JSONInputArchive archive(in);
  StatusChange loaded;
  CHECK_THROWS_AS(archive(cereal::make_nvp("value", loaded)), cereal::Exception);
}

// The fixtures in tests/data were written by the first version of each format; every
// later version must still read them. They hold test::SampleData() as it was then.
TEST_CASE("the version 1 snapshot fixture still loads") {
  const auto bytes = ReadFileBytes(DataDir() / "snapshot_v1.bin", 1u << 20);
  REQUIRE(bytes.has_value());
  const auto loaded = LoadSnapshot(std::span<const std::uint8_t>(*bytes));
  REQUIRE(loaded.ok());
  CHECK(loaded.value() == test::SampleData());
}

TEST_CASE("the version 2 snapshot fixture (the compact archive) still loads") {
  const auto bytes = ReadFileBytes(DataDir() / "snapshot_v2.bin", 1u << 20);
  REQUIRE(bytes.has_value());
  const auto loaded = LoadSnapshot(std::span<const std::uint8_t>(*bytes));
  REQUIRE(loaded.ok());
  CHECK(loaded.value() == test::SampleData());
  // The same state in version 1 took much more room.
  CHECK(bytes->size() * 2 < SnapshotBytesV1(test::SampleData()).size());
}

// Written when PinHash (version 2: wrong PINs kept) and Course (version 2: its
// language) changed: SampleData with four wrong PINs and a course written in Thai.
TEST_CASE("the snapshot fixture with saved wrong PINs and a course's language still loads") {
  const auto bytes = ReadFileBytes(DataDir() / "snapshot_v2_pins_courses.bin", 1u << 20);
  REQUIRE(bytes.has_value());
  const auto loaded = LoadSnapshot(std::span<const std::uint8_t>(*bytes));
  REQUIRE(loaded.ok());
  AppData expected = test::SampleData();
  expected.groups[0].sellerPin->wrongInARow = 4;
  expected.groups[0].sellerPin->lastWrongAt = 1'790'000'000;
  expected.courses[0].language = "th";
  CHECK(loaded.value() == expected);
  CHECK(loaded.value().groups[0].sellerPin->wrongInARow == 4);
  CHECK(loaded.value().courses[0].language == "th");
}

TEST_CASE("a state saved in versions 1, 2 and 3 loads back the same") {
  AppData data = test::SampleData();
  data.products[0].stockOnHand = -3;  // negative numbers take the zigzag path
  data.products[0].updatedAt = std::numeric_limits<Timestamp>::max();
  data.groups[0].id = "0123456789ABCDEF0123456789abcdef";  // not a lowercase hex id: stored as text
  for (const std::string& bytes : {SnapshotBytesV1(data), SnapshotBytesV2(data), SnapshotBytes(data)}) {
    const auto loaded = LoadSnapshot(std::span(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size()));
    REQUIRE(loaded.ok());
    CHECK(loaded.value() == data);
  }
}

TEST_CASE("the compact archive refuses counts and lengths beyond the data without allocating them") {
  for (const std::uint64_t huge : {std::uint64_t{1} << 62, std::uint64_t{1} << 40, std::uint64_t{1000}}) {
    std::string bytes;
    {
      CompactOutputArchive archive(bytes);
      archive(cereal::make_size_tag(huge));
    }
    bytes += "abc";
    const std::span<const std::uint8_t> span(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size());
    CompactInputArchive asVector(span);
    std::vector<Product> products;
    CHECK_THROWS_AS(asVector(products), cereal::Exception);
    std::string asText = bytes;
    asText[0] = static_cast<char>(asText[0] & 0xFE);  // an even tag: a string's length
    CompactInputArchive asString(std::span(reinterpret_cast<const std::uint8_t*>(asText.data()), asText.size()));
    std::string text;
    CHECK_THROWS_AS(asString(text), cereal::Exception);
  }
  const std::uint8_t tooLong[] = {0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x01};
  CompactInputArchive archive{std::span<const std::uint8_t>(tooLong)};
  std::uint64_t value = 0;
  CHECK_THROWS_AS(archive(value), cereal::Exception);
}

TEST_CASE("the version 1 catalogue pack fixture still imports") {
  const auto pack = ImportCataloguePack(ReadText(DataDir() / "catalogue_pack_v1.json"));
  REQUIRE(pack.ok());
  const AppData data = test::SampleData();
  ArtisanGroup group = data.groups[0];
  group.sellerPin.reset();
  // Its logo and photo are placeholders, not pictures: left out, and listed.
  group.logo.reset();
  Product product = data.products[0];
  product.photos.clear();
  CHECK(pack.value().group == group);
  REQUIRE(pack.value().products.size() == 1);  // the archived scarf is not published
  CHECK(pack.value().products[0] == product);
  CHECK(pack.value().photosLeftOut.size() == 2);
}

TEST_CASE("the version 1 order file fixture still imports") {
  const auto file = ImportOrderFile(ReadText(DataDir() / "order_v1.json"));
  REQUIRE(file.ok());
  CHECK(file.value().order == test::SampleData().orders[0]);
  CHECK(file.value().groupName == "Sabala Kantha Collective");
}

TEST_CASE("a status change keeps its note (version 2); version 1 changes load without one") {
  StatusChange accepted{OrderStatus::Accepted, 1'760'200'000, "Half paid in advance, \"gift\" wrap"};
  CheckEveryArchive(accepted);
  // The version 1 order file has no notes: its changes load with empty ones.
  const auto file = ImportOrderFile(ReadText(DataDir() / "order_v1.json"));
  REQUIRE(file.ok());
  for (const StatusChange& change : file.value().order.history) CHECK(change.note.empty());
  // An order written now carries the note through its file.
  OrderRequest order = test::SampleData().orders[0];
  REQUIRE(!order.ChangeStatus(OrderStatus::Received, 1'760'100'200));
  order.history.back().note = "Arrived by WhatsApp";
  const auto back = ImportOrderFile(ExportOrderFile(order, "Sabala Kantha Collective", 1'760'100'300));
  REQUIRE(back.ok());
  CHECK(back.value().order.history.back().note == "Arrived by WhatsApp");
}

TEST_CASE("a PIN keeps its wrong tries (version 2); a PIN saved before (version 1) loads with none") {
  PinHash pin = test::SampleData().groups[0].sellerPin.value();
  for (int i = 0; i < 4; ++i) RecordWrongPin(pin, 1'767'225'600 + i);
  CHECK(pin.wrongInARow == 4);
  CHECK(pin.lastWrongAt == 1'767'225'603);
  CheckEveryArchive(pin);
  // The snapshot fixture of format version 2 was written when a PIN was version 1.
  const auto bytes = ReadFileBytes(DataDir() / "snapshot_v2.bin", 1u << 20);
  REQUIRE(bytes.has_value());
  const auto loaded = LoadSnapshot(std::span<const std::uint8_t>(*bytes));
  REQUIRE(loaded.ok());
  const std::optional<PinHash>& old = loaded.value().groups[0].sellerPin;
  REQUIRE(old.has_value());
  CHECK(old->wrongInARow == 0);
  CHECK(old->lastWrongAt == 0);
  CHECK(PinRetryAt(*old) == 0);
  CHECK(VerifyPin(*old, "2468"));
  // Saved again now, the tries come back.
  AppData data = loaded.value();
  data.groups[0].sellerPin = pin;
  const std::string again = SnapshotBytes(data);
  const auto back = LoadSnapshot(std::span(reinterpret_cast<const std::uint8_t*>(again.data()), again.size()));
  REQUIRE(back.ok());
  CHECK(back.value().groups[0].sellerPin == pin);
}

TEST_CASE("three wrong PINs are free, then the wait doubles from 30 seconds up to an hour, and the right PIN ends it") {
  PinHash pin = MakePinHash("2468", std::array<std::uint8_t, 16>{});
  const Timestamp t = 1'767'225'600;
  RecordWrongPin(pin, t);
  RecordWrongPin(pin, t);
  CHECK(PinRetryAt(pin) == 0);
  RecordWrongPin(pin, t + 5);
  CHECK(PinRetryAt(pin) == t + 5 + 30);
  RecordWrongPin(pin, t + 40);
  CHECK(PinRetryAt(pin) == t + 40 + 60);
  for (int i = 0; i < 20; ++i) RecordWrongPin(pin, t + 1000);
  CHECK(PinRetryAt(pin) == t + 1000 + 3600);
  RecordRightPin(pin);
  CHECK(pin.wrongInARow == 0);
  CHECK(PinRetryAt(pin) == 0);
}

TEST_SUITE_END();
