#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>

#include "shared/catalogue_pack.hpp"
#include "shared/csv.hpp"
#include "shared/order_file.hpp"
#include "shared/orders_csv.hpp"
#include "shared/product_csv_import.hpp"
#include "shared/snapshot.hpp"
#include "shared/snapshot_store.hpp"
#include "tests/fuzz/fuzz_entries.hpp"
#include "tests/unit/sample_data.hpp"

using namespace hw;

TEST_CASE("CSV cells with separators, quotes and line breaks read back as written") {
  const std::vector<CsvRow> rows = {{"plain", "with,comma", "with \"quote\"", "two\r\nlines", ""},
                                    {"কাঁথা", "ผ้าไหม", "Kāntha; quilt", " spaced ", "last"}};
  const std::string text = WriteCsv(rows);
  CHECK(text.find("\"with,comma\"") != std::string::npos);
  CHECK(text.find("\"with \"\"quote\"\"\"") != std::string::npos);
  const auto table = ReadCsv(text);
  REQUIRE(table.ok());
  CHECK(table.value().rows == rows);
  CHECK(table.value().lines == std::vector<std::size_t>{1, 3});
}

TEST_CASE("the CSV reader accepts what spreadsheets write and reports where it fails") {
  SUBCASE("byte-order mark, LF line ends, blank lines, no final line end") {
    const auto table = ReadCsv("\xEF\xBB\xBFsku,name\nA,One\n\nB,Two");
    REQUIRE(table.ok());
    REQUIRE(table.value().rows.size() == 3);
    CHECK(table.value().rows[0][0] == "sku");
    CHECK(table.value().rows[2] == CsvRow{"B", "Two"});
    CHECK(table.value().lines[2] == 4);
  }
  SUBCASE("semicolons when the header uses them") {
    const auto table = ReadCsv("sku;name;price\nA;One;1,50\n");
    REQUIRE(table.ok());
    CHECK(table.value().rows[1] == CsvRow{"A", "One", "1,50"});
  }
  SUBCASE("an unclosed quote names the line where it opened") {
    const auto table = ReadCsv("a,b\nc,\"open\nmore\n");
    REQUIRE_FALSE(table.ok());
    CHECK(table.error().message == Msg::ErrCsvQuoteUnclosed);
    CHECK(table.error().line == 2);
  }
  SUBCASE("too many rows") {
    CsvLimits limits;
    limits.maxRows = 2;
    CHECK(ReadCsv("a\nb\nc\n", ',', limits).error().message == Msg::ErrTooManyItems);
  }
}

TEST_CASE("formula-like cells are neutralised and read back as text") {
  for (const std::string cell : {"=HYPERLINK(\"x\")", "+1", "-2", "@SUM(A1)", "\tx", "\rx"}) {
    CAPTURE(cell);
    const std::string safe = NeutraliseFormula(cell);
    CHECK(safe == "'" + cell);
    const auto table = ReadCsv(WriteCsv({{safe}}));
    REQUIRE(table.ok());
    CHECK(table.value().rows[0][0] == safe);
  }
  CHECK(NeutraliseFormula("plain") == "plain");
  CHECK(NeutraliseFormula("") == "");
}

TEST_CASE("orders CSV has one row per line with integer-exact amounts") {
  AppData data = test::SampleData();
  OrderRequest& order = data.orders[0];
  order.buyer.name = "@evil";
  const std::string csv = ExportOrdersCsv(data.orders, data);
  const auto table = ReadCsv(csv);
  REQUIRE(table.ok());
  const auto& rows = table.value().rows;
  REQUIRE(rows.size() == 1 + order.lines.size());
  CHECK(rows[0] == OrdersCsvHeader());
  const CsvRow& first = rows[1];
  REQUIRE(first.size() == 14);
  CHECK(first[0] == order.id);
  CHECK(first[1] == "2025-10-10");
  CHECK(first[2] == "sent");
  CHECK(first[3] == "'@evil (Fair Shop Manila)");
  CHECK(first[4] == "'+63 900 000 0000 / ana@example.org");  // a leading + would run as a formula
  CHECK(first[5] == "Sabala Kantha Collective");
  CHECK(first[6] == "KQ-001-R");
  CHECK(first[7] == "Kāntha quilt");
  CHECK(first[8] == "Red, single");
  CHECK(first[9] == "3");
  CHECK(first[10] == "4200.00");
  CHECK(first[11] == "12600.00");
  CHECK(first[12] == "INR");
  CHECK(first[13] == "'=SUM(A1) \"gift\", please");
  const CsvRow& onRequest = rows[2];
  CHECK(onRequest[10].empty());
  CHECK(onRequest[11].empty());

  SUBCASE("an order without lines still has a row") {
    order.lines.clear();
    const auto again = ReadCsv(ExportOrdersCsv(data.orders, data));
    REQUIRE(again.ok());
    CHECK(again.value().rows.size() == 2);
  }
}

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
      return std::any_of(result.errors.begin(), result.errors.end(), [&](const Error& e) {
        return e.line == line && e.field == column && e.message == message;
      });
    };
    CHECK(has(3, "price", Msg::ErrPriceInvalid));
    CHECK(has(4, "name", Msg::ErrNameMissing));
    CHECK(has(5, "price", Msg::ErrPriceNegative));
    CHECK(has(6, "min_order", Msg::ErrNumberInvalid));
    CHECK(has(7, "sku", Msg::ErrSkuDuplicate));
    CHECK(has(8, "stock", Msg::ErrStockNegative));
    CHECK(Describe(result.errors[0], Language::English) == "Line 3, Field price: The price is not a valid amount (ten)");
  }
  SUBCASE("missing required columns") {
    const auto result = ImportProductCsv("title,price\nx,1\n", options);
    REQUIRE(result.errors.size() == 2);
    CHECK(result.errors[0].message == Msg::ErrCsvColumnMissing);
    CHECK(result.errors[0].field == "sku");
    CHECK(result.errors[0].line == 1);
    CHECK(result.errors[1].field == "name");
  }
  SUBCASE("an empty file") {
    CHECK(ImportProductCsv("", options).errors.at(0).message == Msg::ErrFileEmpty);
  }
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

