#include "app/app_state.hpp"

#include <array>
#include <random>

#include "shared/learning/profiles.hpp"

namespace hw {

std::uint64_t CatalogueNow(AppState& state) {
  ShopState& shop = state.shop;
  if (shop.catalogueRevision != state.revision) {
    shop.catalogue = CatalogueFingerprint(state.data);
    shop.catalogueRevision = state.revision;
  }
  return shop.catalogue;
}

const SearchIndex& ProductIndex(AppState& state) {
  ShopState& shop = state.shop;
  const std::uint64_t catalogue = CatalogueNow(state);
  if (shop.indexCatalogue != catalogue || shop.indexLanguage != state.language) {
    shop.index = {};  // the old index goes first: two at once would raise the memory's peak
    shop.index = SearchIndex::Build(state.data, Info(state.language).code);
    shop.indexCatalogue = catalogue;
    shop.indexLanguage = state.language;
  }
  return shop.index;
}

void ChooseLanguage(AppState& state, Language language) {
  if (state.language == language) return;
  state.language = language;
  state.data.settings.language = std::string(Info(language).code);
  if (Profile* profile = ActiveProfile(state.data)) profile->language = state.data.settings.language;
  state.Changed();
}

Id NewRandomId() { return NewId(RandomBytes()); }

std::array<std::uint8_t, 16> RandomBytes() {
  std::random_device device;  // crypto.getRandomValues in the browser
  std::array<std::uint8_t, 16> bytes{};
  for (std::uint8_t& b : bytes) b = static_cast<std::uint8_t>(device());
  return bytes;
}

void EnsureProfile(AppState& state) {
  if (ActiveProfile(state.data)) return;
  if (!state.data.profiles.empty()) {
    SwitchProfile(state, state.data.profiles.front().id);
    return;
  }
  AddProfile(state.data, NewRandomId(), "");
  state.Changed();
}

void SwitchProfile(AppState& state, const Id& profileId) {
  const Profile* profile = FindProfile(state.data, profileId);
  if (!profile) return;
  if (state.data.settings.activeProfileId != profileId) {
    state.data.settings.activeProfileId = profileId;
    state.Changed();
  }
  if (const auto language = LanguageFromCode(profile->language)) ChooseLanguage(state, *language);
  state.learn = {};
}

Buyer& ActiveBuyerDetails(AppState& state) {
  if (Profile* profile = ActiveProfile(state.data)) return profile->buyer;
  return state.data.settings.buyerDetails;
}

}  // namespace hw
