#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "shared/core/json_file.hpp"
#include "shared/learning/lesson_pack.hpp"

using namespace hw;
namespace {

const std::vector<std::string> kPackLanguages = {"en", "hi", "th", "id", "fil"};

std::filesystem::path LessonsDir() { return std::filesystem::path(HOMEWORKS_SOURCE_DIR) / "assets" / "lessons"; }

std::string ReadFile(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

std::vector<std::filesystem::path> ShippedPacks() {
  std::vector<std::filesystem::path> packs;
  for (const auto& entry : std::filesystem::directory_iterator(LessonsDir()))
    if (entry.path().extension() == ".json") packs.push_back(entry.path());
  std::sort(packs.begin(), packs.end());
  return packs;
}

std::vector<Course> ShippedCourses() {
  std::vector<Course> all;
  for (const auto& path : ShippedPacks()) {
    auto courses = ImportLessonPack(ReadFile(path));
    if (!courses) continue;
    all.insert(all.end(), courses.value().begin(), courses.value().end());
  }
  return all;
}

// A small, valid pack the malformed cases start from.
const char* const kSmallPack = R"({
  "format": "homeworks-lessons",
  "version": 1,
  "courses": [{
    "id": "phone",
    "topic": "digital-literacy",
    "title": {"en": "Your phone", "hi": "आपका फ़ोन"},
    "lessons": [{
      "id": "phone-pin",
      "title": {"en": "Lock your phone"},
      "minutes": 4,
      "steps": [
        {"id": "s1", "icon": "lock", "text": {"en": "A PIN keeps your phone yours."}, "tip": {"en": "Choose four numbers."}},
        {"id": "s2", "text": {"en": "Never tell your PIN to a caller."}}
      ],
      "quiz": {"masteryPercent": 80, "questions": [
        {"id": "q1", "kind": "single-choice", "prompt": {"en": "Who may know your PIN?"},
         "options": [{"en": "Only you"}, {"en": "Anyone who calls"}], "correct": 0},
        {"id": "q2", "kind": "multiple-choice", "prompt": {"en": "Which are safe?"},
         "options": [{"en": "A PIN"}, {"en": "1234"}, {"en": "A pattern"}], "correct": [0, 2]},
        {"id": "q3", "kind": "true-false", "prompt": {"en": "A bank asks for your PIN by phone."}, "correct": false},
        {"id": "q4", "kind": "put-in-order", "prompt": {"en": "Put in order"},
         "options": [{"en": "Open settings"}, {"en": "Choose a PIN"}, {"en": "Type it twice"}]}
      ]}
    }]
  }]
})";

Error ImportError(const std::string& json) {
  auto result = ImportLessonPack(json);
  REQUIRE_FALSE(result.ok());
  return result.error();
}

// The small pack with `from` replaced by `to` (which must occur once).
std::string Edited(std::string_view from, std::string_view to) {
  std::string text = kSmallPack;
  const auto at = text.find(from);
  REQUIRE(at != std::string::npos);
  REQUIRE(text.find(from, at + 1) == std::string::npos);
  text.replace(at, from.size(), to);
  return text;
}

bool HasAllLanguages(const LocalizedText& text) {
  return std::all_of(kPackLanguages.begin(), kPackLanguages.end(), [&](const std::string& code) {
    auto found = text.Find(code);
    return found && !found->empty();
  });
}

}  // namespace

TEST_SUITE_BEGIN("learning");

TEST_CASE("every shipped lesson pack imports without error") {
  const auto packs = ShippedPacks();
  REQUIRE(packs.size() >= 6);
  for (const auto& path : packs) {
    CAPTURE(path.filename().string());
    auto courses = ImportLessonPack(ReadFile(path));
    if (!courses) {
      const Error& e = courses.error();
      FAIL_CHECK(MsgName(e.message) << " at " << e.field << " line " << e.line << ": " << e.detail);
      continue;
    }
    CHECK(courses.value().size() == 1);
  }
}

TEST_CASE("the shipped courses have ids unique across all packs") {
  const auto courses = ShippedCourses();
  std::set<Id> courseIds;
  std::set<Id> lessonIds;
  for (const Course& course : courses) {
    CHECK(courseIds.insert(course.id).second);
    for (const Lesson& lesson : course.lessons) CHECK(lessonIds.insert(lesson.id).second);
  }
}

