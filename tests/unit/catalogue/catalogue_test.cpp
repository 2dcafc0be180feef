#include <doctest/doctest.h>

#include <algorithm>

#include "shared/catalogue/catalogue_text.hpp"
#include "shared/core/validation.hpp"
#include "shared/i18n/translations.hpp"
#include "tests/unit/sample_data.hpp"

using namespace hw;

TEST_SUITE_BEGIN("catalogue");

TEST_CASE("product errors name the field and carry a message key") {
  const AppData data = test::SampleData();
  Product p = data.products[0];
  SUBCASE("missing name") {
    p.name = {};
    CHECK(test::HasError(Validate(p), "name", Msg::ErrNameMissing));
  }
  SUBCASE("negative price") {
    p.price.minor = -1;
    CHECK(test::HasError(Validate(p), "price", Msg::ErrPriceNegative));
  }
  SUBCASE("a negative price is fine when the price is on request") {
    p.price.minor = -1;
    p.priceOnRequest = true;
    CHECK(Validate(p).empty());
  }
  SUBCASE("unknown currency") {
    p.price.currency = "XYZ";
    CHECK(test::HasError(Validate(p), "price.currency", Msg::ErrCurrencyUnknown));
  }
  SUBCASE("text too long") {
    p.name.Set("en", std::string(Limits::kNameBytes + 1, 'x'));
    CHECK(test::HasError(Validate(p), "name.en", Msg::ErrTextTooLong));
    p.description.Set("hi", std::string(Limits::kLongTextBytes + 1, 'x'));
    CHECK(test::HasError(Validate(p), "description.hi", Msg::ErrTextTooLong));
  }
  SUBCASE("minimum order zero") {
    p.minOrder = 0;
    CHECK(test::HasError(Validate(p), "minOrder", Msg::ErrMinimumOrderInvalid));
  }
  SUBCASE("variant SKU repeated") {
    p.variants[1].sku = p.variants[0].sku;
    CHECK(test::HasError(Validate(p), "variants[1].sku", Msg::ErrSkuDuplicate));
  }
  SUBCASE("variant with a negative price and stock") {
    p.variants[0].priceMinor = -5;
    p.variants[0].stock = -1;
    const auto errors = Validate(p);
    CHECK(test::HasError(errors, "variants[0].price", Msg::ErrPriceNegative));
    CHECK(test::HasError(errors, "variants[0].stock", Msg::ErrStockNegative));
  }
  SUBCASE("bad id and photo") {
    p.id = "not an id!";
    p.photos[0].mime = "text/html";
    const auto errors = Validate(p);
    CHECK(test::HasError(errors, "id", Msg::ErrIdInvalid));
    CHECK(test::HasError(errors, "photos[0]", Msg::ErrPhotoInvalid));
  }
}

TEST_CASE("group errors cover country, contacts and languages") {
  ArtisanGroup g = test::SampleGroup();
  g.country = "India";
  g.contacts = {};
  g.languages.push_back("Bengali");
  const auto errors = Validate(g);
  CHECK(test::HasError(errors, "country", Msg::ErrCountryInvalid));
  CHECK(test::HasError(errors, "contacts", Msg::ErrContactMissing));
  CHECK(test::HasError(errors, "languages[2]", Msg::ErrLanguageInvalid));
  g.contacts.email = "not-an-email";
  CHECK(test::HasError(Validate(g), "contacts.email", Msg::ErrEmailInvalid));
  g.contacts.phone = "call me";
  CHECK(test::HasError(Validate(g), "contacts.phone", Msg::ErrPhoneInvalid));
}

TEST_CASE("a product reads in the person's language: category, unit, price and its facts") {
  AddBuiltInTranslations();
  const AppData data = test::SampleData();
  const Product& quilt = data.products[0];
  CHECK(CategoryName(Language::English, "bamboo-rattan") == "Bamboo and rattan");
  CHECK(CategoryName(Language::Hindi, "textiles") == Tr(Language::Hindi, Msg::CategoryTextiles));
  CHECK(CategoryName(Language::Hindi, "hand fans") == "hand fans");  // the group's own word
  CHECK(UnitName(Language::Thai, "piece") == Tr(Language::Thai, Msg::UnitPiece));
  CHECK(PriceText(quilt, Language::English) == "₹4,500.00");
  CHECK(PriceText(data.products[1], Language::English) == "Price on request");
  CHECK(FactsText(quilt, Language::English) == "Minimum order: 2 piece · Made in 21 days");
  CHECK(FactsText(data.products[1], Language::English).ends_with("· In stock: 12"));
  CHECK(FactsText(quilt, Language::Bengali).find("২১") != std::string::npos);
}

TEST_SUITE_END();
