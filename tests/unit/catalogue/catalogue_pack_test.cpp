#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>

#include "shared/catalogue/catalogue_pack.hpp"
#include "shared/catalogue/product_csv.hpp"
#include "shared/core/csv.hpp"
#include "shared/media/photo.hpp"
#include "shared/orders/order_file.hpp"
#include "shared/orders/orders_csv.hpp"
#include "shared/storage/snapshot.hpp"
#include "shared/storage/snapshot_store.hpp"
#include "tests/fuzz/fuzz_entries.hpp"
#include "tests/unit/sample_data.hpp"

using namespace hw;

TEST_SUITE_BEGIN("catalogue");

namespace {

// The sample with real pictures: its own are placeholders, which an import leaves out.
AppData WithPictures(AppData data) {
  data.groups[0].logo = SwatchPhoto({SwatchPattern::Checks, {{200, 40, 40}, {240, 240, 240}}, 1}, 64);
  for (Product& product : data.products)
    product.photos = {SwatchPhoto({SwatchPattern::Stripes, {{20, 90, 160}, {250, 220, 120}}, 2}, 128)};
  return data;
}

}  // namespace

TEST_CASE("a catalogue pack exports a group and imports back") {
  const AppData data = WithPictures(test::SampleData());
  const std::string json = ExportCataloguePack(data, data.groups[0].id, 5);
  REQUIRE_FALSE(json.empty());
  CHECK(json.find(data.groups[0].sellerPin->hashHex) == std::string::npos);  // the PIN stays home
  const auto pack = ImportCataloguePack(json);
  REQUIRE(pack.ok());
  CHECK(pack.value().exportedAt == 5);
  CHECK(pack.value().products.size() == 1);
  CHECK(pack.value().products[0].photos == data.products[0].photos);
  CHECK(ExportCataloguePack(data, "unknown", 5).empty());
}

TEST_CASE("catalogue pack import errors are readable") {
  const AppData data = test::SampleData();
  const std::string json = ExportCataloguePack(data, data.groups[0].id, 5);
  auto replaced = [&](std::string_view from, std::string_view to) {
    std::string text = json;
    const auto at = text.find(from);
    REQUIRE(at != std::string::npos);
    text.replace(at, from.size(), to);
    return text;
  };
  CHECK(ImportCataloguePack("").error().message == Msg::ErrFileEmpty);
  CHECK(ImportCataloguePack("not json").error().message == Msg::ErrFileDamaged);
  CHECK(ImportCataloguePack(json.substr(0, json.size() / 2)).error().message == Msg::ErrFileDamaged);
  CHECK(ImportCataloguePack("{\"orderRequest\": {}}").error().message == Msg::ErrFileWrongKind);
  CHECK(ImportCataloguePack(replaced("homeworks-catalogue", "homeworks-order")).error().message ==
        Msg::ErrFileWrongKind);
  CHECK(ImportCataloguePack(replaced("\"formatVersion\": 1", "\"formatVersion\": 2")).error().message ==
        Msg::ErrFileNewerVersion);
  SUBCASE("a missing field is named") {
    const auto result = ImportCataloguePack(replaced("\"sku\"", "\"skew\""));
    CHECK(result.error().message == Msg::ErrFieldMissing);
    CHECK(result.error().field == "sku");
  }
  SUBCASE("a value of the wrong type names its field") {
    const auto result = ImportCataloguePack(replaced("\"minOrder\": 2", "\"minOrder\": \"two\""));
    CHECK(result.error().message == Msg::ErrValueInvalid);
    CHECK(result.error().field == "minOrder");
  }
  SUBCASE("a rule broken inside the pack names the product field") {
    const auto result = ImportCataloguePack(replaced("\"minOrder\": 2", "\"minOrder\": 0"));
    CHECK(result.error().message == Msg::ErrMinimumOrderInvalid);
    CHECK(result.error().field == "products[0].minOrder");
  }
  SUBCASE("a photo that is not base64") {
    const auto result = ImportCataloguePack(replaced("\"base64\": \"", "\"base64\": \"!"));
    CHECK_FALSE(result.ok());
  }
  SUBCASE("fractions, exponents and over-long numbers are refused before parsing") {
    CHECK(ImportCataloguePack(replaced("\"minOrder\": 2", "\"minOrder\": 2.5")).error().message ==
          Msg::ErrNumberInvalid);
    CHECK(ImportCataloguePack(replaced("\"minOrder\": 2", "\"minOrder\": 0e151")).error().message ==
          Msg::ErrNumberInvalid);
    CHECK(ImportCataloguePack(replaced("\"minOrder\": 2", "\"minOrder\": 123456789012345678901234")).error().message ==
          Msg::ErrNumberInvalid);
    CHECK(ImportCataloguePack(replaced("\"minOrder\": 2", "\"minOrder\": 99999999999")).error().message ==
          Msg::ErrValueInvalid);  // a whole number, but not a uint32
  }
  SUBCASE("deep nesting is refused before parsing") {
    const std::string deep = std::string(100000, '[') + std::string(100000, ']');
    CHECK(ImportCataloguePack(deep).error().message == Msg::ErrFileDamaged);
  }
}

