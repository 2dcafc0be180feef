// Puts the demo catalogues beside the web app: the source files of assets/demo/
// (one per group), each checked first the way the app will add it (pictures drawn,
// the catalogue pack made and imported), and an index listing them.
//
//   demo_catalogue SOURCE_DIR OUT_DIR     e.g. assets/demo build/web/site/demo
//
// Built natively and run by scripts/build.sh before the web build. Files are
// rewritten only when their bytes change, so the service worker's version and the
// compressed copies change only with the demo data.
#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <set>
#include <string>
#include <vector>

#include "shared/catalogue/catalogue_pack.hpp"
#include "shared/catalogue/demo_catalogue.hpp"
#include "shared/media/photo.hpp"
#include "shared/media/swatch.hpp"

namespace fs = std::filesystem;

namespace {

std::string ReadText(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// Writes `text` unless the file already holds exactly it; false on failure.
bool WriteIfChanged(const fs::path& path, const std::string& text) {
  if (fs::exists(path) && ReadText(path) == text) return true;
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << text;
  return static_cast<bool>(out);
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 3) {
    std::fprintf(stderr, "usage: demo_catalogue SOURCE_DIR OUT_DIR\n");
    return 2;
  }
  const fs::path source = argv[1], out = argv[2];
  std::vector<fs::path> files;
  for (const auto& entry : fs::directory_iterator(source)) {
    if (entry.is_regular_file() && entry.path().extension() == ".json") files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  fs::create_directories(out);

  hw::DemoIndex index;
  std::set<std::string> written{"index.json"};
  std::size_t pictures = 0, pictureBytes = 0;
  for (const fs::path& file : files) {
    const std::string text = ReadText(file);
    hw::Result<hw::DemoGroup> parsed = hw::ParseDemoGroup(text);
    if (!parsed) {
      const hw::Error& e = parsed.error();
      std::fprintf(stderr, "%s:%zu: %s: %s (%s)\n", file.string().c_str(), e.line, e.field.c_str(),
                   std::string(hw::Tr(hw::Language::English, e.message)).c_str(), e.detail.c_str());
      return 1;
    }
    const hw::DemoGroup& demo = parsed.value();
    // The app adds what is written here: check it the same way first.
    hw::AppData data;
    hw::Result<hw::CataloguePack> added = hw::AddDemoGroup(data, text, [&](const hw::Swatch& swatch, int size) {
      hw::Photo photo = hw::SwatchPhoto(swatch, size);  // as the app draws it
      if (size == hw::kDemoPictureSize) {
        pictureBytes += photo.bytes.size();
        ++pictures;
      }
      return photo;
    });
    if (!added) {
      std::fprintf(stderr, "%s: the group does not import: %s %s\n", file.string().c_str(),
                   std::string(hw::Tr(hw::Language::English, added.error().message)).c_str(),
                   added.error().field.c_str());
      return 1;
    }
    const std::string name = demo.slug + ".json";
    if (!WriteIfChanged(out / name, text)) {
      std::fprintf(stderr, "could not write %s\n", (out / name).string().c_str());
      return 1;
    }
    written.insert(name);
    index.packs.push_back({name, demo.group.id, demo.group.name, static_cast<std::uint32_t>(demo.products.size())});
  }
  if (!WriteIfChanged(out / "index.json", hw::DemoIndexJson(index))) return 1;
  // Files of groups no longer in the source (and their compressed copies) go away.
  for (const auto& entry : fs::directory_iterator(out)) {
    std::string name = entry.path().filename().string();
    for (const char* suffix : {".br", ".gz"})
      if (name.ends_with(suffix)) name.resize(name.size() - 3);
    if (!written.count(name)) fs::remove(entry.path());
  }
  std::printf("demo: %zu groups; the app draws %zu pictures of %dx%d, %zu bytes of JPEG (%zu on average)\n",
              index.packs.size(), pictures, hw::kDemoPictureSize, hw::kDemoPictureSize, pictureBytes,
              pictures ? pictureBytes / pictures : 0);
  return 0;
}
