// The demo catalogues on first start, with the platform's fetches answered by hand.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <string>

#include "app/shop/demo_loader.hpp"
#include "shared/catalogue/demo_catalogue.hpp"
#include "tests/ui/ui_harness.hpp"

using namespace hw;
using hw::test::UiHarness;
namespace fs = std::filesystem;

namespace {

std::vector<std::uint8_t> Bytes(std::string_view text) { return {text.begin(), text.end()}; }

// The files as the build puts them beside the app: the index and the groups' sources.
struct DemoFiles {
  DemoIndex index;
  std::map<std::string, std::string> packs;  // file -> source JSON
};

DemoFiles MakeDemoFiles() {
  DemoFiles files;
  const fs::path source = fs::path(HOMEWORKS_SOURCE_DIR) / "assets" / "demo";
  std::vector<fs::path> paths;
  for (const auto& entry : fs::directory_iterator(source))
    if (entry.path().extension() == ".json") paths.push_back(entry.path());
  std::sort(paths.begin(), paths.end());
  for (const fs::path& path : paths) {
    std::ifstream in(path, std::ios::binary);
    const std::string source(std::istreambuf_iterator<char>(in), {});
    auto demo = ParseDemoGroup(source);
    REQUIRE(demo.ok());
    const std::string file = demo.value().slug + ".json";
    files.packs[file] = source;
    files.index.packs.push_back({file, demo.value().group.id, demo.value().group.name,
                                 static_cast<std::uint32_t>(demo.value().products.size())});
  }
  return files;
}

// Answers every fetch the app asked for since the last call, as the browser would.
void AnswerFetches(UiHarness& ui, const DemoFiles& files, std::size_t& answered) {
  const std::size_t first = ui.state.incoming.size();
  for (; answered < ui.platform.fetches.size(); ++answered) {
    const std::string& asked = ui.platform.fetches[answered];
    const std::string purpose = asked.substr(0, asked.find(' ')), url = asked.substr(asked.find(' ') + 1);
    IncomingFile file{PurposeFromName(purpose).value_or(FilePurpose::Count), url, {}, {}};
    if (url == kDemoIndexUrl) file.bytes = Bytes(DemoIndexJson(files.index));
    else if (auto it = files.packs.find(url.substr(url.rfind('/') + 1)); it != files.packs.end())
      file.bytes = Bytes(it->second);
    else file.error = "HTTP 404";
    ui.state.incoming.push_back(std::move(file));
  }
  // Downloads finish in any order: the last asked for arrives first.
  std::reverse(ui.state.incoming.begin() + static_cast<std::ptrdiff_t>(first), ui.state.incoming.end());
}

// How many fetches were for the demo (the app fetches other things too).
std::size_t DemoFetches(const UiHarness& ui) {
  return static_cast<std::size_t>(std::count_if(ui.platform.fetches.begin(), ui.platform.fetches.end(),
                                                [](const std::string& f) { return f.starts_with("demo."); }));
}

}  // namespace

TEST_SUITE_BEGIN("shop");

TEST_CASE("on first start the demo catalogues are fetched, added and listed in the Shop as demo") {
  const DemoFiles files = MakeDemoFiles();
  UiHarness ui(360, 1600);  // tall enough to show every group without scrolling
  ui.Frame();
  REQUIRE_FALSE(ui.platform.fetches.empty());  // not in the first frame, in the next
  CHECK(ui.platform.fetches.front() == "demo.index demo/index.json");
  REQUIRE(ui.Tap("home.shop"));
  ui.Frame();
  CHECK(ui.Find("shop.groups.none") != nullptr);  // "Loading the demo catalogues..."

  std::size_t answered = 0;
  for (int frame = 0; frame < 4; ++frame) {
    AnswerFetches(ui, files, answered);
    ui.Frame();
  }
  // One group is added a frame: the others wait.
  CHECK(ui.state.data.groups.size() < files.index.packs.size());
  for (int frame = 0; frame < 4; ++frame) {
    AnswerFetches(ui, files, answered);
    ui.Frame();
  }
  CHECK(DemoFetches(ui) == 1 + files.packs.size());
  CHECK(ui.state.data.settings.demoLoaded);
  REQUIRE(ui.state.data.groups.size() == files.index.packs.size());
  for (std::size_t i = 0; i < files.index.packs.size(); ++i)
    CHECK(ui.state.data.groups[i].id == files.index.packs[i].groupId);
  for (const DemoIndexEntry& entry : files.index.packs) {
    CAPTURE(entry.name);
    const WidgetRect* name = ui.Find("shop.group." + entry.groupId);
    REQUIRE(name != nullptr);
    CHECK(name->label == entry.name);
    const WidgetRect* count = ui.Find("shop.group." + entry.groupId + ".products");
    REQUIRE(count != nullptr);
    CHECK(count->label == "Products: " + std::to_string(entry.products));
    CHECK(ui.Find("shop.group." + entry.groupId + ".demo") != nullptr);
  }
  // The pictures were drawn on the phone: one small JPEG per product, a logo per group.
  for (const Product& p : ui.state.data.products) {
    CAPTURE(p.sku);
    REQUIRE(p.photos.size() == 1);
    CHECK(p.photos[0].mime == "image/jpeg");
    CHECK(p.photos[0].width == kDemoPictureSize);
    CHECK(p.photos[0].bytes.size() > 1000);
    CHECK(p.photos[0].bytes.size() < 24 * 1024);
  }
  for (const ArtisanGroup& g : ui.state.data.groups) CHECK((g.logo && g.logo->width == kDemoLogoSize));

  SUBCASE("later frames fetch nothing more") {
    const std::size_t before = ui.platform.fetches.size();
    for (int i = 0; i < 3; ++i) ui.Frame();
    CHECK(ui.platform.fetches.size() == before);
  }
}

TEST_CASE("the demo is not fetched when it was loaded before, or when there are groups") {
  UiHarness ui;
  ui.Frame();
  ui.platform.fetches.clear();
  ui.state.demoLoad = {};
  SUBCASE("loaded before, even with its groups removed since") { ui.state.data.settings.demoLoaded = true; }
  SUBCASE("a catalogue of one's own") {
    ArtisanGroup group;
    group.id = "0123456789abcdef0123456789abcdef";
    group.name = "Our group";
    ui.state.data.groups.push_back(group);
  }
  SUBCASE("another tab is the one that saves") { ui.state.readOnly = true; }
  for (int i = 0; i < 3; ++i) ui.Frame();
  CHECK(ui.platform.fetches.empty());
}

TEST_CASE("without network the demo is left for the next start, and nobody is bothered") {
  UiHarness ui;
  ui.Frame();
  REQUIRE(DemoFetches(ui) == 1);
  ui.state.incoming.push_back({FilePurpose::DemoIndex, kDemoIndexUrl, {}, "Failed to fetch"});
  for (int i = 0; i < 3; ++i) ui.Frame();
  CHECK_FALSE(ui.state.notice.has_value());
  CHECK_FALSE(ui.state.data.settings.demoLoaded);
  CHECK(ui.state.data.groups.empty());
  CHECK(DemoFetches(ui) == 1);  // not again in this session
}

TEST_SUITE_END();
