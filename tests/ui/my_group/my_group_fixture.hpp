#pragma once
// A phone with the sample group (PIN 2468) on it, and the steps a seller takes to
// open My group, for the My group ui tests.
#include <doctest/doctest.h>

#include <string>
#include <string_view>
#include <vector>

#include "tests/ui/ui_harness.hpp"
#include "tests/unit/sample_data.hpp"

namespace hw::test {

inline constexpr const char* kSamplePin = "2468";

inline void LoadSample(UiHarness& ui, bool withOrders = true) {
  ui.state.data = SampleData();
  if (!withOrders) ui.state.data.orders.clear();
  ui.state.data.settings.demoLoaded = true;  // no demo fetches
  ui.Frame();
}

// Home -> My group -> the sample group -> its PIN.
inline void OpenMyGroup(UiHarness& ui, std::string_view pin = kSamplePin) {
  REQUIRE(ui.Tap("home.mygroup"));
  REQUIRE(ui.Tap("mygroup.group." + ui.state.data.groups[0].id));
  REQUIRE(ui.Type("mygroup.pin", pin));
  REQUIRE(ui.Tap("mygroup.pin.open"));
}

inline std::vector<std::uint8_t> Bytes(std::string_view text) { return {text.begin(), text.end()}; }

// A file arriving as if chosen by the person (Platform::ChooseFile), for the purpose
// of that name ("seller.photo"), as the browser hands it back.
inline void Deliver(UiHarness& ui, std::string_view purpose, std::string_view name, std::vector<std::uint8_t> bytes,
                    std::string error = {}) {
  const std::optional<FilePurpose> known = PurposeFromName(purpose);
  REQUIRE(known);
  ui.state.incoming.push_back({*known, std::string(name), std::move(bytes), std::move(error)});
  ui.Frame();
  ui.Frame();
}

// The visible text of a published widget, or "" when it is not on screen.
inline std::string Label(const UiHarness& ui, std::string_view id) {
  const WidgetRect* w = ui.Find(id);
  return w ? w->label : std::string();
}

}  // namespace hw::test
