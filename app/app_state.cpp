#include "app/app_state.hpp"

namespace hw {

const SearchIndex& ProductIndex(AppState& state) {
  ShopState& shop = state.shop;
  if (shop.indexRevision != state.revision || shop.indexLanguage != state.language) {
    shop.index = SearchIndex::Build(state.data, Info(state.language).code);
    shop.indexRevision = state.revision;
    shop.indexLanguage = state.language;
  }
  return shop.index;
}

void ChooseLanguage(AppState& state, Language language) {
  if (state.language == language) return;
  state.language = language;
  state.data.settings.language = std::string(Info(language).code);
  state.Changed();
}

}  // namespace hw
