#include <doctest/doctest.h>

#include <algorithm>

#include "shared/validation.hpp"
#include "tests/unit/sample_data.hpp"

using namespace hw;

namespace {
bool Has(const ValidationErrors& errors, std::string_view field, Msg message) {
  return std::any_of(errors.begin(), errors.end(),
                     [&](const ValidationError& e) { return e.field == field && e.message == message; });
}
}  // namespace

TEST_CASE("the sample records are valid") {
  const AppData data = test::SampleData();
  CHECK(Validate(data.groups[0]).empty());
  CHECK(Validate(data.products[0]).empty());
  CHECK(Validate(data.products[1]).empty());
  CHECK(ValidateShape(data.orders[0]).empty());
  CHECK(Validate(data.courses[0]).empty());
  CHECK(Validate(data.profiles[0]).empty());
}

TEST_CASE("product errors name the field and carry a message key") {
  const AppData data = test::SampleData();
  Product p = data.products[0];
  SUBCASE("missing name") {
    p.name = {};
    CHECK(Has(Validate(p), "name", Msg::ErrNameMissing));
  }
  SUBCASE("negative price") {
    p.price.minor = -1;
    CHECK(Has(Validate(p), "price", Msg::ErrPriceNegative));
  }
  SUBCASE("a negative price is fine when the price is on request") {
    p.price.minor = -1;
    p.priceOnRequest = true;
    CHECK(Validate(p).empty());
  }
  SUBCASE("unknown currency") {
    p.price.currency = "XYZ";
    CHECK(Has(Validate(p), "price.currency", Msg::ErrCurrencyUnknown));
  }
  SUBCASE("text too long") {
    p.name.Set("en", std::string(Limits::kNameBytes + 1, 'x'));
    CHECK(Has(Validate(p), "name.en", Msg::ErrTextTooLong));
    p.description.Set("hi", std::string(Limits::kLongTextBytes + 1, 'x'));
    CHECK(Has(Validate(p), "description.hi", Msg::ErrTextTooLong));
  }
  SUBCASE("minimum order zero") {
    p.minOrder = 0;
    CHECK(Has(Validate(p), "minOrder", Msg::ErrMinimumOrderInvalid));
  }
  SUBCASE("variant SKU repeated") {
    p.variants[1].sku = p.variants[0].sku;
    CHECK(Has(Validate(p), "variants[1].sku", Msg::ErrSkuDuplicate));
  }
  SUBCASE("variant with a negative price and stock") {
    p.variants[0].priceMinor = -5;
    p.variants[0].stock = -1;
    const auto errors = Validate(p);
    CHECK(Has(errors, "variants[0].price", Msg::ErrPriceNegative));
    CHECK(Has(errors, "variants[0].stock", Msg::ErrStockNegative));
  }
  SUBCASE("bad id and photo") {
    p.id = "not an id!";
    p.photos[0].mime = "text/html";
    const auto errors = Validate(p);
    CHECK(Has(errors, "id", Msg::ErrIdInvalid));
    CHECK(Has(errors, "photos[0]", Msg::ErrPhotoInvalid));
  }
}

TEST_CASE("group errors cover country, contacts and languages") {
  ArtisanGroup g = test::SampleGroup();
  g.country = "India";
  g.contacts = {};
  g.languages.push_back("Bengali");
  const auto errors = Validate(g);
  CHECK(Has(errors, "country", Msg::ErrCountryInvalid));
  CHECK(Has(errors, "contacts", Msg::ErrContactMissing));
  CHECK(Has(errors, "languages[2]", Msg::ErrLanguageInvalid));
  g.contacts.email = "not-an-email";
  CHECK(Has(Validate(g), "contacts.email", Msg::ErrEmailInvalid));
  g.contacts.phone = "call me";
  CHECK(Has(Validate(g), "contacts.phone", Msg::ErrPhoneInvalid));
}

TEST_CASE("an order is checked against the catalogue") {
  AppData data = test::SampleData();
  OrderRequest order = data.orders[0];
  REQUIRE(Validate(order, data.products).empty() == false);  // the scarf line is archived
  order.lines.pop_back();
  REQUIRE(Validate(order, data.products).empty());

  SUBCASE("quantity below the minimum order, summed over variants") {
    order.lines[0].quantity = 1;
    CHECK(Has(Validate(order, data.products), "lines[0].quantity", Msg::ErrQuantityBelowMinimum));
    AddLine(order, data.products[0], data.products[0].variants[1].id, 1, "en");
    CHECK(Validate(order, data.products).empty());
  }
  SUBCASE("unknown product and variant") {
    order.lines[0].variantId = "gone";
    CHECK(Has(Validate(order, data.products), "lines[0].variantId", Msg::ErrVariantUnknown));
    order.lines[0].productId = "gone";
    CHECK(Has(Validate(order, data.products), "lines[0].productId", Msg::ErrProductUnknown));
  }
  SUBCASE("archived product and another group's product") {
    data.products[0].archived = true;
    data.products[0].groupId = "other";
    const auto errors = Validate(order, data.products);
    CHECK(Has(errors, "lines[0].productId", Msg::ErrProductArchived));
    CHECK(Has(errors, "lines[0].productId", Msg::ErrProductOtherGroup));
  }
  SUBCASE("more than the stock of an in-stock product") {
    data.products[0].availability = Availability::InStock;
    data.products[0].variants[0].stock = 2;
    CHECK(Has(Validate(order, data.products), "lines[0].quantity", Msg::ErrQuantityAboveStock));
  }
  SUBCASE("currency mismatch") {
    order.currency = "USD";
    CHECK(Has(Validate(order, data.products), "lines[0].currency", Msg::ErrCurrencyMismatch));
  }
  SUBCASE("shape: empty order, zero quantity, overflowing total, bad history") {
    OrderRequest bad = order;
    bad.lines.clear();
    CHECK(Has(ValidateShape(bad), "lines", Msg::ErrOrderEmpty));
    bad = order;
    bad.lines[0].quantity = 0;
    CHECK(Has(ValidateShape(bad), "lines[0].quantity", Msg::ErrQuantityInvalid));
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
    CHECK(Has(ValidateShape(bad), "lines", Msg::ErrTotalTooLarge));
    bad = order;
    bad.history.push_back({OrderStatus::Completed, 5});
    CHECK(Has(ValidateShape(bad), "history[2]", Msg::ErrStatusChangeNotAllowed));
    bad.buyer.email = bad.buyer.phone = "";
    CHECK(Has(ValidateShape(bad), "buyer", Msg::ErrContactMissing));
  }
}

TEST_CASE("course and profile errors") {
  AppData data = test::SampleData();
  Course course = data.courses[0];
  Question& q = course.lessons[0].quiz.questions[3];
  q.correct = {0, 0, 1};
  CHECK(Has(Validate(course), "lessons[0].quiz.questions[3]", Msg::ErrQuestionInvalid));
  course.lessons[0].quiz.questions[0].correct = {7};
  CHECK(Has(Validate(course), "lessons[0].quiz.questions[0]", Msg::ErrQuestionInvalid));
  Profile profile = data.profiles[0];
  profile.name = " ";
  profile.language = "Bangla";
  const auto errors = Validate(profile);
  CHECK(Has(errors, "name", Msg::ErrNameMissing));
  CHECK(Has(errors, "language", Msg::ErrLanguageInvalid));
}
