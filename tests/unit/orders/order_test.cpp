#include <doctest/doctest.h>

#include <algorithm>
#include <array>
#include <string>
#include <vector>

#include "shared/core/base64.hpp"
#include "shared/core/hash.hpp"
#include "shared/core/validation.hpp"
#include "shared/model.hpp"
#include "tests/unit/sample_data.hpp"

using namespace hw;

TEST_SUITE_BEGIN("orders");

TEST_CASE("order status follows only the allowed transitions") {
  using S = OrderStatus;
  const std::vector<std::pair<S, S>> allowed = {
      {S::Draft, S::Sent},         {S::Sent, S::Received},         {S::Received, S::Accepted},
      {S::Received, S::Declined},  {S::Accepted, S::InProduction}, {S::InProduction, S::Shipped},
      {S::Shipped, S::Completed},  {S::Draft, S::Cancelled},       {S::Sent, S::Cancelled},
      {S::Received, S::Cancelled}, {S::Accepted, S::Cancelled},    {S::InProduction, S::Cancelled}};
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

TEST_CASE("an order is checked against the catalogue") {
  AppData data = test::SampleData();
  OrderRequest order = data.orders[0];
  REQUIRE(Validate(order, data.products).empty() == false);  // the scarf line is archived
  order.lines.pop_back();
  REQUIRE(Validate(order, data.products).empty());

  SUBCASE("quantity below the minimum order, summed over variants") {
    order.lines[0].quantity = 1;
    CHECK(test::HasError(Validate(order, data.products), "lines[0].quantity", Msg::ErrQuantityBelowMinimum));
    AddLine(order, data.products[0], data.products[0].variants[1].id, 1, "en");
    CHECK(Validate(order, data.products).empty());
  }
  SUBCASE("unknown product and variant") {
    order.lines[0].variantId = "gone";
    CHECK(test::HasError(Validate(order, data.products), "lines[0].variantId", Msg::ErrVariantUnknown));
    order.lines[0].productId = "gone";
    CHECK(test::HasError(Validate(order, data.products), "lines[0].productId", Msg::ErrProductUnknown));
  }
  SUBCASE("archived product and another group's product") {
    data.products[0].archived = true;
    data.products[0].groupId = "other";
    const auto errors = Validate(order, data.products);
    CHECK(test::HasError(errors, "lines[0].productId", Msg::ErrProductArchived));
    CHECK(test::HasError(errors, "lines[0].productId", Msg::ErrProductOtherGroup));
  }
  SUBCASE("more than the stock of an in-stock product") {
    data.products[0].availability = Availability::InStock;
    data.products[0].variants[0].stock = 2;
    CHECK(test::HasError(Validate(order, data.products), "lines[0].quantity", Msg::ErrQuantityAboveStock));
  }
  SUBCASE("currency mismatch") {
    order.currency = "USD";
    CHECK(test::HasError(Validate(order, data.products), "lines[0].currency", Msg::ErrCurrencyMismatch));
  }
  SUBCASE("shape: empty order, zero quantity, overflowing total, bad history") {
    OrderRequest bad = order;
    bad.lines.clear();
    CHECK(test::HasError(ValidateShape(bad), "lines", Msg::ErrOrderEmpty));
    bad = order;
    bad.lines[0].quantity = 0;
    CHECK(test::HasError(ValidateShape(bad), "lines[0].quantity", Msg::ErrQuantityInvalid));
    bad = order;
    bad.lines[0].unitPriceMinor = Limits::kPriceMinor;
    bad.lines[0].quantity = Limits::kQuantity;
    bad.lines.push_back(bad.lines[0]);
    bad.lines.push_back(bad.lines[0]);
    bad.lines.push_back(bad.lines[0]);
    bad.lines.push_back(bad.lines[0]);
    bad.lines.push_back(bad.lines[0]);
    bad.lines.push_back(bad.lines[0]);
    bad.lines.push_back(bad.lines[0]);
    bad.lines.push_back(bad.lines[0]);
    bad.lines.push_back(bad.lines[0]);
    CHECK(test::HasError(ValidateShape(bad), "lines", Msg::ErrTotalTooLarge));
    bad = order;
    bad.history.push_back({OrderStatus::Completed, 5});
    CHECK(test::HasError(ValidateShape(bad), "history[2]", Msg::ErrStatusChangeNotAllowed));
    bad.buyer.email = bad.buyer.phone = "";
    CHECK(test::HasError(ValidateShape(bad), "buyer", Msg::ErrContactMissing));
  }
}

TEST_SUITE_END();
