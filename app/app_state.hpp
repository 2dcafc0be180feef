#pragma once
// The one source of truth the views draw from and change.
#include "shared/i18n.hpp"

namespace hw {

enum class Screen { Home, Learn, Shop, MyGroup };

struct AppState {
  Language language = Language::English;
  Screen screen = Screen::Home;
};

}  // namespace hw
