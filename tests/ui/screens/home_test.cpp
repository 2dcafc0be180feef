#include <doctest/doctest.h>

#include <string>

#include "app/ui/theme.hpp"
#include "tests/ui/ui_harness.hpp"

using hw::test::UiHarness;

TEST_SUITE_BEGIN("screens");

TEST_CASE("the home screen offers the three ways in, each big enough for a thumb") {
  UiHarness ui;
  for (const char* id : {"home.learn", "home.shop", "home.mygroup"}) {
    CAPTURE(id);
    const hw::WidgetRect* card = ui.Find(id);
    REQUIRE(card != nullptr);
    CHECK(card->height >= hw::kTouchTarget);
    CHECK(card->width >= 300.0f);
  }
  CHECK(ui.Find("Learn") != nullptr);
  CHECK(ui.Find("Shop") != nullptr);
  CHECK(ui.Find("My group") != nullptr);
}

TEST_CASE("tapping an entry opens its screen and Back returns home") {
  UiHarness ui;
  SUBCASE("Learn") {
    REQUIRE(ui.Tap("home.learn"));
    CHECK(ui.state.screen == hw::Screen::Learn);
  }
  SUBCASE("Shop") {
    REQUIRE(ui.Tap("home.shop"));
    CHECK(ui.state.screen == hw::Screen::Shop);
  }
  SUBCASE("My group") {
    REQUIRE(ui.Tap("home.mygroup"));
    CHECK(ui.state.screen == hw::Screen::MyGroup);
  }
  CHECK(ui.Find("home.learn") == nullptr);
  REQUIRE(ui.Tap("nav.back"));
  CHECK(ui.state.screen == hw::Screen::Home);
  CHECK(ui.Find("home.learn") != nullptr);
}

TEST_CASE("the home screen shows the chosen language") {
  UiHarness ui;
  ui.state.language = hw::Language::Indonesian;
  ui.Frame();
  ui.Frame();
  CHECK(ui.Find("Belajar") != nullptr);
  CHECK(ui.Find("Learn") == nullptr);
  REQUIRE(ui.Tap("home.shop"));
  CHECK(ui.Find("Kembali") != nullptr);
}

TEST_CASE("the layout fills a phone and stays a readable column on a desktop") {
  UiHarness ui(360, 640);
  const hw::WidgetRect* phone = ui.Find("home.learn");
  REQUIRE(phone != nullptr);
  CHECK(phone->x >= 0.0f);
  CHECK(phone->x + phone->width <= 360.0f);
  CHECK(phone->width >= 300.0f);

  ui.Resize(1280, 800);
  ui.Frame();
  const hw::WidgetRect* desktop = ui.Find("home.learn");
  REQUIRE(desktop != nullptr);
  CHECK(desktop->width <= hw::kContentMaxWidth);
  const float centre = desktop->x + desktop->width / 2;
  CHECK(centre == doctest::Approx(640.0f).epsilon(0.02));
}

TEST_CASE("the widgets of the last frame are published as JSON with their labels") {
  UiHarness ui;
  const std::string json = ui.Widgets().ToJson();
  CHECK(json.front() == '[');
  CHECK(json.find("\"label\":\"Learn\"") != std::string::npos);
  CHECK(json.find("\"id\":\"home.learn\"") != std::string::npos);
}

TEST_CASE("the language button names the current language and opens every language in its own script") {
  UiHarness ui(360, 1000);  // the whole list in view: on a phone it scrolls
  const hw::WidgetRect* button = ui.Find("home.language");
  REQUIRE(button != nullptr);
  CHECK(button->label == "English");
  CHECK(button->height >= hw::kTouchTarget);
  REQUIRE(ui.Tap("home.language"));
  CHECK(ui.state.screen == hw::Screen::Language);
  for (const hw::LanguageInfo& info : hw::AllLanguages()) {
    CAPTURE(info.code);
    const hw::WidgetRect* entry = ui.Find("lang." + std::string(info.code));
    REQUIRE(entry != nullptr);
    CHECK(entry->label == info.nativeName);
  }
  REQUIRE(ui.Tap("lang.th"));
  CHECK(ui.state.language == hw::Language::Thai);
  CHECK(ui.state.screen == hw::Screen::Home);
  CHECK(ui.Find("เรียนรู้") != nullptr);
  CHECK(ui.Find("home.language")->label == "ไทย");
}

TEST_SUITE_END();
