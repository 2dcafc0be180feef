#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>

#include "shared/catalogue/catalogue_pack.hpp"
#include "shared/catalogue/product_csv.hpp"
#include "shared/core/csv.hpp"
#include "shared/core/date.hpp"
#include "shared/orders/order_file.hpp"
#include "shared/orders/order_message.hpp"
#include "shared/orders/orders_csv.hpp"
#include "shared/storage/snapshot.hpp"
#include "shared/storage/snapshot_store.hpp"
#include "tests/fuzz/fuzz_entries.hpp"
#include "tests/unit/sample_data.hpp"

using namespace hw;

TEST_SUITE_BEGIN("orders");

TEST_CASE("orders CSV has one row per line with integer-exact amounts") {
  AppData data = test::SampleData();
  OrderRequest& order = data.orders[0];
  order.buyer.name = "@evil";
  const std::string csv = ExportOrdersCsv(data.orders, data, 0);
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
    const auto again = ReadCsv(ExportOrdersCsv(data.orders, data, 0));
    REQUIRE(again.ok());
    CHECK(again.value().rows.size() == 2);
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

TEST_CASE("an export takes the orders of one status made on the chosen days, both included") {
  const AppData data = test::SampleData();
  OrderRequest early = data.orders[0], late = data.orders[0];
  early.history = {{OrderStatus::Draft, *ParseDate("2026-11-01") + 3600, ""},
                   {OrderStatus::Sent, *ParseDate("2026-11-01") + 7200, ""}};
  late.history = {{OrderStatus::Draft, *ParseDate("2026-11-30") + 86000, ""}};
  const std::vector<const OrderRequest*> orders = {&early, &late};
  CHECK(SelectOrders(orders, {})->size() == 2);
  CHECK(SelectOrders(orders, {.from = "2026-11-02"})->size() == 1);
  CHECK(SelectOrders(orders, {.to = "2026-11-30"})->size() == 2);
  CHECK(SelectOrders(orders, {.to = "2026-11-29"})->size() == 1);
  CHECK(SelectOrders(orders, {.status = OrderStatus::Sent})->size() == 1);
  CHECK(SelectOrders(orders, {.status = OrderStatus::Shipped})->empty());
  CHECK_FALSE(SelectOrders(orders, {.from = "2026-13-01"}));
  CHECK_FALSE(SelectOrders(orders, {.to = "yesterday"}));
}

TEST_CASE("an order made just after midnight in India is that day's, in its file name, its CSV and the filter") {
  const AppData data = test::SampleData();
  OrderRequest order = data.orders[0];
  constexpr UtcOffset kIndia = 19800;
  const Timestamp night = *ParseDate("2026-12-02") + 30 * 60 - kIndia;  // 00:30 on 2 December, IST
  order.history = {{OrderStatus::Draft, night, ""}, {OrderStatus::Sent, night, ""}};
  CHECK(OrderFileStem(order, night, kIndia) == "order-2026-12-02-" + order.id.substr(0, 8));
  CHECK(OrderFileStem(order, night, 0) == "order-2026-12-01-" + order.id.substr(0, 8));  // what UTC said
  const auto table = ReadCsv(ExportOrdersCsv(std::span<const OrderRequest>(&order, 1), data, kIndia));
  REQUIRE(table.ok());
  REQUIRE(table.value().rows.size() >= 2);
  CHECK(table.value().rows[1][1] == "2026-12-02");
  const std::vector<const OrderRequest*> orders = {&order};
  CHECK(SelectOrders(orders, {.from = "2026-12-02", .to = "2026-12-02", .offset = kIndia})->size() == 1);
  CHECK(SelectOrders(orders, {.from = "2026-12-01", .to = "2026-12-01", .offset = kIndia})->empty());
}

TEST_SUITE_END();