TEST_CASE("every shipped course has three to five lessons of four to eight steps and a quiz") {
  const auto courses = ShippedCourses();
  REQUIRE(courses.size() >= 6);
  for (const Course& course : courses) {
    CAPTURE(course.id);
    CHECK(course.lessons.size() >= 3);
    CHECK(course.lessons.size() <= 5);
    for (const Lesson& lesson : course.lessons) {
      CAPTURE(lesson.id);
      CHECK(lesson.steps.size() >= 4);
      CHECK(lesson.steps.size() <= 8);
      CHECK(lesson.quiz.questions.size() >= 3);
      CHECK(lesson.quiz.questions.size() <= 5);
      for (const Step& step : lesson.steps) CHECK(step.icon != LessonIcon::None);
    }
  }
}

TEST_CASE("every shipped text is in English, Hindi, Thai, Indonesian and Filipino") {
  for (const Course& course : ShippedCourses()) {
    CAPTURE(course.id);
    CHECK(HasAllLanguages(course.title));
    CHECK(HasAllLanguages(course.summary));
    for (const Lesson& lesson : course.lessons) {
      CAPTURE(lesson.id);
      CHECK(HasAllLanguages(lesson.title));
      for (const Step& step : lesson.steps) {
        CAPTURE(step.id);
        CHECK(HasAllLanguages(step.text));
        if (!step.tip.Empty()) CHECK(HasAllLanguages(step.tip));
      }
      for (const Question& q : lesson.quiz.questions) {
        CAPTURE(q.id);
        CHECK(HasAllLanguages(q.prompt));
        for (const LocalizedText& option : q.options) CHECK(HasAllLanguages(option));
        CHECK(HasAllLanguages(q.explanation));  // shown as soon as the learner answers
      }
    }
  }
}

// Learners read little and on a small screen: one idea per step, in few words.
TEST_CASE("every shipped step is short in English") {
  const auto words = [](std::string_view text) {
    std::size_t count = 0;
    bool inWord = false;
    for (const char c : text) {
      const bool space = c == ' ' || c == '\n';
      if (!space && !inWord) ++count;
      inWord = !space;
    }
    return count;
  };
  for (const Course& course : ShippedCourses())
    for (const Lesson& lesson : course.lessons)
      for (const Step& step : lesson.steps) {
        CAPTURE(lesson.id);
        CAPTURE(step.id);
        CHECK(words(step.text.Get("en")) <= 30);
        CHECK(words(step.tip.Get("en")) <= 16);
      }
}

TEST_CASE("the shipped courses use all four kinds of question") {
  std::set<QuestionKind> kinds;
  for (const Course& course : ShippedCourses())
    for (const Lesson& lesson : course.lessons)
      for (const Question& q : lesson.quiz.questions) kinds.insert(q.kind);
  CHECK(kinds.size() == static_cast<std::size_t>(QuestionKind::Count));
}

TEST_CASE("export then import gives back the same courses") {
  SUBCASE("the shipped packs") {
    const auto courses = ShippedCourses();
    REQUIRE_FALSE(courses.empty());
    auto again = ImportLessonPack(ExportLessonPack(courses));
    REQUIRE(again.ok());
    CHECK(again.value() == courses);
  }
  SUBCASE("a pack with pictures, a reordered put-in-order question and a custom mastery") {
    auto courses = ImportLessonPack(kSmallPack);
    REQUIRE(courses.ok());
    Course course = courses.value().front();
    Photo png;
    png.mime = "image/png";
    png.width = 2;
    png.height = 3;
    png.bytes = {0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3};
    course.lessons[0].steps[1].picture = png;
    Photo jpeg;
    jpeg.mime = "image/jpeg";
    jpeg.bytes = {0xFF, 0xD8, 0xFF, 0xE0, 9};
    course.lessons[0].quiz.questions[0].picture = jpeg;
    course.lessons[0].quiz.questions[3].correct = {2, 0, 1};
    course.lessons[0].quiz.masteryPercent = 60;
    course.lessons[0].steps[0].tip.Set("th", "เลือกตัวเลขสี่ตัว");
    const std::vector<Course> original = {course};
    auto again = ImportLessonPack(ExportLessonPack(original));
    REQUIRE(again.ok());
    CHECK(again.value() == original);
  }
}

