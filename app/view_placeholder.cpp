#include <imgui.h>

#include "app/theme.hpp"
#include "app/views.hpp"
#include "app/widgets.hpp"

namespace hw {

void DrawPlaceholder(AppState& state, Msg title) {
  const Language lang = state.language;
  if (TouchButton("nav.back", Tr(lang, Msg::Back))) state.screen = Screen::Home;
  Heading(Tr(lang, title));
  TextWrapped(Tr(lang, Msg::ComingSoon));
}

}  // namespace hw
