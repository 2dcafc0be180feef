#include "shared/catalogue/catalogue_pack.hpp"

#include <algorithm>
#include <set>

#include "shared/core/json_file.hpp"
#include "shared/core/validation.hpp"
#include "shared/media/photo.hpp"

namespace hw {
namespace {

Error FirstError(const ValidationErrors& errors, const std::string& prefix) {
  const ValidationError& first = errors.front();
  return Error{first.message, prefix + first.field, 0, first.detail};
}

// Products compared without their change time, which differs on every export.
bool SameProduct(Product a, Product b) {
  a.updatedAt = b.updatedAt = 0;
  return a == b;
}

// Takes out the photos this phone cannot show, so that the Shop never meets them.
void TakeOutBadPhotos(std::vector<Photo>& photos, const std::string& owner, std::vector<Error>& leftOut) {
  std::size_t number = 0;
  std::erase_if(photos, [&](const Photo& photo) {
    ++number;
    std::optional<Error> problem = CheckPackPhoto(photo);
    if (problem) leftOut.push_back(Error{problem->message, owner, number, problem->detail});
    return problem.has_value();
  });
}

bool SameGroup(ArtisanGroup a, ArtisanGroup b) {
  a.sellerPin = b.sellerPin = std::nullopt;
  a.updatedAt = b.updatedAt = 0;
  return a == b;
}

}  // namespace

std::string ExportCataloguePack(const AppData& data, std::string_view groupId, Timestamp now) {
  const ArtisanGroup* group = data.FindGroup(groupId);
  if (!group) return {};
  CataloguePack pack;
  pack.exportedAt = now;
  pack.group = *group;
  pack.group.sellerPin.reset();
  for (const Product& p : data.products) {
    if (p.groupId == groupId && !p.archived) pack.products.push_back(p);
  }
  return SaveJson("catalogue", pack);
}

Result<CataloguePack> ImportCataloguePack(std::string_view json) {
  CataloguePack pack;
  if (auto error = LoadJsonFile(json, "catalogue", pack)) return *error;
  pack.group.sellerPin.reset();  // a PIN never comes from outside
  // An archived product in a pack means the same as a missing one (Apply archives it).
  std::erase_if(pack.products, [](const Product& p) { return p.archived; });
  if (auto errors = Validate(pack.group); !errors.empty()) return FirstError(errors, "group.");
  std::set<std::string_view> ids;
  std::set<std::string_view> skus;
  for (std::size_t i = 0; i < pack.products.size(); ++i) {
    const Product& p = pack.products[i];
    const std::string prefix = "products[" + std::to_string(i) + "].";
    if (auto errors = Validate(p); !errors.empty()) return FirstError(errors, prefix);
    if (p.groupId != pack.group.id) return Error{Msg::ErrProductOtherGroup, prefix + "groupId", 0, p.groupId};
    if (!ids.insert(p.id).second) return Error{Msg::ErrIdDuplicate, prefix + "id", 0, p.id};
    if (!skus.insert(p.sku).second) return Error{Msg::ErrSkuDuplicate, prefix + "sku", 0, p.sku};
  }
  if (pack.group.logo) {
    std::vector<Photo> logo{*pack.group.logo};
    TakeOutBadPhotos(logo, pack.group.id, pack.photosLeftOut);
    if (logo.empty()) pack.group.logo.reset();
  }
  for (Product& p : pack.products) TakeOutBadPhotos(p.photos, p.id, pack.photosLeftOut);
  return pack;
}

CatalogueDiff DiffCatalogue(const AppData& existing, const CataloguePack& pack) {
  CatalogueDiff diff;
  const ArtisanGroup* group = existing.FindGroup(pack.group.id);
  diff.newGroup = group == nullptr;
  diff.groupChanged = group != nullptr && !SameGroup(*group, pack.group);
  std::set<std::string_view> inPack;
  for (const Product& p : pack.products) {
    inPack.insert(p.id);
    const Product* mine = existing.FindProduct(p.id);
    if (!mine) diff.added.push_back(p.id);
    else if (mine->groupId != pack.group.id) diff.conflicts.push_back(p.id);
    else if (!SameProduct(*mine, p)) diff.changed.push_back(p.id);
  }
  for (const Product& p : existing.products) {
    if (p.groupId == pack.group.id && !p.archived && !inPack.count(p.id)) diff.removed.push_back(p.id);
  }
  return diff;
}

void ApplyCatalogue(AppData& data, const CataloguePack& pack) {
  auto group = std::find_if(data.groups.begin(), data.groups.end(),
                            [&](const ArtisanGroup& g) { return g.id == pack.group.id; });
  if (group == data.groups.end()) {
    data.groups.push_back(pack.group);
  } else {
    std::optional<PinHash> pin = std::move(group->sellerPin);
    *group = pack.group;
    group->sellerPin = std::move(pin);
  }
  std::set<std::string_view> inPack;
  for (const Product& p : pack.products) inPack.insert(p.id);
  for (Product& p : data.products) {
    if (p.groupId == pack.group.id && !inPack.count(p.id)) p.archived = true;
  }
  for (const Product& incoming : pack.products) {
    auto mine =
        std::find_if(data.products.begin(), data.products.end(), [&](const Product& p) { return p.id == incoming.id; });
    if (mine == data.products.end()) data.products.push_back(incoming);
    else if (mine->groupId == pack.group.id) *mine = incoming;
  }
}

}  // namespace hw
