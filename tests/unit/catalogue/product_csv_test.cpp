#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>

#include "shared/catalogue/catalogue_pack.hpp"
#include "shared/catalogue/product_csv.hpp"
#include "shared/core/csv.hpp"
#include "shared/orders/order_file.hpp"
#include "shared/orders/orders_csv.hpp"
#include "shared/storage/snapshot.hpp"
#include "shared/storage/snapshot_store.hpp"
#include "tests/fuzz/fuzz_entries.hpp"
#include "tests/unit/sample_data.hpp"

using namespace hw;

TEST_SUITE_BEGIN("catalogue");

TEST_CASE("products import from a spreadsheet, with errors naming line and column") {
  ProductCsvOptions options;
  options.groupId = "group1";
  options.defaultCurrency = "THB";
  options.now = 99;
  SUBCASE("a good sheet") {
    const std::string sheet =
        "SKU,Name,Name_th,Description,Price,Currency,Unit,Min Order,Lead time,Stock,Tags,Materials,Notes\r\n"
        "B-1,Rattan basket,ตะกร้าหวาย,Woven by hand,\"1,250.50\",,piece,5,14,,\"basket; rattan\",rattan,x\r\n"
        "B-2,Small basket,,,on request,THB,piece,,,30,,,\r\n";
    const auto result = ImportProductCsv(sheet, options);
    REQUIRE(result.ok());
    REQUIRE(result.products.size() == 2);
    const Product& a = result.products[0];
    CHECK(a.id == DerivedId("group1", "B-1"));
    CHECK(a.groupId == "group1");
    CHECK(a.name.Get("th") == "ตะกร้าหวาย");
    CHECK(a.name.Get("en") == "Rattan basket");
    CHECK(a.price == Money{125050, "THB"});
    CHECK(a.minOrder == 5);
    CHECK(a.leadTimeDays == 14);
    CHECK(a.availability == Availability::MadeToOrder);
    CHECK(a.tags == std::vector<std::string>{"basket", "rattan"});
    CHECK(a.updatedAt == 99);
    const Product& b = result.products[1];
    CHECK(b.priceOnRequest);
    CHECK(b.availability == Availability::InStock);
    CHECK(b.stockOnHand == 30);
    REQUIRE(result.warnings.size() == 1);
    CHECK(result.warnings[0].message == Msg::ErrCsvColumnUnknown);
    CHECK(result.warnings[0].field == "Notes");
  }
  SUBCASE("bad cells are reported with their line and column, good rows still come") {
    const std::string sheet =
        "sku,name,price,min_order,stock\n"
        "A,Good,10,1,\n"
        "B,Bad price,ten,1,\n"
        "C,,10,1,\n"
        "D,Negative,-5,1,\n"
        "E,Min,10,lots,\n"
        "A,Again,10,1,\n"
        "F,Stock,10,1,-3\n";
    const auto result = ImportProductCsv(sheet, options);
    CHECK_FALSE(result.ok());
    REQUIRE(result.products.size() == 1);
    CHECK(result.products[0].sku == "A");
    auto has = [&](std::size_t line, std::string_view column, Msg message) {
      return std::any_of(result.errors.begin(), result.errors.end(),
                         [&](const Error& e) { return e.line == line && e.field == column && e.message == message; });
    };
    CHECK(has(3, "price", Msg::ErrPriceInvalid));
    CHECK(has(4, "name", Msg::ErrNameMissing));
    CHECK(has(5, "price", Msg::ErrPriceNegative));
    CHECK(has(6, "min_order", Msg::ErrNumberInvalid));
    CHECK(has(7, "sku", Msg::ErrSkuDuplicate));
    CHECK(has(8, "stock", Msg::ErrStockNegative));
    CHECK(Describe(result.errors[0], Language::English) ==
          "Line 3, Field price: The price is not a valid amount (ten)");
  }
  SUBCASE("missing required columns") {
    const auto result = ImportProductCsv("title,price\nx,1\n", options);
    REQUIRE(result.errors.size() == 2);
    CHECK(result.errors[0].message == Msg::ErrCsvColumnMissing);
    CHECK(result.errors[0].field == "sku");
    CHECK(result.errors[0].line == 1);
    CHECK(result.errors[1].field == "name");
  }
  SUBCASE("an empty file") { CHECK(ImportProductCsv("", options).errors.at(0).message == Msg::ErrFileEmpty); }
  SUBCASE("a known SKU updates the existing product and keeps its photos") {
    Product existing = test::SampleProduct(test::SampleGroup());
    existing.groupId = "group1";
    existing.id = DerivedId("group1", "KQ-001");
    std::vector<Product> products = {existing};
    options.existing = products;
    const auto result = ImportProductCsv("sku,name,price,currency\nKQ-001,Quilt,99,INR\n", options);
    REQUIRE(result.ok());
    REQUIRE(result.products.size() == 1);
    CHECK(result.products[0].id == existing.id);
    CHECK(result.products[0].photos == existing.photos);
    CHECK(result.products[0].price == Money{9900, "INR"});
  }
}

TEST_CASE("a product list says what it adds and changes, and applying it touches nothing else") {
  AppData data = test::SampleData();
  const ArtisanGroup& group = data.groups[0];
  ProductCsvOptions options;
  options.groupId = group.id;
  options.defaultCurrency = "INR";
  options.existing = data.products;
  const std::string sheet = "sku,name,price\nKQ-001,Kantha quilt (new name),4600\nJB-1,Jute bag,250\n";
  const ProductCsvImport import = ImportProductCsv(sheet, options);
  REQUIRE(import.ok());
  const ProductCsvDiff diff = DiffProductCsv(data.products, import);
  CHECK(diff.added == 1);
  CHECK(diff.changed == 1);
  CHECK(diff.isNew == std::vector<bool>{false, true});
  const AppData before = data;
  ApplyProductCsv(data, import);
  CHECK(data.products.size() == before.products.size() + 1);
  CHECK(data.products[0].name.Get("en") == "Kantha quilt (new name)");
  CHECK(data.products[0].photos == before.products[0].photos);  // kept from the catalogue
  CHECK(data.products.back().sku == "JB-1");
  CHECK(data.orders == before.orders);
  CHECK(data.groups == before.groups);
}

TEST_SUITE_END();
