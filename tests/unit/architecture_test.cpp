// The include rules of CONTRIBUTING.md ("Which folder may include which"), checked
// over every source file of shared/, app/ and web/: includes run downward only, from the
// browser to the app to the domain, and inside each floor from the capabilities down.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <set>
#include <string>
#include <vector>

namespace fs = std::filesystem;

namespace {

const fs::path kRoot = HOMEWORKS_SOURCE_DIR;

struct Include {
  std::string file;    // "shared/catalogue/search.cpp"
  std::string target;  // "shared/model.hpp", or "<imgui.h>" for a system header
  int line = 0;
};

std::vector<std::string> SourceFiles() {
  std::vector<std::string> files;
  for (const char* floor : {"shared", "app", "web"})
    for (const auto& entry : fs::recursive_directory_iterator(kRoot / floor)) {
      const std::string ext = entry.path().extension().string();
      if (entry.is_regular_file() && (ext == ".hpp" || ext == ".cpp"))
        files.push_back(fs::relative(entry.path(), kRoot).generic_string());
    }
  std::sort(files.begin(), files.end());
  return files;
}

std::vector<Include> IncludesOf(const std::string& file) {
  std::vector<Include> out;
  std::ifstream in(kRoot / file);
  std::string text;
  for (int line = 1; std::getline(in, text); ++line) {
    const std::size_t at = text.find("#include ");
    if (at != 0) continue;
    const std::string rest = text.substr(9);
    if (rest.starts_with("\"")) out.push_back({file, rest.substr(1, rest.find('"', 1) - 1), line});
    else if (rest.starts_with("<")) out.push_back({file, rest.substr(0, rest.find('>') + 1), line});
  }
  return out;
}

// The capability a file belongs to: its floor and first folder ("shared/i18n" for
// shared/i18n/translations/hi.inc); the floor itself for its top files ("app").
std::string FolderOf(const std::string& path) {
  const std::size_t floor = path.find('/');
  const std::size_t folder = path.find('/', floor + 1);
  return folder == std::string::npos ? path.substr(0, floor) : path.substr(0, folder);
}

bool StartsWithAny(const std::string& s, std::initializer_list<const char*> prefixes) {
  return std::any_of(prefixes.begin(), prefixes.end(), [&](const char* p) { return s.starts_with(p); });
}

const std::set<std::string> kRecordHeaders = {"shared/catalogue/catalogue.hpp", "shared/orders/order.hpp",
                                              "shared/learning/course.hpp", "shared/learning/learner.hpp",
                                              "shared/learning/lesson_icon.hpp"};
const std::set<std::string> kGround = {"shared/core", "shared/i18n"};
const std::set<std::string> kVocabulary = {"app/app_state.hpp", "app/platform.hpp", "app/screen.hpp"};
const std::set<std::string> kParts = {"app/shop", "app/my_group", "app/learn"};

bool SharedMay(const std::string& from, const std::string& to) {
  if (!to.starts_with("shared/")) return false;
  const std::string fromDir = FolderOf(from), toDir = FolderOf(to);
  const bool toGround = kGround.count(toDir) > 0, toRecord = kRecordHeaders.count(to) > 0;
  if (kRecordHeaders.count(from)) return toGround || toRecord;
  if (fromDir == toDir) return true;
  if (kGround.count(fromDir)) return toGround;
  if (fromDir == "shared") return toGround || toRecord;  // model.hpp and model.cpp
  if (fromDir == "shared/storage") return true;
  if (toGround || to == "shared/model.hpp") return true;
  if (fromDir == "shared/media") return false;
  if (toDir == "shared/media") return true;
  if (fromDir == "shared/orders") return toDir == "shared/catalogue";
  return false;  // catalogue and learning include no other capability
}

bool AppMay(const std::string& from, const std::string& to) {
  if (to.starts_with("shared/")) return true;
  if (!to.starts_with("app/")) return false;
  const std::string fromDir = FolderOf(from), toDir = FolderOf(to);
  if (fromDir == "app") return true;  // the top: the frame, the incoming files, saving
  if (fromDir == toDir) return true;
  if (fromDir == "app/text") return false;
  if (from.ends_with("_state.hpp")) return to == "app/screen.hpp";
  if (kVocabulary.count(to) || toDir == "app/text") return true;
  if (fromDir == "app/ui") return false;
  if (toDir == "app/ui") return true;
  return fromDir == "app/screens" && kParts.count(toDir) > 0;
}

bool Allowed(const Include& include) {
  const std::string& from = include.file;
  const std::string& to = include.target;
  if (to.starts_with("<")) {
    if (from.starts_with("shared/")) return !StartsWithAny(to, {"<imgui", "<SDL", "<emscripten", "<GLES"});
    if (from.starts_with("app/")) return !StartsWithAny(to, {"<SDL", "<emscripten", "<GLES"});
    return true;
  }
  if (from.starts_with("shared/")) return SharedMay(from, to);
  if (from.starts_with("app/")) return AppMay(from, to);
  return to.starts_with("app/") || to.starts_with("shared/") || to.starts_with("web/");
}

}  // namespace

TEST_SUITE_BEGIN("architecture");

TEST_CASE("includes run downward only: web to app to shared, and inside each floor from the capabilities down") {
  const std::vector<std::string> files = SourceFiles();
  REQUIRE(files.size() > 100);
  std::size_t checked = 0;
  for (const std::string& file : files)
    for (const Include& include : IncludesOf(file)) {
      CAPTURE(include.file);
      CAPTURE(include.line);
      CAPTURE(include.target);
      CHECK(Allowed(include));
      ++checked;
    }
  CHECK(checked > 500);
}

TEST_CASE("the include rules refuse what they are there to refuse") {
  CHECK_FALSE(Allowed({"shared/core/id.hpp", "shared/model.hpp", 1}));
  CHECK_FALSE(Allowed({"shared/catalogue/catalogue.hpp", "shared/model.hpp", 1}));
  CHECK_FALSE(Allowed({"shared/catalogue/search.cpp", "shared/orders/order_file.hpp", 1}));
  CHECK_FALSE(Allowed({"shared/catalogue/search.cpp", "app/app_state.hpp", 1}));
  CHECK_FALSE(Allowed({"shared/media/photo.cpp", "<imgui.h>", 1}));
  CHECK_FALSE(Allowed({"app/ui/widgets.cpp", "app/shop/shop.hpp", 1}));
  CHECK_FALSE(Allowed({"app/shop/view_shop.cpp", "app/my_group/my_group.hpp", 1}));
  CHECK_FALSE(Allowed({"app/text/shaper.cpp", "app/ui/theme.hpp", 1}));
  CHECK_FALSE(Allowed({"app/app.cpp", "web/web_platform.hpp", 1}));
  CHECK_FALSE(Allowed({"app/learn/view_lesson.cpp", "<emscripten.h>", 1}));
  CHECK(Allowed({"shared/orders/order_draft.cpp", "shared/catalogue/catalogue_text.hpp", 1}));
  CHECK(Allowed({"app/screens/view_home.cpp", "app/learn/learn.hpp", 1}));
  CHECK(Allowed({"web/main.cpp", "<emscripten.h>", 1}));
}

TEST_CASE("only web/ knows it runs in a browser") {
  for (const std::string& file : SourceFiles()) {
    if (file.starts_with("web/")) continue;
    std::ifstream in(kRoot / file);
    const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    CAPTURE(file);
    CHECK(text.find("__EMSCRIPTEN__") == std::string::npos);
    CHECK(text.find("EM_JS") == std::string::npos);
    CHECK(text.find("EM_ASM") == std::string::npos);
  }
}

TEST_SUITE_END();