TEST_CASE("the small pack imports with each kind of answer read as the model means it") {
  auto courses = ImportLessonPack(kSmallPack);
  REQUIRE(courses.ok());
  const Lesson& lesson = courses.value().at(0).lessons.at(0);
  CHECK(lesson.steps[0].icon == LessonIcon::Lock);
  CHECK(lesson.steps[1].icon == LessonIcon::None);
  CHECK(lesson.quiz.questions[0].correct == std::vector<std::uint32_t>{0});
  CHECK(lesson.quiz.questions[1].correct == std::vector<std::uint32_t>{0, 2});
  CHECK(lesson.quiz.questions[2].correct == std::vector<std::uint32_t>{0});
  CHECK(lesson.quiz.questions[2].options.empty());
  CHECK(lesson.quiz.questions[3].correct == std::vector<std::uint32_t>{0, 1, 2});
  CHECK(courses.value()[0].title.Get("hi") == "आपका फ़ोन");
}

TEST_CASE("icons have unique names that lead back to them") {
  std::set<std::string_view> names;
  for (std::size_t i = 0; i < static_cast<std::size_t>(LessonIcon::Count); ++i) {
    const auto icon = static_cast<LessonIcon>(i);
    CHECK_FALSE(IconName(icon).empty());
    CHECK(names.insert(IconName(icon)).second);
    CHECK(IconFromName(IconName(icon)) == icon);
  }
  CHECK(IconFromName("price-tag") == LessonIcon::PriceTag);
  CHECK_FALSE(IconFromName("unicorn").has_value());
}

