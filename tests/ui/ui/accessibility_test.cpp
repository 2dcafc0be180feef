// What the widget registry tells a screen reader (the page mirrors it, web/accessibility.js):
// each widget's role, its language and state, and a press by id as a reader's activation.
#include <doctest/doctest.h>
#include <imgui.h>

#include <string>
#include <string_view>

#include "tests/ui/ui_harness.hpp"

using hw::Tri;
using hw::WidgetRole;
using hw::test::UiHarness;

TEST_SUITE_BEGIN("ui");

TEST_CASE("the home screen's widgets say what they are, in the person's language") {
  UiHarness ui;
  const hw::WidgetRect* shop = ui.Find("home.shop");
  REQUIRE(shop != nullptr);
  CHECK(shop->role == WidgetRole::Button);
  CHECK(shop->lang == "en");
  const hw::WidgetRect* title = ui.Find("Homeworks");
  REQUIRE(title != nullptr);
  CHECK(title->role == WidgetRole::Heading);
  CHECK(ui.Widgets().ToJson().find("\"id\":\"home.shop\",\"x\"") != std::string::npos);
  CHECK(ui.Widgets().ToJson().find("\"role\":\"heading\",\"lang\":\"en\"") != std::string::npos);

  ui.state.language = hw::Language::Hindi;
  ui.Frame();
  ui.Frame();
  CHECK(ui.Find("home.shop")->lang == "hi");
}

TEST_CASE("a widget pressed by its id, as a screen reader activates it, does what a tap does") {
  UiHarness ui;
  REQUIRE(ui.Widgets().QueueTap("home.shop"));
  for (int i = 0; i < 3; ++i) ui.Frame();
  CHECK(ui.state.screen == hw::Screen::Shop);
  CHECK_FALSE(ui.Widgets().QueueTap("home.nothing"));
}

TEST_CASE("the registry moves on only when a widget changed") {
  UiHarness ui;
  ui.Frame();
  const auto still = ui.Widgets().Generation();
  ui.Frame();
  CHECK(ui.Widgets().Generation() == still);
  REQUIRE(ui.Tap("home.shop"));
  CHECK(ui.Widgets().Generation() != still);
}

TEST_CASE("a text field is a text box holding its text, said once") {
  UiHarness ui;
  REQUIRE(ui.Tap("home.shop"));
  REQUIRE(ui.Type("shop.search", "soap"));
  ui.CloseKeyboard();
  ui.Frame();
  const hw::WidgetRect* search = ui.Find("shop.search");
  REQUIRE(search != nullptr);
  CHECK(search->role == WidgetRole::TextBox);
  CHECK(search->value == "soap");
  const hw::WidgetRect* text = ui.Find("shop.search.text");
  REQUIRE(text != nullptr);
  CHECK_FALSE(text->forReaders);  // the text box says it already
}

TEST_CASE("a setting that is on or off is a checkbox that says whether it is ticked") {
  UiHarness ui(360, 1600);
  REQUIRE(ui.Tap("home.profile"));
  REQUIRE(ui.Tap("profiles.edit"));
  const hw::WidgetRect* larger = ui.Find("profile.largertext");
  REQUIRE(larger != nullptr);
  CHECK(larger->role == WidgetRole::CheckBox);
  CHECK(larger->checked == Tri::No);
  REQUIRE(ui.Tap("profile.largertext"));
  CHECK(ui.Find("profile.largertext")->checked == Tri::Yes);
  // The languages to choose from: one is chosen, each named in its own language.
  const hw::WidgetRect* hindi = ui.Find("profile.lang.hi");
  REQUIRE(hindi != nullptr);
  CHECK(hindi->role == WidgetRole::Radio);
  CHECK(hindi->lang == "hi");
  CHECK(hindi->checked == Tri::No);
  CHECK(ui.Find("profile.lang.en")->checked == Tri::Yes);
}

namespace {

// A finger put on the centre of `id` and held there for `frames` frames, then lifted.
void Hold(UiHarness& ui, std::string_view id, int frames) {
  const hw::WidgetRect* w = ui.Find(id);
  REQUIRE(w != nullptr);
  ImGuiIO& io = ImGui::GetIO();
  io.AddMousePosEvent(w->x + w->width / 2, w->y + w->height / 2);
  io.AddMouseButtonEvent(ImGuiMouseButton_Left, true);
  for (int i = 0; i < frames; ++i) ui.Frame();
  io.AddMouseButtonEvent(ImGuiMouseButton_Left, false);
  ui.Frame();
  ui.Frame();
}

}  // namespace

TEST_CASE("a text held under a finger is read aloud in its language; a quick tap reads nothing") {
  UiHarness ui;
  ui.platform.voices = {"en", "hi"};
  Hold(ui, "Learn and sell, together", 5);
  CHECK(ui.platform.spoken.empty());
  Hold(ui, "Learn and sell, together", 60);
  REQUIRE(ui.platform.spoken.size() == 1);
  CHECK(ui.platform.spoken[0] == "en: Learn and sell, together");
  // A button held is not read: it is pressed when the finger lifts.
  Hold(ui, "home.shop", 60);
  CHECK(ui.platform.spoken.size() == 1);
  CHECK(ui.state.screen == hw::Screen::Shop);
}

TEST_CASE("a phone with no voice for the language says so when a text is held") {
  UiHarness ui;
  ui.state.language = hw::Language::Lao;
  ui.Frame();
  ui.Frame();
  std::string heading;
  for (const hw::WidgetRect& w : ui.Widgets().LastFrame())
    if (w.role == WidgetRole::Heading) heading = w.id;
  REQUIRE_FALSE(heading.empty());
  CHECK(ui.Find(heading)->lang == "lo");
  Hold(ui, heading, 60);
  CHECK(ui.platform.spoken.empty());
  REQUIRE(ui.state.notice.has_value());
  CHECK(*ui.state.notice == hw::Msg::LessonNoVoice);
}

TEST_SUITE_END();
