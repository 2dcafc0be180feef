// Copying: the Copy button puts the text on the clipboard and says so for a moment.
#include <doctest/doctest.h>

#include "app/ui/copy_button.hpp"
#include "app/ui/theme.hpp"
#include "tests/ui/ui_harness.hpp"

using hw::test::UiHarness;

TEST_SUITE_BEGIN("ui");

TEST_CASE("the details of a problem can be copied to send to a helper") {
  UiHarness ui;
  ui.state.data.settings.demoLoaded = true;
  ui.state.notice = hw::Msg::ErrSaveFailed;
  ui.state.noticeDetail = "QuotaExceededError: the device is full";
  for (int i = 0; i < 3; ++i) ui.Frame();  // the banner grows to what it holds
  const hw::WidgetRect* copy = ui.Find("notice.copy");
  REQUIRE(copy != nullptr);
  CHECK(copy->label == "Copy");
  CHECK(copy->height >= hw::kTouchTarget);
  REQUIRE(ui.Tap("notice.copy"));
  REQUIRE(ui.platform.copied.size() == 1);
  CHECK(ui.platform.copied.back() == "Your data could not be saved\nQuotaExceededError: the device is full");
  CHECK(ui.Find("notice.copy")->label == "Copied");
  CHECK(ui.state.notice == hw::Msg::ErrSaveFailed);  // copying does not dismiss the notice
  // A moment later it offers to copy again.
  for (int i = 0; i < static_cast<int>(hw::kCopiedShownSeconds * 60) + 5; ++i) ui.Frame();
  CHECK(ui.Find("notice.copy")->label == "Copy");
}

TEST_CASE("the Copy button speaks the person's language") {
  UiHarness ui;
  ui.state.data.settings.demoLoaded = true;
  ui.state.language = hw::Language::Thai;
  ui.state.notice = hw::Msg::ErrSaveFailed;
  ui.state.noticeDetail = "QuotaExceededError";
  for (int i = 0; i < 3; ++i) ui.Frame();
  REQUIRE(ui.Find("notice.copy") != nullptr);
  CHECK(ui.Find("notice.copy")->label == "คัดลอก");
  REQUIRE(ui.Tap("notice.copy"));
  CHECK(ui.Find("notice.copy")->label == "คัดลอกแล้ว");
}

TEST_SUITE_END();
