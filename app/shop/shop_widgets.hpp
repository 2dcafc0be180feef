#pragma once
// Small pieces the buyer's screens share: choice chips laid out in rows, and the
// scroll position each screen opens at.
#include <string>
#include <string_view>

#include "app/app_state.hpp"
#include "shared/catalogue/catalogue_text.hpp"

namespace hw {

// Starts a row of chips; each Chip goes beside the last one or on a new line.
struct ChipRow {
  bool first = true;
};
// A rounded choice a thumb can hit, filled when selected; true when tapped.
bool Chip(ChipRow& row, const char* id, std::string_view label, bool selected);

// Each buyer's screen opens at its top, except the Shop, which comes back to where
// the person was in the list. Made at the start of each of these screens: when the
// screen changes during the frame, the next one is scrolled before it is drawn.
class ScrollKeeper {
 public:
  explicit ScrollKeeper(AppState& state);
  ~ScrollKeeper();
  ScrollKeeper(const ScrollKeeper&) = delete;
  ScrollKeeper& operator=(const ScrollKeeper&) = delete;

 private:
  AppState& state_;
};

}  // namespace hw
