// The order inbox: order files in, statuses with notes, what to make, the chart and
// the orders as CSV.
#include <doctest/doctest.h>

#include "shared/core/csv.hpp"
#include "shared/orders/order_file.hpp"
#include "tests/ui/my_group/my_group_fixture.hpp"

using namespace hw;
using namespace hw::test;

namespace {

// The sample order as the buyer's phone sends it, with another id when asked.
std::vector<std::uint8_t> OrderFileBytes(const AppData& data, std::string_view id = {}, std::uint32_t quantity = 3) {
  OrderRequest order = SampleData().orders[0];
  if (!id.empty()) order.id = std::string(id);
  order.lines[0].quantity = quantity;
  return Bytes(ExportOrderFile(order, data.groups[0].name, 1'760'100'200));
}

void OpenInbox(UiHarness& ui) {
  LoadSample(ui, /*withOrders=*/false);
  ui.platform.now = 1'760'200'000;  // a day after the sample order was made
  OpenMyGroup(ui);
  REQUIRE(ui.Tap("mygroup.inbox"));
}

}  // namespace

TEST_SUITE_BEGIN("my_group");

TEST_CASE("several order files are imported at once; duplicates and bad files are named") {
  UiHarness ui(360, 2400);
  OpenInbox(ui);
  CHECK(ui.Find("inbox.none") != nullptr);
  REQUIRE(ui.Tap("inbox.import"));
  CHECK(ui.platform.chosenFiles.back() == "seller.orders .json,application/json;multiple");
  const AppData& data = ui.state.data;
  ui.state.incoming.push_back({FilePurpose::GroupOrders, "order-ana.json", OrderFileBytes(data), ""});
  ui.state.incoming.push_back(
      {FilePurpose::GroupOrders, "order-ben.json", OrderFileBytes(data, "0123456789abcdef0123456789abcdef", 5), ""});
  ui.state.incoming.push_back({FilePurpose::GroupOrders, "order-ana (1).json", OrderFileBytes(data), ""});
  ui.state.incoming.push_back({FilePurpose::GroupOrders, "photo.jpg", Bytes("\xFF\xD8 not json"), ""});
  OrderRequest other = SampleData().orders[0];
  other.id = "fedcba9876543210fedcba9876543210";
  other.groupId = "99999999999999999999999999999999";
  ui.state.incoming.push_back(
      {FilePurpose::GroupOrders, "other.json", Bytes(ExportOrderFile(other, "Hill Weavers", 1)), ""});
  ui.Frame();
  ui.Frame();
  CHECK(Label(ui, "inbox.log.0") == "order-ana.json: order from Ana Reyes added");
  CHECK(Label(ui, "inbox.log.1") == "order-ben.json: order from Ana Reyes added");
  CHECK(Label(ui, "inbox.log.2") == "order-ana (1).json: This order was already imported");
  CHECK(Label(ui, "inbox.log.3").find("photo.jpg: ") == 0);
  CHECK(Label(ui, "inbox.log.4") == "other.json: this order is for another group (Hill Weavers)");
  REQUIRE(data.orders.size() == 2);
  CHECK(data.orders[0].Status() == OrderStatus::Received);
  CHECK(data.orders[0].history.back().at == ui.platform.now);
  CHECK(ui.Find("inbox.order." + data.orders[0].id) != nullptr);
  CHECK(Label(ui, "inbox.order." + data.orders[0].id).find("Received") != std::string::npos);
  // Both orders were made this week: the chart's last bar counts them.
  CHECK(Label(ui, "inbox.chart.week.7").find(": 2") != std::string::npos);
  CHECK(Label(ui, "inbox.chart.week.6").find(": 0") != std::string::npos);
  CHECK(Label(ui, "inbox.chart.top.0") == "Kāntha quilt: 8");
  CHECK(Label(ui, "inbox.chart.top.1") == "Silk scarf: 2");
}

TEST_CASE("an order moves only through its allowed statuses, each with its note") {
  UiHarness ui(360, 2400);
  OpenInbox(ui);
  Deliver(ui, "seller.orders", "order.json", OrderFileBytes(ui.state.data));
  REQUIRE(ui.state.data.orders.size() == 1);
  const Id id = ui.state.data.orders[0].id;
  CHECK(ui.Find("inbox.summary.none") != nullptr);
  REQUIRE(ui.Tap("inbox.order." + id));
  CHECK(Label(ui, "order.status") == "Status: Received");
  CHECK(Label(ui, "order.line.0").find("3 × Kāntha quilt (Red, single)") == 0);
  CHECK(ui.Find("order.status.accepted") != nullptr);
  CHECK(ui.Find("order.status.declined") != nullptr);
  CHECK(ui.Find("order.status.cancelled") != nullptr);
  CHECK(ui.Find("order.status.shipped") == nullptr);
  CHECK(ui.Find("order.status.completed") == nullptr);
  REQUIRE(ui.Type("order.note", "Ready by 10 December, paid half in advance"));
  ui.CloseKeyboard();
  REQUIRE(ui.Tap("order.status.accepted"));
  const OrderRequest& order = ui.state.data.orders[0];
  CHECK(order.Status() == OrderStatus::Accepted);
  CHECK(order.history.back().note == "Ready by 10 December, paid half in advance");
  CHECK(Label(ui, "order.history.3").find("Accepted · Ready by 10 December") != std::string::npos);
  CHECK(ui.Find("order.status.declined") == nullptr);
  CHECK(ui.Find("order.status.in-production") != nullptr);
  REQUIRE(ui.Tap("nav.back"));
  CHECK(Label(ui, "inbox.summary.0") == "Kāntha quilt (Red, single): 3");
  CHECK(Label(ui, "inbox.summary.1") == "Silk scarf: 1");
}

TEST_CASE("orders are exported as CSV, filtered by status and dates") {
  UiHarness ui(360, 2400);
  OpenInbox(ui);
  ui.state.incoming.push_back({FilePurpose::GroupOrders, "a.json", OrderFileBytes(ui.state.data), ""});
  ui.state.incoming.push_back(
      {FilePurpose::GroupOrders, "b.json", OrderFileBytes(ui.state.data, "0123456789abcdef0123456789abcdef"), ""});
  ui.Frame();
  REQUIRE(ui.state.data.orders.size() == 2);
  REQUIRE(!ui.state.data.orders[0].ChangeStatus(OrderStatus::Accepted, ui.platform.now));
  ui.state.Changed();
  ui.Frame();

  SUBCASE("every order") {
    REQUIRE(ui.Tap("inbox.csv.export"));
    REQUIRE(ui.platform.downloads.size() == 1);
    const auto& file = ui.platform.downloads[0];
    CHECK(file.mimeType == "text/csv");
    CHECK(file.name.find("orders-") == 0);
    auto rows = ReadCsv(std::string_view(reinterpret_cast<const char*>(file.bytes.data()), file.bytes.size()));
    REQUIRE(rows.ok());
    CHECK(rows.value().rows.size() == 1 + 4);  // header, two lines per order
    CHECK(Label(ui, "inbox.message") == "Orders saved: 2");
  }
  SUBCASE("accepted only") {
    REQUIRE(ui.Tap("inbox.csv.status"));  // every status -> received
    REQUIRE(ui.Tap("inbox.csv.status"));  // -> accepted
    CHECK(Label(ui, "inbox.csv.status") == "Status: Accepted");
    REQUIRE(ui.Tap("inbox.csv.export"));
    REQUIRE(ui.platform.downloads.size() == 1);
    const auto& file = ui.platform.downloads[0];
    auto rows = ReadCsv(std::string_view(reinterpret_cast<const char*>(file.bytes.data()), file.bytes.size()));
    REQUIRE(rows.ok());
    CHECK(rows.value().rows.size() == 1 + 2);
    CHECK(Label(ui, "inbox.message") == "Orders saved: 1");
  }
  SUBCASE("dates that hold no order, and a date that is not one") {
    REQUIRE(ui.Type("inbox.csv.from", "2026-01-01"));
    ui.CloseKeyboard();
    REQUIRE(ui.Tap("inbox.csv.export"));
    CHECK(ui.platform.downloads.empty());
    CHECK(Label(ui, "inbox.csv.error") == "No orders match this status and these dates.");
    REQUIRE(ui.Type("inbox.csv.from", "2025-13-45"));
    ui.CloseKeyboard();
    REQUIRE(ui.Tap("inbox.csv.export"));
    CHECK(ui.platform.downloads.empty());
    CHECK(Label(ui, "inbox.csv.error") == "The date is not valid");
  }
}

TEST_CASE("the orders-per-week chart names each week by its Monday, in the person's language") {
  UiHarness ui(360, 2400);
  OpenInbox(ui);  // Saturday 11 October 2025
  Deliver(ui, "seller.orders", "order.json", OrderFileBytes(ui.state.data));
  CHECK(Label(ui, "inbox.chart.weeks.note") == "Each row is one week, starting on the Monday shown");
  // Eight weeks, the first with its year, the last (this week) holding the order.
  CHECK(Label(ui, "inbox.chart.week.0") == "18 Aug 2025: 0");
  CHECK(Label(ui, "inbox.chart.week.1") == "25 Aug: 0");
  CHECK(Label(ui, "inbox.chart.week.6") == "29 Sept: 0");
  CHECK(Label(ui, "inbox.chart.week.7") == "6 Oct: 1");
  SUBCASE("in Thai") {
    ui.state.language = Language::Thai;
    ui.Frame();
    ui.Frame();
    CHECK(Label(ui, "inbox.chart.week.0") == "18 ส.ค. 2568: 0");  // the Buddhist era's year
    CHECK(Label(ui, "inbox.chart.week.7") == "6 ต.ค.: 1");
  }
  SUBCASE("in Bengali, with Bengali digits") {
    ui.state.language = Language::Bengali;
    ui.Frame();
    ui.Frame();
    CHECK(Label(ui, "inbox.chart.week.7") == "৬ অক্টো: ১");
  }
  SUBCASE("a new year is shown where it starts") {
    ui.platform.now = 1'768'435'200;  // Thursday 15 January 2026
    ui.Frame();
    ui.Frame();
    CHECK(Label(ui, "inbox.chart.week.0") == "24 Nov 2025: 0");
    CHECK(Label(ui, "inbox.chart.week.5") == "29 Dec: 0");
    CHECK(Label(ui, "inbox.chart.week.6") == "5 Jan 2026: 0");
    CHECK(Label(ui, "inbox.chart.week.7") == "12 Jan: 0");
  }
}

TEST_SUITE_END();
