#include <doctest/doctest.h>

#include <stb/stb_image.h>
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <set>
#include <sstream>

#include "shared/catalogue/catalogue_pack.hpp"
#include "shared/catalogue/demo_catalogue.hpp"
#include "shared/core/json_file.hpp"
#include "shared/core/validation.hpp"
#include "shared/media/photo.hpp"
#include "shared/media/swatch.hpp"
#include "shared/storage/snapshot.hpp"

using namespace hw;
// The demo catalogues (assets/demo/): their source, the pictures drawn for them, the
// packs made from them and how the app adds them.

#define STB_IMAGE_WRITE_IMPLEMENTATION
#define STBI_WRITE_NO_STDIO
#define STB_IMAGE_IMPLEMENTATION
#define STBI_ONLY_JPEG
#define STBI_NO_STDIO
namespace fs = std::filesystem;

namespace {

fs::path SourceDir() { return fs::path(HOMEWORKS_SOURCE_DIR); }

std::string ReadText(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

std::vector<DemoGroup> LoadDemoSource() {
  std::vector<fs::path> files;
  for (const auto& entry : fs::directory_iterator(SourceDir() / "assets" / "demo"))
    if (entry.path().extension() == ".json") files.push_back(entry.path());
  std::sort(files.begin(), files.end());
  std::vector<DemoGroup> groups;
  for (const fs::path& file : files) {
    auto parsed = ParseDemoGroup(ReadText(file));
    CAPTURE(file.filename().string());
    if (!parsed) {
      CAPTURE(parsed.error().field);
      CAPTURE(parsed.error().detail);
      FAIL("the demo source does not parse");
    }
    groups.push_back(std::move(parsed.value()));
  }
  return groups;
}

std::string PackOf(DemoGroup demo, bool withPictures) {
  if (withPictures) return DemoPackJson(std::move(demo), SwatchPhoto);
  AppData data;
  data.groups.push_back(demo.group);
  data.products = demo.products;
  return ExportCataloguePack(data, demo.group.id, kDemoTimestamp);
}

std::size_t DistinctColours(const std::vector<std::uint8_t>& rgb) {
  std::set<std::uint32_t> colours;
  for (std::size_t i = 0; i + 2 < rgb.size(); i += 3) colours.insert((rgb[i] << 16u) | (rgb[i + 1] << 8u) | rgb[i + 2]);
  return colours.size();
}

}  // namespace

TEST_SUITE_BEGIN("catalogue");

TEST_CASE("the demo source has four to six groups from at least four countries, with about sixty products") {
  const auto groups = LoadDemoSource();
  REQUIRE_FALSE(groups.empty());
  CHECK(groups.size() >= 4);
  CHECK(groups.size() <= 6);
  std::set<std::string> countries, currencies, ids;
  std::map<std::string, int> perCategory;
  std::size_t products = 0, onRequest = 0, withVariants = 0, inStock = 0, madeToOrder = 0;
  for (const DemoGroup& demo : groups) {
    CAPTURE(demo.slug);
    countries.insert(demo.group.country);
    CHECK(ids.insert(demo.group.id).second);
    CHECK(demo.group.name.find("Demo") != std::string::npos);
    CHECK(demo.group.story.Get("en").find("Demo") != std::string_view::npos);
    CHECK(Validate(demo.group).empty());
    // The group's own language besides English, for its story and every product name.
    REQUIRE(demo.group.languages.size() >= 2);
    const std::string own = demo.group.languages.front();
    CHECK(own != "en");
    CHECK(demo.group.story.Has(own));
    REQUIRE(demo.products.size() == demo.pictures.size());
    for (const Product& p : demo.products) {
      CAPTURE(p.sku);
      ++products;
      ++perCategory[p.category];
      CHECK(ids.insert(p.id).second);
      CHECK(Validate(p).empty());
      CHECK(p.name.Has("en"));
      CHECK(p.name.Has(own));
      CHECK(p.description.Has(own));
      CHECK(std::find(p.tags.begin(), p.tags.end(), kDemoTag) != p.tags.end());
      CHECK_FALSE(p.materials.empty());
      currencies.insert(p.price.currency);
      if (p.priceOnRequest) ++onRequest;
      else CHECK(p.price.minor > 0);
      if (!p.variants.empty()) ++withVariants;
      if (p.availability == Availability::InStock) ++inStock;
      else CHECK(p.leadTimeDays > 0);
      if (p.availability == Availability::MadeToOrder) ++madeToOrder;
    }
  }
  CHECK(countries.size() >= 4);
  CHECK(currencies.size() >= 4);
  CHECK(products >= 50);
  CHECK(products <= 70);
  for (std::string_view category : kDemoCategories) {
    CAPTURE(category);
    CHECK(perCategory[std::string(category)] >= 3);
  }
  CHECK(perCategory.size() == kDemoCategories.size());
  CHECK(onRequest >= 3);
  CHECK(withVariants >= 3);
  CHECK(inStock >= 10);
  CHECK(madeToOrder >= 10);
}

TEST_CASE("every demo group's pack, pictures included, round-trips through the catalogue importer") {
  for (const DemoGroup& demo : LoadDemoSource()) {
    CAPTURE(demo.slug);
    const std::string json = PackOf(demo, true);
    const auto pack = ImportCataloguePack(json);
    REQUIRE(pack.ok());
    CHECK(pack.value().group.name == demo.group.name);
    REQUIRE(pack.value().products.size() == demo.products.size());
    for (std::size_t i = 0; i < demo.products.size(); ++i) {
      const Product& p = pack.value().products[i];
      Product expected = demo.products[i];
      REQUIRE(p.photos.size() == 1);
      expected.photos = p.photos;
      CHECK(p == expected);
      // The picture is a real, small JPEG of the product's pattern.
      int w = 0, h = 0, channels = 0;
      const auto& bytes = p.photos[0].bytes;
      CHECK(bytes.size() < 24 * 1024);
      stbi_uc* pixels = stbi_load_from_memory(bytes.data(), static_cast<int>(bytes.size()), &w, &h, &channels, 3);
      REQUIRE(pixels != nullptr);
      CHECK(w == 256);
      CHECK(h == 256);
      stbi_image_free(pixels);
    }
  }
}

TEST_CASE("adding the demo packs marks their groups as demo, and adding them again changes nothing") {
  AppData data;
  REQUIRE(ShouldLoadDemo(data));
  const auto groups = LoadDemoSource();
  std::size_t products = 0;
  for (const DemoGroup& demo : groups) {
    REQUIRE(AddDemoPack(data, PackOf(demo, false)).ok());
    products += demo.products.size();
  }
  CHECK(data.groups.size() == groups.size());
  CHECK(data.products.size() == products);
  for (const ArtisanGroup& g : data.groups) CHECK(IsDemoGroup(data, g.id));
  CHECK_FALSE(ShouldLoadDemo(data));  // there are groups now

  const AppData once = data;
  for (const DemoGroup& demo : groups) REQUIRE(AddDemoPack(data, PackOf(demo, false)).ok());
  CHECK(data == once);

  SUBCASE("a pack that does not import leaves the data as it was") {
    CHECK_FALSE(AddDemoPack(data, "{\"catalogue\": {\"kind\": \"something else\"}}").ok());
    CHECK(data == once);
  }
  SUBCASE("once loaded, the demo is not loaded again even when its groups are gone") {
    data.settings.demoLoaded = true;
    data.groups.clear();
    CHECK_FALSE(ShouldLoadDemo(data));
  }
  SUBCASE("a group of one's own is not a demo group") {
    ArtisanGroup mine = groups.front().group;
    mine.id = "0123456789abcdef0123456789abcdef";
    CHECK_FALSE(IsDemoGroup(data, mine.id));
  }
}

TEST_CASE("a group is added from its source file with its pictures drawn, and a wrong file changes nothing") {
  const fs::path file = SourceDir() / "assets" / "demo" / "th-khonkaen.json";
  const std::string source = ReadText(file);
  AppData data;
  int drawn = 0;
  const SwatchPicture counting = [&](const Swatch& swatch, int size) {
    ++drawn;
    return SwatchPhoto(swatch, size);
  };
  const auto added = AddDemoGroup(data, source, counting);
  REQUIRE(added.ok());
  REQUIRE(data.groups.size() == 1);
  CHECK(IsDemoGroup(data, data.groups[0].id));
  REQUIRE(data.groups[0].logo.has_value());
  CHECK(data.groups[0].logo->width == kDemoLogoSize);
  CHECK(drawn == static_cast<int>(data.products.size()) + 1);
  for (const Product& p : data.products) {
    REQUIRE(p.photos.size() == 1);
    CHECK(p.photos[0].width == kDemoPictureSize);
  }
  const AppData once = data;
  SUBCASE("the same file again changes nothing") {
    REQUIRE(AddDemoGroup(data, source, counting).ok());
    CHECK(data == once);
  }
  SUBCASE("a pack or a damaged source is refused and the data stays") {
    for (const std::string& wrong : {PackOf(LoadDemoSource().front(), false), source.substr(0, source.size() / 2),
                                     std::string("{\"demo\": true}")}) {
      CHECK_FALSE(AddDemoGroup(data, wrong, counting).ok());
      CHECK(data == once);
    }
  }
}

TEST_CASE("the demo index round-trips and accepts only plain file names") {
  DemoIndex index;
  index.packs.push_back({"in-sanganer.json", "0123456789abcdef0123456789abcdef", "A group (Demo)", 12});
  const auto back = ParseDemoIndex(DemoIndexJson(index));
  REQUIRE(back.ok());
  CHECK(back.value().packs == index.packs);

  for (const char* bad : {"../state.json", "/data/x.json", "https://example.org/a.json", "pack.txt", "a/b.json"}) {
    CAPTURE(bad);
    DemoIndex wrong = index;
    wrong.packs[0].file = bad;
    const auto result = ParseDemoIndex(DemoIndexJson(wrong));
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().field == "packs[0].file");
  }
  SUBCASE("another kind of file is refused as such") {
    const auto result = ParseDemoIndex(PackOf(LoadDemoSource().front(), false));
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().message == Msg::ErrFileWrongKind);
  }
}

