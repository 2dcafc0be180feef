#include "shared/model.hpp"

namespace hw {

const ArtisanGroup* AppData::FindGroup(std::string_view id) const {
  for (const auto& g : groups) {
    if (g.id == id) return &g;
  }
  return nullptr;
}

const Product* AppData::FindProduct(std::string_view id) const {
  for (const auto& p : products) {
    if (p.id == id) return &p;
  }
  return nullptr;
}

const OrderRequest* AppData::FindOrder(std::string_view id) const {
  for (const auto& o : orders) {
    if (o.id == id) return &o;
  }
  return nullptr;
}

Progress& AppData::ProgressFor(const Id& profileId, const Id& lessonId) {
  for (auto& p : progress) {
    if (p.profileId == profileId && p.lessonId == lessonId) return p;
  }
  Progress fresh;
  fresh.profileId = profileId;
  fresh.lessonId = lessonId;
  progress.push_back(std::move(fresh));
  return progress.back();
}

}  // namespace hw
