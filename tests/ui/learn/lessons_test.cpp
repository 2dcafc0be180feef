#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>
#include <string>

#include "app/learn/lessons_loader.hpp"
#include "tests/ui/ui_harness.hpp"

namespace fs = std::filesystem;
using hw::test::UiHarness;

namespace {

std::vector<std::uint8_t> ReadPack(std::string_view name) {
  std::ifstream in(fs::path(HOMEWORKS_SOURCE_DIR) / "assets" / "lessons" / std::string(name), std::ios::binary);
  return {std::istreambuf_iterator<char>(in), {}};
}

// Hands the app the packs it asked for, as the browser would, last one first.
void DeliverLessonPacks(UiHarness& ui) {
  std::vector<std::string> asked;
  for (const std::string& fetch : ui.platform.fetches)
    if (fetch.starts_with(hw::PurposeName(hw::FilePurpose::LessonPack)))
      asked.push_back(fetch.substr(fetch.find(' ') + 1));
  std::reverse(asked.begin(), asked.end());
  for (const std::string& url : asked) {
    const std::string name = url.substr(url.rfind('/') + 1);
    ui.state.incoming.push_back({hw::FilePurpose::LessonPack, url, ReadPack(name), ""});
  }
  ui.platform.fetches.clear();
  ui.Frame();
  ui.Frame();
}

}  // namespace

TEST_SUITE_BEGIN("learn");

TEST_CASE("the built-in lesson packs listed by the app are the files in assets/lessons") {
  std::set<std::string> files;
  for (const auto& entry : fs::directory_iterator(fs::path(HOMEWORKS_SOURCE_DIR) / "assets" / "lessons"))
    if (entry.path().extension() == ".json") files.insert(entry.path().filename().string());
  std::set<std::string> listed(hw::kBuiltInLessonPacks.begin(), hw::kBuiltInLessonPacks.end());
  CHECK(files == listed);
}

TEST_CASE("the lesson packs are fetched after the first frame and listed on Learn in order and in the language") {
  UiHarness ui;
  ui.Frame();
  const auto first = std::find_if(ui.platform.fetches.begin(), ui.platform.fetches.end(), [](const std::string& f) {
    return f.starts_with(hw::PurposeName(hw::FilePurpose::LessonPack));
  });
  REQUIRE(first != ui.platform.fetches.end());
  CHECK(*first == "lessons.pack lessons/01-your-phone.json");
  DeliverLessonPacks(ui);
  REQUIRE(ui.state.data.courses.size() == 6);
  CHECK(ui.state.data.courses.front().id == "your-phone");
  CHECK(ui.state.data.courses.back().id == "your-rights");

  REQUIRE(ui.Tap("home.learn"));
  const hw::WidgetRect* phone = ui.Find("learn.course.your-phone");
  REQUIRE(phone != nullptr);
  CHECK(phone->label == "Your phone: basics and safety");
  CHECK(ui.Find("learn.course.your-phone.lessons")->label == "Lessons: 4");

  hw::ChooseLanguage(ui.state, hw::Language::Hindi);
  ui.Frame();
  CHECK(ui.Find("learn.course.your-phone")->label == "आपका फ़ोन: शुरुआत और सुरक्षा");
}

TEST_CASE("the same packs again change nothing, so nothing is saved; a missing pack keeps the courses") {
  UiHarness ui;
  ui.Frame();
  DeliverLessonPacks(ui);
  const std::uint64_t revision = ui.state.revision;
  const auto courses = ui.state.data.courses;

  ui.state.incoming.push_back(
      {hw::FilePurpose::LessonPack, "lessons/01-your-phone.json", ReadPack("01-your-phone.json"), ""});
  ui.state.incoming.push_back({hw::FilePurpose::LessonPack, "lessons/03-pricing.json", {}, "offline"});
  ui.Frame();
  CHECK(ui.state.revision == revision);
  CHECK(ui.state.data.courses == courses);
  CHECK_FALSE(ui.state.notice.has_value());  // the lessons already here are enough
}

TEST_SUITE_END();