TEST_CASE("importing a catalogue shows the changes and touches no order") {
  AppData data = WithPictures(test::SampleData());
  const std::string groupId = data.groups[0].id;
  auto pack = ImportCataloguePack(ExportCataloguePack(data, groupId, 5));
  REQUIRE(pack.ok());
  CataloguePack incoming = pack.value();

  SUBCASE("the same pack changes nothing") { CHECK(DiffCatalogue(data, incoming).Empty()); }
  SUBCASE("into an empty app: a new group with added products") {
    const auto diff = DiffCatalogue(AppData{}, incoming);
    CHECK(diff.newGroup);
    CHECK(diff.added.size() == 1);
    AppData fresh;
    ApplyCatalogue(fresh, incoming);
    CHECK(fresh.groups.size() == 1);
    CHECK(fresh.products.size() == 1);
  }
  SUBCASE("added, changed and removed products") {
    data.products.push_back(data.products[0]);
    data.products.back().id = "local-only";
    data.products.back().sku = "LOCAL";
    incoming.products[0].price.minor += 100;
    Product added = incoming.products[0];
    added.id = "brand-new";
    added.sku = "NEW";
    incoming.products.push_back(added);
    incoming.group.region = "Birbhum";
    const auto diff = DiffCatalogue(data, incoming);
    CHECK(diff.groupChanged);
    CHECK(diff.added == std::vector<Id>{"brand-new"});
    CHECK(diff.changed == std::vector<Id>{data.products[0].id});
    CHECK(diff.removed == std::vector<Id>{"local-only"});

    const auto ordersBefore = data.orders;
    const auto pinBefore = data.groups[0].sellerPin;
    ApplyCatalogue(data, incoming);
    CHECK(data.orders == ordersBefore);
    CHECK(data.groups[0].sellerPin == pinBefore);
    CHECK(data.groups[0].region == "Birbhum");
    CHECK(data.FindProduct("local-only")->archived);
    CHECK(data.FindProduct("brand-new") != nullptr);
    CHECK(data.FindProduct(incoming.products[0].id)->price.minor == incoming.products[0].price.minor);
    CHECK(DiffCatalogue(data, incoming).Empty());
  }
  SUBCASE("a pack cannot take over another group's product") {
    AppData other;
    ArtisanGroup someoneElse = test::SampleGroup();
    someoneElse.id = "someone-else";
    other.groups.push_back(someoneElse);
    Product theirs = incoming.products[0];
    theirs.groupId = someoneElse.id;
    theirs.sku = "THEIRS";
    other.products.push_back(theirs);
    const auto diff = DiffCatalogue(other, incoming);
    CHECK(diff.conflicts == std::vector<Id>{theirs.id});
    CHECK(diff.added.empty());
    ApplyCatalogue(other, incoming);
    CHECK(other.products.size() == 1);
    CHECK(other.products[0] == theirs);
  }
}

TEST_SUITE_END();
