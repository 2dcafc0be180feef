// Right to left: in Urdu the screens mirror, rows start at the right edge and the
// Back button sits on the right, as the person reads.
#include <doctest/doctest.h>

#include "app/ui/theme.hpp"
#include "tests/ui/ui_harness.hpp"

using hw::test::UiHarness;

namespace {

float Right(const hw::WidgetRect& w) { return w.x + w.width; }

}  // namespace

TEST_SUITE_BEGIN("screens");

TEST_CASE("in Urdu the buttons of a screen start from the right edge, in English from the left") {
  UiHarness ui(360, 640);
  ui.state.data.settings.demoLoaded = true;
  REQUIRE(ui.Tap("home.settings"));
  const hw::WidgetRect* card = ui.Find("settings.lang.th");  // a button narrower than the column
  const hw::WidgetRect* back = ui.Find("nav.back");
  REQUIRE(card != nullptr);
  REQUIRE(back != nullptr);
  const float left = back->x;
  CHECK(card->x == doctest::Approx(left));
  CHECK(card->width < 200.0f);

  REQUIRE(ui.Tap("settings.lang.ur"));
  ui.Frame();
  CHECK(ui.state.language == hw::Language::Urdu);
  back = ui.Find("nav.back");
  REQUIRE(back != nullptr);
  CHECK(back->label == "واپس");
  CHECK(back->x > 180.0f);  // on the right half
  const hw::WidgetRect* thai = ui.Find("settings.lang.th");
  REQUIRE(thai != nullptr);
  CHECK(Right(*thai) == doctest::Approx(Right(*back)));  // the rows share the right edge
  // Mirrored: as far from the right edge as it was from the left (give or take the scrollbar).
  CHECK(360.0f - Right(*back) >= left);
  CHECK(360.0f - Right(*back) <= left + 16.0f);

  // Back in English, the layout is left to right again.
  REQUIRE(ui.Tap("settings.lang.en"));
  ui.Frame();
  CHECK(ui.Find("nav.back")->x == doctest::Approx(left));
}

TEST_CASE("in Urdu the home screen's Settings button moves to the right, still a thumb's size") {
  UiHarness ui(400, 1000);  // tall enough to show the whole home screen
  ui.state.data.settings.demoLoaded = true;
  const hw::WidgetRect* settings = ui.Find("home.settings");
  const hw::WidgetRect* learn = ui.Find("home.learn");
  REQUIRE(settings != nullptr);
  REQUIRE(learn != nullptr);
  CHECK(settings->x == doctest::Approx(learn->x));  // English: from the left
  CHECK(settings->width < learn->width / 2);

  ui.state.language = hw::Language::Urdu;
  ui.Frame();
  ui.Frame();
  settings = ui.Find("home.settings");
  learn = ui.Find("home.learn");
  REQUIRE(settings != nullptr);
  REQUIRE(learn != nullptr);
  CHECK(Right(*settings) == doctest::Approx(Right(*learn)));  // Urdu: from the right
  CHECK(settings->x > learn->x + learn->width / 2);
  CHECK(settings->height >= hw::kTouchTarget);
  REQUIRE(ui.Tap("home.settings"));
  CHECK(ui.state.screen == hw::Screen::Settings);
}

TEST_SUITE_END();