TEST_CASE("a mistake in a demo source file is reported with its field") {
  const std::string good = ReadText(SourceDir() / "assets" / "demo" / "in-sanganer.json");
  REQUIRE(ParseDemoGroup(good).ok());
  auto broken = [&](std::string_view from, std::string_view to) {
    std::string text = good;
    const auto at = text.find(from);
    REQUIRE(at != std::string::npos);
    text.replace(at, from.size(), to);
    return ParseDemoGroup(text);
  };
  SUBCASE("a product without its unit") {
    const auto r =
        broken(R"("unit": "piece", "minOrder": 10, "leadTimeDays": 21,)", R"("minOrder": 10, "leadTimeDays": 21,)");
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().field == "products[0].unit");
  }
  SUBCASE("a category outside the six") {
    const auto r = broken(R"("category": "textiles")", R"("category": "spaceships")");
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().field == "products[0].category");
  }
  SUBCASE("an unknown pattern") {
    const auto r =
        broken(R"("pattern": "dots", "colours": ["#f5efe0")", R"("pattern": "plaid", "colours": ["#f5efe0")");
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().field == "products[0].picture.pattern");
  }
  SUBCASE("a price that is not whole minor units") {
    const auto r = broken(R"("priceMinor": 65000)", R"("priceMinor": 650.5)");
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().message == Msg::ErrNumberInvalid);
    CHECK(r.error().line == 20);  // the JSON checker stops at fractions before parsing
  }
  SUBCASE("a file not marked as demo") {
    const auto r = broken(R"("demo": true)", R"("demo": false)");
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().message == Msg::ErrFileWrongKind);
  }
}

