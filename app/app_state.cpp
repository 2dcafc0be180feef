#include "app/app_state.hpp"

namespace hw {

void ChooseLanguage(AppState& state, Language language) {
  if (state.language == language) return;
  state.language = language;
  state.data.settings.language = std::string(Info(language).code);
  state.Changed();
}

}  // namespace hw
