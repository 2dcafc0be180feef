#pragma once
// A catalogue pack: one JSON file with a group and its products, photos included,
// that a group publishes and buyers (or the group's other phones) import.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "shared/core/json_file.hpp"
#include "shared/core/result.hpp"
#include "shared/model.hpp"

namespace hw {

inline constexpr const char* kCataloguePackKind = "homeworks-catalogue";
inline constexpr std::uint32_t kCataloguePackFormatVersion = 1;

struct CataloguePack {
  std::string kind = kCataloguePackKind;
  std::uint32_t formatVersion = kCataloguePackFormatVersion;
  Timestamp exportedAt = 0;
  ArtisanGroup group;  // without its seller PIN
  std::vector<Product> products;
  // Not in the file: the photos import took out because this phone cannot show them
  // (CheckPackPhoto), each with its product's id (the group's, for the logo) in `field`
  // and the photo's number (from 1) in `line`, for the import's preview.
  std::vector<Error> photosLeftOut;

  template <class Archive>
  void serialize(Archive& ar, std::uint32_t /*version*/) {
    // Stops before reading fields whose meaning this version may not know.
    SerializeFileHead(ar, kind, formatVersion, kCataloguePackKind, kCataloguePackFormatVersion);
    ar(cereal::make_nvp("exportedAt", exportedAt), cereal::make_nvp("group", group),
       cereal::make_nvp("products", products));
  }
};

// The group and its products that are not archived. Empty when the group is unknown.
std::string ExportCataloguePack(const AppData& data, std::string_view groupId, Timestamp now);
// The pack, or an error naming the field; the pack's group and products are validated,
// and photos that cannot be shown are taken out (listed in photosLeftOut).
Result<CataloguePack> ImportCataloguePack(std::string_view json);

struct CatalogueDiff {
  bool newGroup = false;
  bool groupChanged = false;
  std::vector<Id> added;      // in the pack, not on this device
  std::vector<Id> changed;    // on both, different
  std::vector<Id> removed;    // on this device (not archived), missing from the pack
  std::vector<Id> conflicts;  // ids this device knows as another group's products: skipped
  bool Empty() const {
    return !newGroup && !groupChanged && added.empty() && changed.empty() && removed.empty() && conflicts.empty();
  }
};
CatalogueDiff DiffCatalogue(const AppData& existing, const CataloguePack& pack);
// Brings the group's catalogue to the pack: adds and updates products, archives
// removed ones (orders may point at them), keeps the local seller PIN. Orders,
// other groups and their products, lessons and profiles are untouched.
void ApplyCatalogue(AppData& data, const CataloguePack& pack);

}  // namespace hw

HW_CLASS_VERSION(hw::CataloguePack, 1)