TEST_CASE("every swatch pattern draws a picture of several colours, the same each time") {
  for (int i = 0; i < static_cast<int>(SwatchPattern::Count); ++i) {
    const auto pattern = static_cast<SwatchPattern>(i);
    CAPTURE(PatternName(pattern));
    CHECK(PatternFromName(PatternName(pattern)) == pattern);
    const Swatch swatch{pattern, {{240, 230, 210}, {160, 40, 30}, {20, 60, 120}}, 7};
    const auto pixels = DrawSwatch(swatch, 64);
    REQUIRE(pixels.size() == 64u * 64u * 3u);
    CHECK(DistinctColours(pixels) >= 3);
    CHECK(DrawSwatch(swatch, 64) == pixels);
  }
  CHECK(ParseColour("#a0522D") == Rgb{160, 82, 45});
  CHECK_FALSE(ParseColour("a0522d").has_value());
  CHECK_FALSE(ParseColour("#a0522g").has_value());
}

TEST_CASE("settings saved before the demo existed load with the demo not loaded yet") {
  SUBCASE("a JSON archive of version 1") {
    Settings settings;
    const auto error = LoadJson(ReadText(SourceDir() / "tests" / "data" / "settings_v1.json"),
                                [&](cereal::JSONInputArchive& ar) { ar(cereal::make_nvp("settings", settings)); });
    REQUIRE_FALSE(error.has_value());
    CHECK(settings.language == "bn");
    CHECK(settings.buyerDetails.name == "Rina Akter");
    CHECK_FALSE(settings.demoLoaded);
    CHECK(settings.demoGroupIds.empty());
  }
  SUBCASE("a snapshot whose settings are version 1") {
    const std::string bytes = ReadText(SourceDir() / "tests" / "data" / "app_data_settings_v1.snapshot");
    const auto data = LoadSnapshot(std::span(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size()));
    REQUIRE(data.ok());
    CHECK(data.value().settings.preferredCurrency == "BDT");
    CHECK_FALSE(data.value().settings.demoLoaded);
    CHECK(ShouldLoadDemo(data.value()));
  }
  SUBCASE("version 2 keeps the flag and the demo groups") {
    AppData data;
    data.settings.demoLoaded = true;
    data.settings.demoGroupIds = {"0123456789abcdef0123456789abcdef"};
    const std::string bytes = SnapshotBytes(data);
    const auto back = LoadSnapshot(std::span(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size()));
    REQUIRE(back.ok());
    CHECK(back.value().settings == data.settings);
  }
}

TEST_SUITE_END();
