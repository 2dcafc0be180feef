// Frames on demand: the app asks for a frame only while something can still change the
// picture, so the browser's loop (web/main.cpp) draws nothing while the phone rests.
#include <doctest/doctest.h>

#include <imgui.h>

#include "app/persistence.hpp"
#include "app/screens/screens.hpp"
#include "tests/ui/ui_harness.hpp"

using hw::test::UiHarness;

namespace {

// Draws frames as the browser would without input: while the app asks for the next
// one at once, at most `limit`. True when it stopped asking.
bool Settles(UiHarness& ui, int limit = 12) {
  for (int i = 0; i < limit; ++i) {
    if (ui.state.nextFrameIn > 0) return true;
    ui.Frame();
  }
  return ui.state.nextFrameIn > 0;
}

}  // namespace

TEST_SUITE_BEGIN("app");

TEST_CASE("a screen left alone asks for no frame; a tap asks for frames until the new screen has settled") {
  UiHarness ui;
  ui.state.data.settings.demoLoaded = true;
  REQUIRE(Settles(ui));
  CHECK(ui.state.nextFrameIn == hw::kNoFrame);
  for (int i = 0; i < 3; ++i) {
    ui.Frame();
    CHECK(ui.state.nextFrameIn == hw::kNoFrame);  // no timer, no animation, the picture stays
  }
  ImGuiIO& io = ImGui::GetIO();
  const hw::WidgetRect* learn = ui.Find("home.learn");
  REQUIRE(learn != nullptr);
  io.AddMousePosEvent(learn->x + learn->width / 2, learn->y + learn->height / 2);
  io.AddMouseButtonEvent(ImGuiMouseButton_Left, true);
  ui.Frame();
  io.AddMouseButtonEvent(ImGuiMouseButton_Left, false);
  ui.Frame();
  CHECK(ui.state.screen == hw::Screen::Learn);
  CHECK(ui.state.nextFrameIn == 0);  // the screen changed: the next frame draws it
  REQUIRE(Settles(ui));
  CHECK(ui.state.nextFrameIn == hw::kNoFrame);
  CHECK(ui.Find("nav.back") != nullptr);  // it was drawn before the app went quiet
}

TEST_CASE("a change waiting to be saved asks for a frame when the save is due") {
  hw::test::TempFolder folder;
  UiHarness ui;
  ui.platform.folder = folder.path;
  hw::Saver saver;
  saver.MarkSaved(ui.state);
  ui.state.nextFrameIn = hw::kNoFrame;
  hw::ChooseLanguage(ui.state, hw::Language::Thai);
  CHECK_FALSE(saver.Tick(ui.state, ui.platform, 10.0));
  CHECK(ui.state.nextFrameIn == doctest::Approx(hw::kSaveDelaySeconds));
  CHECK_FALSE(saver.Tick(ui.state, ui.platform, 10.75));
  CHECK(ui.state.nextFrameIn == doctest::Approx(hw::kSaveDelaySeconds - 0.75));
  SUBCASE("once saved, nothing more is asked") {
    CHECK(saver.Tick(ui.state, ui.platform, 11.0));
    ui.state.nextFrameIn = hw::kNoFrame;
    CHECK_FALSE(saver.Tick(ui.state, ui.platform, 12.0));
    CHECK(ui.state.nextFrameIn == hw::kNoFrame);
  }
  SUBCASE("a tab that does not save asks for nothing") {
    ui.state.readOnly = true;
    ui.state.nextFrameIn = hw::kNoFrame;
    CHECK_FALSE(saver.Tick(ui.state, ui.platform, 11.0));
    CHECK(ui.state.nextFrameIn == hw::kNoFrame);
  }
}

TEST_CASE("a Copy button that says Copied asks for the frame that says Copy again") {
  UiHarness ui;
  ui.state.data.settings.demoLoaded = true;
  ui.state.notice = hw::Msg::ErrSaveFailed;
  ui.state.noticeDetail = "QuotaExceededError";
  REQUIRE(Settles(ui));
  CHECK(ui.state.nextFrameIn == hw::kNoFrame);
  REQUIRE(ui.Tap("notice.copy"));
  REQUIRE(ui.Find("notice.copy")->label == "Copied");
  REQUIRE(Settles(ui));
  CHECK(ui.state.nextFrameIn > 1.5);
  CHECK(ui.state.nextFrameIn <= 2.0);
}

TEST_CASE("new storage figures are worth a frame only where they show") {
  UiHarness ui;
  ui.state.storage = {1000, 100000, false};
  CHECK_FALSE(hw::StorageInfoShows(ui.state, {2000, 100000, false}));  // the home screen does not show them
  CHECK(hw::StorageInfoShows(ui.state, {95000, 100000, false}));       // every screen warns of a full phone
  ui.state.screen = hw::Screen::Settings;
  CHECK(hw::StorageInfoShows(ui.state, {2000, 100000, true}));  // Settings shows them all
}

TEST_SUITE_END();
