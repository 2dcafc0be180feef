// Keyboard use on a desktop: Tab and Shift+Tab move between buttons and fields, the
// widget the keyboard is on is outlined, Enter and Space press it, and Enter on a text
// field opens the typing box over it.
#include <doctest/doctest.h>

#include <imgui.h>

#include <string>
#include <vector>

#include "tests/ui/ui_harness.hpp"
#include "tests/unit/sample_data.hpp"

using hw::test::UiHarness;

namespace {

void Press(UiHarness& ui, ImGuiKey key, bool shift = false) {
  ImGuiIO& io = ImGui::GetIO();
  if (shift) io.AddKeyEvent(ImGuiMod_Shift, true);
  io.AddKeyEvent(key, true);
  ui.Frame();
  io.AddKeyEvent(key, false);
  if (shift) io.AddKeyEvent(ImGuiMod_Shift, false);
  ui.Frame();
  ui.Frame();
}

// The ids of the widgets outlined as having the keyboard in the last frame.
std::vector<std::string> Focused(const UiHarness& ui) {
  std::vector<std::string> ids;
  for (const hw::WidgetRect& w : ui.Widgets().LastFrame())
    if (w.focused) ids.push_back(w.id);
  return ids;
}

}  // namespace

TEST_SUITE_BEGIN("ui");

TEST_CASE("Tab walks the home screen's buttons in order, Shift+Tab walks back, Enter opens") {
  UiHarness ui(1024, 768);
  ui.state.data.settings.demoLoaded = true;
  CHECK(Focused(ui).empty());  // no outline until the keyboard is used
  std::vector<std::string> order;
  for (int i = 0; i < 6; ++i) {
    Press(ui, ImGuiKey_Tab);
    const auto focused = Focused(ui);
    REQUIRE(focused.size() == 1);
    order.push_back(focused[0]);
  }
  CHECK(order == std::vector<std::string>{"home.profile", "home.language", "home.learn", "home.shop", "home.mygroup",
                                          "home.settings"});
  Press(ui, ImGuiKey_Tab, true);
  CHECK(Focused(ui) == std::vector<std::string>{"home.mygroup"});
  Press(ui, ImGuiKey_Tab, true);
  CHECK(Focused(ui) == std::vector<std::string>{"home.shop"});
  CHECK(ui.state.screen == hw::Screen::Home);
  Press(ui, ImGuiKey_Enter);
  CHECK(ui.state.screen == hw::Screen::Shop);
}

TEST_CASE("Space presses the button the keyboard is on") {
  UiHarness ui(1024, 768);
  ui.state.data.settings.demoLoaded = true;
  REQUIRE(ui.Tap("home.settings"));
  ui.Frame();
  // The button clicked on the last screen is gone: Tab starts at the top of this one.
  Press(ui, ImGuiKey_Tab);
  CHECK(Focused(ui) == std::vector<std::string>{"nav.back"});
  // Tab until the Thai button has the keyboard, then Space chooses Thai.
  for (int i = 0; i < 20 && Focused(ui) != std::vector<std::string>{"settings.lang.th"}; ++i) Press(ui, ImGuiKey_Tab);
  REQUIRE(Focused(ui) == std::vector<std::string>{"settings.lang.th"});
  Press(ui, ImGuiKey_Space);
  CHECK(ui.state.language == hw::Language::Thai);
}

TEST_CASE("Enter on a text field opens the typing box over it") {
  UiHarness ui(1024, 768);
  ui.state.data = hw::test::SampleData();
  ui.state.data.settings.demoLoaded = true;
  ui.state.Changed();
  REQUIRE(ui.Tap("home.shop"));
  for (int i = 0; i < 10 && Focused(ui) != std::vector<std::string>{"shop.search"}; ++i) Press(ui, ImGuiKey_Tab);
  REQUIRE(Focused(ui) == std::vector<std::string>{"shop.search"});
  CHECK_FALSE(ui.platform.keyboardOpen);
  Press(ui, ImGuiKey_Enter);
  REQUIRE(ui.platform.keyboardOpen);
  CHECK(ui.platform.keyboards.back().fieldId == "shop.search");
}

TEST_SUITE_END();