TEST_CASE("a catalogue pack exports a group and imports back") {
  const AppData data = test::SampleData();
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
  CHECK(ImportCataloguePack(replaced("homeworks-catalogue", "homeworks-order")).error().message == Msg::ErrFileWrongKind);
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
    CHECK(ImportCataloguePack(replaced("\"minOrder\": 2", "\"minOrder\": 2.5")).error().message == Msg::ErrNumberInvalid);
    CHECK(ImportCataloguePack(replaced("\"minOrder\": 2", "\"minOrder\": 0e151")).error().message == Msg::ErrNumberInvalid);
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
  AppData data = test::SampleData();
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

TEST_CASE("an order file goes from buyer to group once") {
  const AppData buyerSide = test::SampleData();
  const OrderRequest& sent = buyerSide.orders[0];
  const std::string json = ExportOrderFile(sent, buyerSide.groups[0].name, 7);
  const auto file = ImportOrderFile(json);
  REQUIRE(file.ok());
  CHECK(file.value().order == sent);

  AppData groupSide;
  CHECK(AddImportedOrder(groupSide, file.value().order, 1000) == OrderImport::Added);
  REQUIRE(groupSide.orders.size() == 1);
  CHECK(groupSide.orders[0].Status() == OrderStatus::Received);
  CHECK(groupSide.orders[0].history.back().at == 1000);
  CHECK(AddImportedOrder(groupSide, file.value().order, 2000) == OrderImport::Duplicate);
  CHECK(groupSide.orders.size() == 1);

  SUBCASE("broken files are refused with a reason") {
    CHECK(ImportOrderFile(ExportCataloguePack(buyerSide, buyerSide.groups[0].id, 1)).error().message ==
          Msg::ErrFileWrongKind);
    std::string bad = json;
    const auto at = bad.find("\"quantity\": 3");
    REQUIRE(at != std::string::npos);
    bad.replace(at, 13, "\"quantity\": 0");
    const auto result = ImportOrderFile(bad);
    CHECK(result.error().message == Msg::ErrQuantityInvalid);
    CHECK(result.error().field == "order.lines[0].quantity");
    std::string badStatus = json;
    const auto s = badStatus.find("\"status\": 1");
    REQUIRE(s != std::string::npos);
    badStatus.replace(s, 11, "\"status\": 99");
    CHECK(ImportOrderFile(badStatus).error().message == Msg::ErrValueInvalid);
  }
}

// Inputs that once made a loader misbehave (kept by the fuzzers under
// tests/fuzz/corpus) must now give an error or a valid state.
TEST_CASE("every kept fuzzing input is handled") {
  namespace fs = std::filesystem;
  const fs::path corpus = fs::path(__FILE__).parent_path().parent_path() / "fuzz" / "corpus";
  REQUIRE(fs::exists(corpus));
  std::size_t inputs = 0;
  for (const auto& entry : fs::recursive_directory_iterator(corpus)) {
    if (!entry.is_regular_file()) continue;
    const auto bytes = ReadFileBytes(entry.path(), 8u * 1024 * 1024);
    REQUIRE(bytes.has_value());
    const std::string text(bytes->begin(), bytes->end());
    const std::string target = entry.path().parent_path().filename().string();
    ++inputs;
    CAPTURE(entry.path().string());
    if (target == "snapshot") CHECK(fuzz::Snapshot(*bytes));
    else if (target == "catalogue_pack") CHECK(fuzz::CatalogueImport(text));
    else if (target == "order_file") CHECK(fuzz::OrderImport(text));
    else if (target == "product_csv") CHECK(fuzz::ProductCsv(text));
    else if (target == "lesson_pack") CHECK(fuzz::LessonPackImport(text));
    else FAIL("a corpus folder without a target: " << target);
  }
  CHECK(inputs > 0);
}
