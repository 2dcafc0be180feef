// Typing into text fields: the keyboard opens over the field, what is typed lands in
// the app, and the keyboard closes when the person is done or leaves the screen.
#include <doctest/doctest.h>

#include "tests/ui/ui_harness.hpp"
#include "tests/unit/sample_data.hpp"

using namespace hw;
using hw::test::UiHarness;
using namespace hw::test;

namespace {

void OpenShop(UiHarness& ui) {
  ui.state.data = SampleData();
  ui.state.data.settings.demoLoaded = true;  // no demo catalogues fetched
  ui.state.Changed();
  REQUIRE(ui.Tap("home.shop"));
}

}  // namespace

TEST_SUITE_BEGIN("ui");

TEST_CASE("tapping a text field opens the keyboard over it, with the field's kind and text") {
  UiHarness ui;
  OpenShop(ui);
  const WidgetRect* field = ui.Find("shop.search");
  REQUIRE(field != nullptr);
  REQUIRE(ui.Tap("shop.search"));
  REQUIRE(ui.platform.keyboardOpen);
  const TextEditRequest& shown = ui.platform.keyboards.back();
  CHECK(shown.fieldId == "shop.search");
  CHECK(shown.kind == FieldKind::Search);
  CHECK(shown.text.empty());
  field = ui.Find("shop.search");
  CHECK(shown.x == doctest::Approx(field->x).epsilon(0.01));
  CHECK(shown.width == doctest::Approx(field->width).epsilon(0.01));
}

TEST_CASE("what is typed updates the results as the person types, accents folded") {
  UiHarness ui;
  OpenShop(ui);
  REQUIRE(ui.Type("shop.search", "kan"));
  CHECK(ui.state.shop.searchText == "kan");
  CHECK(ui.Find("shop.result." + TestId(2)) != nullptr);  // "Kāntha quilt"
  REQUIRE(ui.Type("shop.search", "kantha zzz"));
  CHECK(ui.Find("shop.result." + TestId(2)) == nullptr);
  CHECK(ui.Find("shop.results.none") != nullptr);
  ui.CloseKeyboard();
  CHECK(ui.state.textEdit.fieldId.empty());
  CHECK(ui.state.shop.searchText == "kantha zzz");  // closing keeps the text
}

TEST_CASE("leaving the screen or tapping elsewhere closes the keyboard") {
  UiHarness ui;
  OpenShop(ui);
  REQUIRE(ui.Type("shop.search", "quilt"));
  REQUIRE(ui.platform.keyboardOpen);
  REQUIRE(ui.Tap("nav.back"));
  CHECK_FALSE(ui.platform.keyboardOpen);
  CHECK(ui.state.textEdit.fieldId.empty());
  CHECK(ui.state.screen == Screen::Home);
}

TEST_CASE("a Hindi search finds the Hindi name") {
  UiHarness ui;
  OpenShop(ui);
  ui.state.data.products[0].name.Set("hi", "कांथा रजाई");
  ui.state.Changed();
  REQUIRE(ui.Type("shop.search", "रजाई"));
  CHECK(ui.Find("shop.result." + TestId(2)) != nullptr);
}

TEST_SUITE_END();
