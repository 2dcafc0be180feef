#pragma once
// The one source of truth the views draw from and change.
#include "shared/i18n.hpp"

namespace hw {

// Samples: every script's sample line, for the shaping comparison test (?samples).
enum class Screen { Home, Learn, Shop, MyGroup, Language, Samples };

struct AppState {
  Language language = Language::English;
  Screen screen = Screen::Home;
};

}  // namespace hw
