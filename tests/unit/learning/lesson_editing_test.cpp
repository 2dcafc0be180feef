#include <doctest/doctest.h>

#include <algorithm>
#include <string>

#include "shared/learning/lesson_editing.hpp"
#include "shared/learning/lesson_pack.hpp"
#include "shared/storage/snapshot.hpp"

using namespace hw;
namespace {

// Leaves only an English text, as a translator might, keeping the fallback language.
void OnlyEnglish(LocalizedText& text, std::string_view english) {
  const std::string fallback = text.fallback;
  text = {{"en", english}};
  text.fallback = fallback;
}

bool HasError(const ValidationErrors& errors, std::string_view field, Msg message) {
  return std::any_of(errors.begin(), errors.end(),
                     [&](const ValidationError& e) { return e.field == field && e.message == message; });
}

// A Thai trainer's course: one lesson of two steps and a true/false question.
Course ThaiCourse() {
  Course course = NewCourse("c1", "th");
  SetTextIn(course.title, "th", "ขายออนไลน์");
  course.lessons.push_back(NewLesson("l1", "s1"));
  Lesson& lesson = course.lessons[0];
  SetTextIn(lesson.title, "th", "ถ่ายรูปสินค้า");
  SetTextIn(lesson.steps[0].text, "th", "ใช้แสงจากหน้าต่าง");
  lesson.steps[0].icon = LessonIcon::Light;
  lesson.steps.push_back(NewStep("s2"));
  SetTextIn(lesson.steps[1].text, "th", "ใช้พื้นหลังเรียบ");
  SetTextIn(lesson.steps[1].tip, "th", "ผ้าขาวก็ได้");
  lesson.quiz.questions.push_back(NewQuestion("q1", QuestionKind::TrueFalse));
  Question& q = lesson.quiz.questions[0];
  SetTextIn(q.prompt, "th", "แสงแดดจัดดีที่สุด");
  MarkRight(q, 0);
  SetTextIn(q.explanation, "th", "แสงนุ่มดีกว่า");
  return course;
}

}  // namespace

TEST_SUITE_BEGIN("learning");

TEST_CASE("a course written in the app is ready for a pack once every required text is written") {
  const Course course = ThaiCourse();
  CHECK(ValidateForPack(course).empty());
  CHECK(Validate(course).empty());
}

TEST_CASE("a course in Thai travels as a pack and comes back the same, in Thai") {
  const Course course = ThaiCourse();
  const std::string pack = ExportLessonPack({course});
  CHECK(pack.find("\"language\": \"th\"") != std::string::npos);
  auto back = ImportLessonPack(pack);
  REQUIRE(back);
  REQUIRE(back.value().size() == 1);
  const Course& imported = back.value()[0];
  CHECK(imported.language == "th");
  CHECK(imported.title.Get("en") == "ขายออนไลน์");  // falls back to the course's language
  CHECK(imported.lessons[0].steps[1].tip.Get("th") == "ผ้าขาวก็ได้");
  CHECK(imported.lessons[0].quiz.questions[0].correct == std::vector<std::uint32_t>{0});
  CHECK(imported == course);
}

TEST_CASE("a pack whose course is in Thai must have every text in Thai") {
  Course course = ThaiCourse();
  OnlyEnglish(course.lessons[0].steps[1].tip, "A white cloth will do");
  std::string pack = ExportLessonPack({course});
  auto result = ImportLessonPack(pack);
  REQUIRE_FALSE(result);
  CHECK(result.error().message == Msg::ErrLessonLanguageMissing);
  CHECK(result.error().field == "courses[0].lessons[0].steps[1].tip.th");
  CHECK(HasError(ValidateForPack(course), "lessons[0].steps[1].tip", Msg::ErrLessonLanguageMissing));
}

TEST_CASE("an English pack is written without the language field, as older apps expect") {
  Course course = ThaiCourse();
  course.language = "en";
  for (LocalizedText* text : {&course.title, &course.lessons[0].title}) OnlyEnglish(*text, "x");
  OnlyEnglish(course.lessons[0].steps[0].text, "a");
  OnlyEnglish(course.lessons[0].steps[1].text, "b");
  OnlyEnglish(course.lessons[0].steps[1].tip, "c");
  OnlyEnglish(course.lessons[0].quiz.questions[0].prompt, "d");
  OnlyEnglish(course.lessons[0].quiz.questions[0].explanation, "e");
  const std::string pack = ExportLessonPack({course});
  CHECK(pack.find("\"language\"") == std::string::npos);
  CHECK(ImportLessonPack(pack));
}

