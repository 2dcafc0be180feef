// The buyer's rules for a draft order request (shared/orders/order_draft.hpp) and how
// it leaves the phone (shared/orders/order_message.hpp).
#include <doctest/doctest.h>

#include <string>

#include "shared/i18n/translations.hpp"
#include "shared/orders/order_draft.hpp"
#include "shared/orders/order_message.hpp"
#include "tests/unit/sample_data.hpp"

using namespace hw;

namespace {

// The sample quilt (minimum order 2, made to order) and an in-stock tray of 5 pieces,
// with a draft for the group that asks for one quilt.
AppData DraftData() {
  AppData data = test::SampleData();
  data.orders.clear();
  Product tray = data.products[0];
  tray.id = test::TestId(40);
  tray.sku = "TR-1";
  tray.variants.clear();
  tray.availability = Availability::InStock;
  tray.stockOnHand = 5;
  tray.minOrder = 1;
  data.products.push_back(tray);
  OrderRequest draft = NewOrder(test::TestId(41), data.groups[0], {}, "INR", 1'760'000'000);
  AddLine(draft, data.products[0], "", 1, "en");
  data.orders.push_back(draft);
  return data;
}

}  // namespace

TEST_SUITE_BEGIN("orders");

TEST_CASE("a group has one draft, and the quantity asked is summed over the product's lines") {
  AppData data = DraftData();
  OrderRequest* draft = DraftFor(data, data.groups[0].id);
  REQUIRE(draft);
  CHECK(DraftFor(data, test::TestId(99)) == nullptr);
  AddLine(*draft, data.products[0], data.products[0].variants[0].id, 4, "en");
  CHECK(QuantityInOrder(draft, data.products[0].id) == 5);
  CHECK(QuantityInOrder(nullptr, data.products[0].id) == 0);
  (void)draft->ChangeStatus(OrderStatus::Sent, 1'760'000'100);
  CHECK(DraftFor(data, data.groups[0].id) == nullptr);  // a sent request is no longer the draft
}

TEST_CASE("a quantity is whole digits from 1 to a million") {
  CHECK(ParseQuantity("12") == 12u);
  CHECK(ParseQuantity("1000000") == 1'000'000u);
  CHECK_FALSE(ParseQuantity("0"));
  CHECK_FALSE(ParseQuantity("1000001"));
  CHECK_FALSE(ParseQuantity("-3"));
  CHECK_FALSE(ParseQuantity("2.5"));
  CHECK_FALSE(ParseQuantity(""));
  CHECK_FALSE(ParseQuantity("9999999999"));
}

TEST_CASE("the minimum order counts what the draft already asks for; the stock what the line asks for") {
  AddBuiltInTranslations();
  const AppData data = DraftData();
  const Product& quilt = data.products[0];
  const Product& tray = data.products[2];
  // One quilt is in the draft: one more reaches the minimum of two.
  CHECK_FALSE(CheckQuantity(data, quilt, nullptr, "1", Language::English));
  AppData empty = DraftData();
  empty.orders.clear();
  const auto below = CheckQuantity(empty, quilt, nullptr, "1", Language::English);
  REQUIRE(below);
  CHECK(below->message == Msg::ErrQuantityBelowMinimum);
  CHECK(below->detail == "Minimum order: 2 piece");
  const auto stock = CheckQuantity(data, tray, nullptr, "6", Language::English);
  REQUIRE(stock);
  CHECK(stock->message == Msg::ErrQuantityAboveStock);
  CHECK(stock->detail == "In stock: 5");
  CHECK(CheckQuantity(data, tray, nullptr, "x", Language::English)->message == Msg::ErrQuantityInvalid);
  SUBCASE("the detail is in the person's language and digits") {
    const auto bengali = CheckQuantity(empty, quilt, nullptr, "1", Language::Bengali);
    REQUIRE(bengali);
    CHECK(bengali->detail.find("২") != std::string::npos);
  }
}

TEST_CASE("on the review a line's range runs from the minimum left by the other lines to the stock") {
  AppData data = DraftData();
  OrderRequest& draft = data.orders[0];
  AddLine(draft, data.products[0], data.products[0].variants[0].id, 1, "en");
  CHECK(LineQuantityRange(data, draft, 0).lowest == 1);  // the other line asks for 1 of the 2
  CHECK(LineQuantityRange(data, draft, 0).highest == Limits::kQuantity);
  AddLine(draft, data.products[2], "", 2, "en");
  CHECK(LineQuantityRange(data, draft, 2).highest == 5);
  CHECK(CheckLineQuantity(data, draft, 2, "6", Language::English)->message == Msg::ErrQuantityAboveStock);
  CHECK_FALSE(CheckLineQuantity(data, draft, 2, "5", Language::English));
}

TEST_CASE("an order leaves as files named by its day and id, and as a readable text with links") {
  AddBuiltInTranslations();
  const AppData data = test::SampleData();
  const OrderRequest& order = data.orders[0];
  CHECK(OrderFileStem(order, 1'760'100'100, 0) == "order-2025-10-10-" + order.id.substr(0, 8));
  const std::string text = OrderSummary(data, order, Language::English);
  CHECK(text.starts_with("Order request from the Homeworks app - Sabala Kantha Collective\n"));
  CHECK(text.find("- 3 x Kāntha quilt (Red, single) [KQ-001-R]: ₹12,600.00") != std::string::npos);
  CHECK(text.find("Silk scarf [SC-7]: Price on request") != std::string::npos);
  CHECK(text.find("From: Ana Reyes, Fair Shop Manila") != std::string::npos);
  const std::string link = WhatsAppLink(data, order, Language::English);
  CHECK(
      link.starts_with("https://wa.me/919000000001?text=Order%20request%20from%20the%20Homeworks%20app%20-%20Sabala"));
  CHECK(link.find(' ') == std::string::npos);
  CHECK(EmailLink(data, order, Language::English)
            .starts_with("mailto:sabala@example.org?subject=Order%20request%20from%20the%20Homeworks%20app&body="));
  AppData noContacts = data;
  noContacts.groups[0].contacts = {};
  CHECK(WhatsAppLink(noContacts, order, Language::English).empty());
  CHECK(EmailLink(noContacts, order, Language::English).empty());
}

TEST_CASE("a group's reply is taken only when it continues the order's history") {
  AppData data = test::SampleData();
  OrderRequest reply = data.orders[0];
  REQUIRE_FALSE(reply.ChangeStatus(OrderStatus::Received, 1'760'100'200));
  REQUIRE_FALSE(reply.ChangeStatus(OrderStatus::Accepted, 1'760'100'300));
  CHECK(ApplyReply(data, reply) == ReplyOutcome::Updated);
  CHECK(data.orders[0].Status() == OrderStatus::Accepted);
  CHECK(ApplyReply(data, reply) == ReplyOutcome::NotNewer);  // the same file again
  OrderRequest other = reply;
  other.id = test::TestId(77);
  CHECK(ApplyReply(data, other) == ReplyOutcome::UnknownOrder);
  OrderRequest elsewhere = reply;
  elsewhere.groupId = test::TestId(78);
  CHECK(ApplyReply(data, elsewhere) == ReplyOutcome::UnknownOrder);
}

TEST_SUITE_END();
