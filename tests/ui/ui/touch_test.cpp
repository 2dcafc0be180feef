// Touch and mouse: drag to scroll with inertia, a tap told apart from a drag.
#include <doctest/doctest.h>

#include <imgui.h>

#include "app/ui/touch_scroll.hpp"
#include "tests/ui/ui_harness.hpp"

using hw::test::UiHarness;

namespace {

// A finger pressed at `from`, moved by `dy` in `steps` frames, held still for
// `holdFrames`, then lifted.
void Drag(UiHarness& ui, ImVec2 from, float dy, int steps, int holdFrames = 0) {
  ImGuiIO& io = ImGui::GetIO();
  io.AddMousePosEvent(from.x, from.y);
  ui.Frame();
  io.AddMouseButtonEvent(ImGuiMouseButton_Left, true);
  ui.Frame();
  for (int i = 1; i <= steps; ++i) {
    io.AddMousePosEvent(from.x, from.y + dy * static_cast<float>(i) / static_cast<float>(steps));
    ui.Frame();
  }
  for (int i = 0; i < holdFrames; ++i) ui.Frame();
  io.AddMouseButtonEvent(ImGuiMouseButton_Left, false);
  ui.Frame();
}

ImVec2 Centre(const hw::WidgetRect& rect) { return {rect.x + rect.width / 2, rect.y + rect.height / 2}; }

// The settings screen in English: its list of languages is longer than a phone's screen.
void OpenSettings(UiHarness& ui) {
  ui.state.data.settings.demoLoaded = true;
  REQUIRE(ui.Tap("home.settings"));
  REQUIRE(ui.state.screen == hw::Screen::Settings);
}

}  // namespace

TEST_SUITE_BEGIN("ui");

TEST_CASE("dragging a list scrolls it and does not press the button the finger started on") {
  UiHarness ui(360, 640);
  OpenSettings(ui);
  const hw::WidgetRect* thai = ui.Find("settings.lang.th");
  REQUIRE(thai != nullptr);
  const float before = thai->y;
  // 150 px up, starting on the Thai button; the finger stops before it lifts (no glide).
  Drag(ui, Centre(*thai), -150, 30, 10);
  for (int i = 0; i < 5; ++i) ui.Frame();
  CHECK(ui.state.language == hw::Language::English);  // the button was not pressed
  const hw::WidgetRect* after = ui.Find("settings.lang.th");
  REQUIRE(after != nullptr);
  CHECK(after->y == doctest::Approx(before - 150).epsilon(0.02));  // the list followed the finger
  // And back down.
  Drag(ui, Centre(*after), 150, 30, 10);
  for (int i = 0; i < 5; ++i) ui.Frame();
  CHECK(ui.Find("settings.lang.th")->y == doctest::Approx(before).epsilon(0.02));
  CHECK(ui.state.language == hw::Language::English);
}

TEST_CASE("a flick glides on after the finger lifts and slows to a stop") {
  UiHarness ui(360, 640);
  OpenSettings(ui);
  const hw::WidgetRect* thai = ui.Find("settings.lang.th");
  REQUIRE(thai != nullptr);
  const float start = thai->y;
  Drag(ui, Centre(*thai), -100, 4);  // 100 px in 4 frames: a quick flick
  ui.Frame();
  const float lifted = ui.Find("settings.lang.th")->y;
  CHECK(lifted < start - 90);
  for (int i = 0; i < 10; ++i) ui.Frame();
  const float gliding = ui.Find("settings.lang.th")->y;
  CHECK(gliding < lifted - 50);      // still moving after the lift
  CHECK(ui.state.nextFrameIn == 0);  // and asking for the frames that move it
  for (int i = 0; i < 240; ++i) ui.Frame();
  const float stopped = ui.Find("settings.lang.th") ? ui.Find("settings.lang.th")->y : -1e9f;
  ui.Frame();
  ui.Frame();
  const float later = ui.Find("settings.lang.th") ? ui.Find("settings.lang.th")->y : -1e9f;
  CHECK(later == stopped);                      // it came to rest
  CHECK(ui.state.nextFrameIn == hw::kNoFrame);  // and asks for no more frames
  CHECK(ui.state.language == hw::Language::English);
}

TEST_CASE("a tap that wobbles less than the threshold still presses the button") {
  UiHarness ui(360, 640);
  OpenSettings(ui);
  const hw::WidgetRect* thai = ui.Find("settings.lang.th");
  REQUIRE(thai != nullptr);
  const float top = ui.Find("nav.back")->y;
  Drag(ui, Centre(*thai), hw::kDragThreshold - 4, 2);
  ui.Frame();
  CHECK(ui.state.language == hw::Language::Thai);
  CHECK(ui.Find("nav.back")->y == top);  // a tap does not scroll
}

TEST_SUITE_END();