TEST_CASE("what is missing in a course is named by its place in the course") {
  Course course = NewCourse("c1", "hi");
  SUBCASE("a course needs a title and a lesson") {
    const ValidationErrors errors = ValidateForPack(course);
    CHECK(HasError(errors, "title", Msg::ErrLessonTextEmpty));
    CHECK(HasError(errors, "lessons", Msg::EditorNeedLesson));
  }
  SUBCASE("a lesson needs a title and a step with text") {
    course.lessons.push_back(NewLesson("l1", "s1"));
    ValidationErrors errors = ValidateForPack(course);
    CHECK(HasError(errors, "lessons[0].title", Msg::ErrLessonTextEmpty));
    CHECK(HasError(errors, "lessons[0].steps[0].text", Msg::ErrLessonTextEmpty));
    course.lessons[0].steps.clear();
    errors = ValidateForPack(course);
    CHECK(HasError(errors, "lessons[0].steps", Msg::EditorNeedStep));
  }
  SUBCASE("a blank text counts as missing, a long one is refused") {
    course.lessons.push_back(NewLesson("l1", "s1"));
    SetTextIn(course.lessons[0].steps[0].text, "hi", "   ");
    SetTextIn(course.lessons[0].steps[0].tip, "hi", std::string(LessonPackLimits::kTipBytes + 1, 'a'));
    const ValidationErrors errors = ValidateForPack(course);
    CHECK(HasError(errors, "lessons[0].steps[0].text", Msg::ErrLessonTextEmpty));
    CHECK(HasError(errors, "lessons[0].steps[0].tip", Msg::ErrTextTooLong));
  }
  SUBCASE("questions need their right answer marked and their answers written") {
    course.lessons.push_back(NewLesson("l1", "s1"));
    auto& questions = course.lessons[0].quiz.questions;
    for (QuestionKind kind : {QuestionKind::SingleChoice, QuestionKind::MultipleChoice, QuestionKind::TrueFalse})
      questions.push_back(NewQuestion("q" + std::to_string(questions.size()), kind));
    questions.push_back(NewQuestion("q3", QuestionKind::PutInOrder));
    const ValidationErrors errors = ValidateForPack(course);
    CHECK(HasError(errors, "lessons[0].quiz.questions[0].correct", Msg::EditorMarkRight));
    CHECK(HasError(errors, "lessons[0].quiz.questions[1].correct", Msg::EditorMarkRight));
    CHECK(HasError(errors, "lessons[0].quiz.questions[2].correct", Msg::EditorMarkRight));
    CHECK_FALSE(HasError(errors, "lessons[0].quiz.questions[3].correct", Msg::EditorMarkRight));
    CHECK(HasError(errors, "lessons[0].quiz.questions[0].options[1]", Msg::ErrLessonTextEmpty));
    CHECK(HasError(errors, "lessons[0].quiz.questions[3].prompt", Msg::ErrLessonTextEmpty));
  }
}

TEST_CASE("editing a question keeps its right answer on the same options") {
  Question q = NewQuestion("q1", QuestionKind::SingleChoice);
  REQUIRE(q.options.size() == 2);
  CHECK(q.correct.empty());
  AddOption(q);
  MarkRight(q, 2);
  CHECK(q.correct == std::vector<std::uint32_t>{2});
  SUBCASE("removing an option before the right one") {
    RemoveOption(q, 0);
    CHECK(q.correct == std::vector<std::uint32_t>{1});
  }
  SUBCASE("removing the right option leaves none marked") {
    RemoveOption(q, 2);
    CHECK(q.correct.empty());
  }
  SUBCASE("moving the right option up") {
    MoveOption(q, 2, -1);
    CHECK(q.correct == std::vector<std::uint32_t>{1});
  }
  SUBCASE("multiple choice toggles each option") {
    SetKind(q, QuestionKind::MultipleChoice);
    CHECK(q.options.size() == 3);  // the written options stay
    MarkRight(q, 0);
    MarkRight(q, 2);
    MarkRight(q, 0);
    CHECK(q.correct == std::vector<std::uint32_t>{2});
  }
  SUBCASE("put in order: the written order is the right one, whatever moves") {
    SetKind(q, QuestionKind::PutInOrder);
    CHECK(q.correct == std::vector<std::uint32_t>{0, 1, 2});
    MoveOption(q, 0, +1);
    AddOption(q);
    CHECK(q.correct == std::vector<std::uint32_t>{0, 1, 2, 3});
    RemoveOption(q, 1);
    CHECK(q.correct == std::vector<std::uint32_t>{0, 1, 2});
  }
  SUBCASE("true or false has no options") {
    SetKind(q, QuestionKind::TrueFalse);
    CHECK(q.options.empty());
    MarkRight(q, 1);
    CHECK(q.correct == std::vector<std::uint32_t>{1});
  }
}

TEST_CASE("lessons and steps move up and down, never past an end") {
  std::vector<int> items = {1, 2, 3};
  CHECK_FALSE(MoveItem(items, 0, -1));
  CHECK(MoveItem(items, 0, +1));
  CHECK(items == std::vector<int>{2, 1, 3});
  CHECK_FALSE(MoveItem(items, 2, +1));
  CHECK(MoveItem(items, 2, -1));
  CHECK(items == std::vector<int>{2, 3, 1});
}

TEST_CASE("an empty text removes the language, so nothing blank is kept") {
  LocalizedText text;
  SetTextIn(text, "th", "สวัสดี");
  CHECK(TextIn(text, "th") == "สวัสดี");
  CHECK(TextIn(text, "en").empty());
  SetTextIn(text, "th", "");
  CHECK(text.Count() == 0);
}

TEST_CASE("a course's language and whether it came with the app are kept in the saved state") {
  AppData data;
  data.courses.push_back(ThaiCourse());
  Course shipped = NewCourse("your-phone", "en");
  shipped.title.Set("en", "Your phone");
  shipped.shipped = true;
  data.courses.push_back(shipped);
  for (const std::string& bytes : {SnapshotBytesV1(data), SnapshotBytes(data)}) {
    const auto loaded = LoadSnapshot(std::span(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size()));
    REQUIRE(loaded.ok());
    REQUIRE(loaded.value().courses.size() == 2);
    CHECK(loaded.value().courses[0].language == "th");
    CHECK_FALSE(loaded.value().courses[0].shipped);
    CHECK(loaded.value().courses[1].shipped);
    CHECK(loaded.value() == data);
  }
}

TEST_SUITE_END();