TEST_CASE("malformed packs give an error that names the JSON path") {
  SUBCASE("a missing field") {
    const Error e = ImportError(Edited(R"("title": {"en": "Lock your phone"},)", ""));
    CHECK(e.message == Msg::ErrFieldMissing);
    CHECK(e.field == "courses[0].lessons[0].title");
  }
  SUBCASE("a misspelt field") {
    const Error e = ImportError(Edited(R"("tip": {"en": "Choose)", R"("tipp": {"en": "Choose)"));
    CHECK(e.message == Msg::ErrLessonFieldUnknown);
    CHECK(e.field == "courses[0].lessons[0].steps[0].tipp");
  }
  SUBCASE("a lone surrogate in a step's text, a tip, an option or a question") {
    // JSON lets "\udE75" through; kept, it is not UTF-8 and the course's own export would
    // be refused by the next phone.
    for (const auto& place : std::vector<std::pair<std::string, std::string>>{
             {"A PIN keeps", "courses[0].lessons[0].steps[0].text.en"},
             {"Choose four", "courses[0].lessons[0].steps[0].tip.en"},
             {"Only you", "courses[0].lessons[0].quiz.questions[0].options[0].en"},
             {"Which are safe?", "courses[0].lessons[0].quiz.questions[1].prompt.en"}}) {
      const std::string& from = place.first;
      CAPTURE(place.second);
      const Error e = ImportError(Edited(from, from + " \\udE75"));
      CHECK(e.message == Msg::ErrTextNotUtf8);
      CHECK(e.field == place.second);
    }
    // A real pair of surrogates is a letter like any other.
    CHECK(ImportLessonPack(Edited("A PIN keeps", "A PIN \\uD83E\\uDDF5 keeps")).ok());
  }
  SUBCASE("an unknown kind of question") {
    const Error e = ImportError(Edited(R"("kind": "true-false")", R"("kind": "yes-no")"));
    CHECK(e.message == Msg::ErrLessonQuestionKindUnknown);
    CHECK(e.field == "courses[0].lessons[0].quiz.questions[2].kind");
  }
  SUBCASE("a right answer beyond the options") {
    const Error e = ImportError(Edited(R"("correct": 0})", R"("correct": 2})"));
    CHECK(e.message == Msg::ErrLessonCorrectInvalid);
    CHECK(e.field == "courses[0].lessons[0].quiz.questions[0].correct");
  }
  SUBCASE("a right answer of the wrong kind") {
    const Error e = ImportError(Edited(R"("correct": false)", R"("correct": 0)"));
    CHECK(e.message == Msg::ErrLessonCorrectInvalid);
    CHECK(e.field == "courses[0].lessons[0].quiz.questions[2].correct");
  }
  SUBCASE("a multiple-choice answer written twice") {
    const Error e = ImportError(Edited("[0, 2]", "[2, 2]"));
    CHECK(e.message == Msg::ErrLessonCorrectInvalid);
    CHECK(e.field == "courses[0].lessons[0].quiz.questions[1].correct[1]");
  }
  SUBCASE("a put-in-order answer that leaves an option out") {
    const Error e =
        ImportError(Edited(R"({"en": "Type it twice"}])", R"({"en": "Type it twice"}], "correct": [0, 1])"));
    CHECK(e.message == Msg::ErrLessonCorrectInvalid);
    CHECK(e.field == "courses[0].lessons[0].quiz.questions[3].correct");
  }
  SUBCASE("a true-false question with options") {
    const Error e =
        ImportError(Edited(R"("correct": false)", R"("options": [{"en": "a"}, {"en": "b"}], "correct": false)"));
    CHECK(e.message == Msg::ErrLessonOptionCount);
    CHECK(e.field == "courses[0].lessons[0].quiz.questions[2].options");
  }
  SUBCASE("a single option") {
    const Error e =
        ImportError(Edited(R"([{"en": "Only you"}, {"en": "Anyone who calls"}])", R"([{"en": "Only you"}])"));
    CHECK(e.message == Msg::ErrLessonOptionCount);
    CHECK(e.field == "courses[0].lessons[0].quiz.questions[0].options");
  }
  SUBCASE("a text without English") {
    const Error e = ImportError(Edited(R"({"en": "Your phone", )", R"({)"));
    CHECK(e.message == Msg::ErrLessonEnglishMissing);
    CHECK(e.field == "courses[0].title.en");
  }
  SUBCASE("a text that is too long") {
    const Error e = ImportError(Edited("Never tell your PIN to a caller.", std::string(2000, 'a')));
    CHECK(e.message == Msg::ErrTextTooLong);
    CHECK(e.field == "courses[0].lessons[0].steps[1].text.en");
  }
  SUBCASE("a text in a language code that is not one") {
    const Error e = ImportError(Edited(R"("hi": "आपका)", R"("Hindi!": "आपका)"));
    CHECK(e.message == Msg::ErrLanguageInvalid);
    CHECK(e.field == "courses[0].title.Hindi!");
  }
  SUBCASE("an icon that is not in the list") {
    const Error e = ImportError(Edited(R"("icon": "lock")", R"("icon": "unicorn")"));
    CHECK(e.message == Msg::ErrLessonIconUnknown);
    CHECK(e.field == "courses[0].lessons[0].steps[0].icon");
  }
  SUBCASE("a lesson without steps") {
    const std::string text = kSmallPack;
    const auto start = text.find(R"("steps": [)") + 10;
    const auto end = text.find(R"(      ],)", start);
    std::string edited = text.substr(0, start) + text.substr(end);
    const Error e = ImportError(edited);
    CHECK(e.message == Msg::ErrLessonStepCount);
    CHECK(e.field == "courses[0].lessons[0].steps");
  }
  SUBCASE("thirteen steps") {
    std::string steps;
    for (int i = 3; i <= 13; ++i) steps += R"(, {"id": "x)" + std::to_string(i) + R"(", "text": {"en": "More."}})";
    const Error e = ImportError(Edited(R"(to a caller."}})", std::string(R"(to a caller."}})") + steps));
    CHECK(e.message == Msg::ErrLessonStepCount);
  }
  SUBCASE("two steps with one id") {
    const Error e = ImportError(Edited(R"("id": "s2")", R"("id": "s1")"));
    CHECK(e.message == Msg::ErrIdDuplicate);
    CHECK(e.field == "courses[0].lessons[0].steps[1].id");
  }
  SUBCASE("an id with spaces") {
    const Error e = ImportError(Edited(R"("id": "phone-pin")", R"("id": "phone pin")"));
    CHECK(e.message == Msg::ErrIdInvalid);
    CHECK(e.field == "courses[0].lessons[0].id");
  }
  SUBCASE("a number where text is expected") {
    const Error e = ImportError(Edited(R"("en": "Lock your phone")", R"("en": 7)"));
    CHECK(e.message == Msg::ErrLessonWrongType);
    CHECK(e.field == "courses[0].lessons[0].title.en");
  }
  SUBCASE("a mastery above 100") {
    const Error e = ImportError(Edited(R"("masteryPercent": 80)", R"("masteryPercent": 180)"));
    CHECK(e.message == Msg::ErrLessonNumberOutOfRange);
    CHECK(e.field == "courses[0].lessons[0].quiz.masteryPercent");
  }
  SUBCASE("a picture that is not what it says") {
    const Error e =
        ImportError(Edited(R"("id": "s2",)", R"("id": "s2", "picture": {"data": "data:image/png;base64,/9j/4AAQ"},)"));
    CHECK(e.message == Msg::ErrPhotoInvalid);
    CHECK(e.field == "courses[0].lessons[0].steps[1].picture.data");
  }
  SUBCASE("another kind of file") {
    CHECK(ImportError(Edited(R"("homeworks-lessons")", R"("homeworks-catalogue")")).message == Msg::ErrFileWrongKind);
    CHECK(ImportError("[1, 2, 3]").message == Msg::ErrFileWrongKind);
  }
  SUBCASE("a newer version") {
    CHECK(ImportError(Edited(R"("version": 1)", R"("version": 2)")).message == Msg::ErrFileNewerVersion);
  }
  SUBCASE("no courses") {
    const std::string text = R"({"format": "homeworks-lessons", "version": 1, "courses": []})";
    CHECK(ImportError(text).message == Msg::ErrLessonPackEmpty);
  }
  SUBCASE("text that is not JSON, with its line") {
    const Error e = ImportError("{\n\"format\": \"homeworks-lessons\",\n\"version\": 1 oops\n}");
    CHECK(e.message == Msg::ErrFileDamaged);
    CHECK(e.line == 3);
  }
  SUBCASE("nesting too deep for the parser") { CHECK_FALSE(ImportLessonPack(std::string(100000, '[')).ok()); }
}

