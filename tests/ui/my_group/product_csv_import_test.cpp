// A product list from CSV into My group, shown with what it will do before it is applied.
#include <doctest/doctest.h>

#include "tests/ui/my_group/my_group_fixture.hpp"

using namespace hw;
using namespace hw::test;

TEST_SUITE_BEGIN("my_group");

TEST_CASE("a product list from CSV shows what it adds and changes, and the errors of each row") {
  UiHarness ui(360, 2400);
  LoadSample(ui);
  OpenMyGroup(ui);
  REQUIRE(ui.Tap("mygroup.csv"));
  CHECK(ui.platform.chosenFiles.back() == "seller.csv .csv,text/csv");
  const std::string csv =
      "sku,name,price,min_order,lead_time_days\n"
      "KQ-001,Kantha quilt (new edition),4700,2,21\n"
      "BAG-9,Jute bag,250,10,7\n"
      "BAG-10,Cloth bag,cheap,10,7\n";
  Deliver(ui, "seller.csv", "products.csv", Bytes(csv));
  CHECK(Label(ui, "csv.added") == "Will be added: 1");
  CHECK(Label(ui, "csv.changed") == "Will be changed: 1");
  CHECK(Label(ui, "csv.error.0").find("Line 4") != std::string::npos);
  CHECK(Label(ui, "csv.error.0").find("price") != std::string::npos);
  const std::size_t before = ui.state.data.products.size();
  REQUIRE(ui.Tap("csv.apply"));
  CHECK(ui.state.data.products.size() == before + 1);
  CHECK(ui.state.data.FindProduct(ui.state.data.products[0].id)->name.Get("en") == "Kantha quilt (new edition)");
  CHECK(Label(ui, "mygroup.message") == "Products added or changed: 2");
}

TEST_SUITE_END();
