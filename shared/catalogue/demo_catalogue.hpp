#pragma once
// The demo catalogues: fictional artisan groups that a fresh install shows so that
// buyers and groups can try the app before they have their own data.
//
// Their source is readable JSON in assets/demo/ (one file per group, described in
// assets/demo/README.md). At build time a native tool (scripts/demo_catalogue.cpp)
// checks every source file the way the app reads it, and puts the files beside the
// app with an index. The app fetches the index and the files on first start and adds
// each group with AddDemoGroup: it draws a picture per product (shared/media/swatch.hpp)
// and imports the group as an ordinary catalogue pack. The pictures are made on the
// phone, so the demo costs a few kilobytes to download instead of 250.
#include <array>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "shared/catalogue/catalogue_pack.hpp"
#include "shared/core/json_file.hpp"
#include "shared/core/result.hpp"
#include "shared/media/swatch.hpp"
#include "shared/model.hpp"

namespace hw {

// The six kinds of product the demo groups make (Product::category).
inline constexpr std::array<std::string_view, 6> kDemoCategories = {"textiles",  "bamboo-rattan", "pottery",
                                                                    "jewellery", "bags",          "food"};
// Every demo product carries this tag, so lists and searches can show it as a demo.
inline constexpr std::string_view kDemoTag = "demo";
// Demo records carry this fixed time, so every build writes the same packs.
inline constexpr Timestamp kDemoTimestamp = 1'767'225'600;  // 2026-01-01

struct DemoGroup {
  std::string slug;  // file name of its pack, without ".json"
  ArtisanGroup group;
  Swatch logo;
  std::vector<Product> products;  // photos empty: the build tool draws them
  std::vector<Swatch> pictures;   // one per product, same order
};

// One group's source file; ids are derived from the slug and SKUs, so they stay the
// same from build to build. Errors name the field ("products[3].priceMinor").
Result<DemoGroup> ParseDemoGroup(std::string_view json);

// The pictures: each swatch drawn at these sizes and kept as a small JPEG by
// `picture` (SwatchPhoto, shared/media/photo.hpp, in the app and the build tool).
inline constexpr int kDemoPictureSize = 256;
inline constexpr int kDemoLogoSize = 96;
using SwatchPicture = std::function<Photo(const Swatch& swatch, int size)>;

// The group's catalogue pack, its logo and product pictures made by `picture`.
std::string DemoPackJson(DemoGroup demo, const SwatchPicture& picture);

// The list of demo source files beside index.json, read by the app before it fetches
// them. Version 2: the files are sources (ParseDemoGroup); in version 1 they were packs.
inline constexpr const char* kDemoIndexKind = "homeworks-demo-index";
inline constexpr std::uint32_t kDemoIndexFormatVersion = 2;

struct DemoIndexEntry {
  std::string file;  // a source file, relative to the index, e.g. "in-sanganer.json"
  Id groupId;
  std::string name;
  std::uint32_t products = 0;

  template <class Archive>
  void serialize(Archive& ar, std::uint32_t /*version*/) {
    ar(cereal::make_nvp("file", file), cereal::make_nvp("groupId", groupId), cereal::make_nvp("name", name),
       cereal::make_nvp("products", products));
  }
  bool operator==(const DemoIndexEntry&) const = default;
};

struct DemoIndex {
  std::string kind = kDemoIndexKind;
  std::uint32_t formatVersion = kDemoIndexFormatVersion;
  std::vector<DemoIndexEntry> packs;  // the name is version 1's, when they were packs

  template <class Archive>
  void serialize(Archive& ar, std::uint32_t /*version*/) {
    // Stops before reading fields whose meaning this version may not know.
    SerializeFileHead(ar, kind, formatVersion, kDemoIndexKind, kDemoIndexFormatVersion);
    ar(cereal::make_nvp("packs", packs));
  }
};

std::string DemoIndexJson(const DemoIndex& index);
// The index, or an error; every file name is a plain name ending in ".json".
Result<DemoIndex> ParseDemoIndex(std::string_view json);

// Adds one demo pack to the data through the catalogue pack importer and remembers
// its group as a demo group (Settings::demoGroupIds). The data is untouched on error.
Result<CataloguePack> AddDemoPack(AppData& data, std::string_view packJson);
// The same from a group's source file, its pictures made by `picture` (DemoPackJson).
Result<CataloguePack> AddDemoGroup(AppData& data, std::string_view sourceJson, const SwatchPicture& picture);
bool IsDemoGroup(const AppData& data, std::string_view groupId);
// Whether the app should fetch the demo: it never did, and there are no groups.
bool ShouldLoadDemo(const AppData& data);

}  // namespace hw

HW_CLASS_VERSION(hw::DemoIndexEntry, 1)
HW_CLASS_VERSION(hw::DemoIndex, 1)
