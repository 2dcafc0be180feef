#include <doctest/doctest.h>

#include <imgui.h>

#include "app/ui/draw_signature.hpp"
#include "tests/ui/ui_harness.hpp"

using hw::test::UiHarness;

namespace {
std::uint64_t LastFrameSignature() { return hw::DrawSignature(*ImGui::GetDrawData()); }
}  // namespace

TEST_SUITE_BEGIN("ui");

TEST_CASE("a screen left alone draws the same picture, so the canvas need not be painted again") {
  UiHarness ui;
  for (int i = 0; i < 4; ++i) ui.Frame();  // settled
  const std::uint64_t home = LastFrameSignature();
  ui.Frame();
  CHECK(LastFrameSignature() == home);

  SUBCASE("another screen looks different") {
    REQUIRE(ui.Tap("home.shop"));
    CHECK(LastFrameSignature() != home);
  }
  SUBCASE("one vertex of another colour looks different") {
    ImDrawList* list = ImGui::GetDrawData()->CmdLists[0];
    REQUIRE(list->VtxBuffer.Size > 0);
    list->VtxBuffer[list->VtxBuffer.Size / 2].col ^= 0x00010000;
    CHECK(LastFrameSignature() != home);
  }
  SUBCASE("the same picture on a larger window looks different") {
    ui.Resize(412, 915);
    ui.Frame();
    ui.Frame();
    CHECK(LastFrameSignature() != home);
  }
}

TEST_SUITE_END();