TEST_CASE("a pack cut short at any byte gives an error and never crashes") {
  const std::string text = kSmallPack;
  for (std::size_t length = 0; length < text.size(); ++length) {
    CAPTURE(length);
    auto result = ImportLessonPack(std::string_view(text).substr(0, length));
    CHECK_FALSE(result.ok());
  }
  const Error e = ImportError(text.substr(0, text.size() - 1));
  CHECK(e.message == Msg::ErrFileTruncated);
}

TEST_CASE("a pack with one byte changed anywhere gives an error or a valid pack") {
  const std::string text = kSmallPack;
  for (std::size_t at = 0; at < text.size(); ++at) {
    for (const char c : {'"', '{', ']', '0', '\xff'}) {
      std::string changed = text;
      changed[at] = c;
      auto result = ImportLessonPack(changed);
      if (result.ok()) {
        auto again = ImportLessonPack(ExportLessonPack(result.value()));
        REQUIRE(again.ok());
        CHECK(again.value() == result.value());
      }
    }
  }
}

TEST_CASE("the example in the lesson pack README imports") {
  const std::string readme = ReadFile(LessonsDir() / "README.md");
  const auto start = readme.find("```json\n");
  REQUIRE(start != std::string::npos);
  const auto end = readme.find("```", start + 8);
  REQUIRE(end != std::string::npos);
  auto courses = ImportLessonPack(std::string_view(readme).substr(start + 8, end - start - 8));
  REQUIRE(courses.ok());
  CHECK(courses.value().at(0).lessons.at(0).quiz.questions.size() == 4);
}

TEST_CASE("a step's icon is kept when the app state is saved and loaded") {
  Step step;
  step.id = "s1";
  step.text.Set("en", "Show your QR code.");
  step.icon = LessonIcon::Qr;
  const std::string json = SaveJson("step", step);
  Step loaded;
  const auto error = LoadJson(json, [&](cereal::JSONInputArchive& ar) { ar(cereal::make_nvp("step", loaded)); });
  REQUIRE_FALSE(error.has_value());
  CHECK(loaded == step);
}

TEST_SUITE_END();
