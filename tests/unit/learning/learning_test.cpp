#include <doctest/doctest.h>

#include <string>

#include "shared/core/csv.hpp"
#include "shared/learning/lesson_pack.hpp"
#include "shared/learning/profiles.hpp"
#include "shared/storage/snapshot.hpp"
#include "tests/unit/sample_data.hpp"

using namespace hw;
namespace {

// A course of three lessons: two with a quiz (80% to master), one without.
Course ThreeLessons() {
  Course course;
  course.id = "c";
  course.title.Set("en", "Pricing");
  for (int i = 0; i < 3; ++i) {
    Lesson lesson;
    lesson.id = "l" + std::to_string(i);
    lesson.title.Set("en", "Lesson " + std::to_string(i));
    for (int s = 0; s < 4; ++s) lesson.steps.push_back(Step{.id = "s" + std::to_string(s)});
    if (i < 2) {
      for (std::uint32_t q = 0; q < 5; ++q)
        lesson.quiz.questions.push_back(
            Question{.id = "q" + std::to_string(q), .kind = QuestionKind::TrueFalse, .correct = {1}});
    }
    course.lessons.push_back(lesson);
  }
  return course;
}

std::vector<Answer> Answers(int right, int wrong) {
  std::vector<Answer> answers(static_cast<std::size_t>(right), Answer{{1}});
  answers.insert(answers.end(), static_cast<std::size_t>(wrong), Answer{{0}});
  return answers;
}

}  // namespace

TEST_SUITE_BEGIN("learning");

TEST_CASE("four right answers of five (80%) master a lesson whose steps were all seen; three do not") {
  const Course course = ThreeLessons();
  const Lesson& lesson = course.lessons[0];
  Progress progress;
  for (std::uint32_t s = 0; s < 4; ++s) RecordStepSeen(progress, lesson, s, 100);
  QuizScore score = Score(lesson.quiz, Answers(3, 2));
  CHECK(score.percent == 60);
  RecordQuizAttempt(progress, lesson, score, 200);
  CHECK_FALSE(progress.mastered);
  score = Score(lesson.quiz, Answers(4, 1));
  CHECK(score.percent == 80);
  RecordQuizAttempt(progress, lesson, score, 300);
  CHECK(progress.mastered);
  CHECK(progress.attempts == 2);
  // A weaker retry later keeps the mastery and the best score.
  RecordQuizAttempt(progress, lesson, Score(lesson.quiz, Answers(0, 5)), 400);
  CHECK(progress.mastered);
  CHECK(progress.bestPercent == 80);
}

TEST_CASE("a passed quiz does not master a lesson whose last steps were skipped") {
  const Course course = ThreeLessons();
  Progress progress;
  RecordStepSeen(progress, course.lessons[0], 0, 100);
  RecordQuizAttempt(progress, course.lessons[0], Score(course.lessons[0].quiz, Answers(5, 0)), 200);
  CHECK_FALSE(progress.mastered);
  RecordStepSeen(progress, course.lessons[0], 3, 300);
  CHECK(progress.mastered);
}

TEST_CASE("course progress counts the mastered lessons of one profile only") {
  AppData data;
  data.courses = {ThreeLessons()};
  Profile& asha = AddProfile(data, "asha", "Asha");
  const Id ashaId = asha.id;
  AddProfile(data, "rina", "Rina");
  CHECK(data.settings.activeProfileId == "rina");  // a new profile is the one in use
  const Course& course = data.courses[0];
  for (std::uint32_t s = 0; s < 4; ++s) RecordStepSeen(data.ProgressFor(ashaId, "l2"), course.lessons[2], s, 1);
  RecordStepSeen(data.ProgressFor(ashaId, "l0"), course.lessons[0], 1, 1);

  const CourseProgress ashas = ProgressOfCourse(data, ashaId, course);
  CHECK(ashas.lessons == 3);
  CHECK(ashas.started == 2);
  CHECK(ashas.mastered == 1);  // l2 has no quiz: seeing every step masters it
  CHECK(ashas.percent == 33);
  CHECK_FALSE(ashas.Complete());
  const CourseProgress rinas = ProgressOfCourse(data, "rina", course);
  CHECK(rinas.started == 0);
  CHECK(rinas.mastered == 0);
}

TEST_CASE("a lesson resumes at the step where the person left off, within the lesson") {
  AppData data;
  data.courses = {ThreeLessons()};
  const Lesson& lesson = data.courses[0].lessons[0];
  CHECK(ResumeStep(data, "p", lesson) == 0);
  data.ProgressFor("p", lesson.id).currentStep = 2;
  CHECK(ResumeStep(data, "p", lesson) == 2);
  data.ProgressFor("p", lesson.id).currentStep = 40;  // the lesson was shortened since
  CHECK(ResumeStep(data, "p", lesson) == 3);
  CHECK(ResumeStep(data, "someone else", lesson) == 0);
}

TEST_CASE("removing a profile removes its progress and another profile becomes active") {
  AppData data;
  data.courses = {ThreeLessons()};
  AddProfile(data, "asha", "Asha");
  AddProfile(data, "rina", "Rina");
  data.ProgressFor("asha", "l0").stepsSeen = 2;
  data.ProgressFor("rina", "l0").stepsSeen = 3;
  RemoveProfile(data, "rina");
  REQUIRE(data.profiles.size() == 1);
  CHECK(data.settings.activeProfileId == "asha");
  REQUIRE(data.progress.size() == 1);
  CHECK(data.progress[0].profileId == "asha");
  RemoveProfile(data, "asha");
  CHECK(data.settings.activeProfileId.empty());
  CHECK(ActiveProfile(data) == nullptr);
}

TEST_CASE("put-in-order items are first shown in a fixed order that is never the right one") {
  Question q{.id = "q", .kind = QuestionKind::PutInOrder, .options = {{}, {}, {}}, .correct = {2, 0, 1}};
  const auto shown = ShownOrder(q);
  CHECK(shown == std::vector<std::uint32_t>{0, 1, 2});
  CHECK_FALSE(IsCorrect(q, Answer{shown}));
  CHECK(ShownOrder(q) == shown);  // the same every time
  q.correct = {0, 1};
  CHECK(ShownOrder(q) == std::vector<std::uint32_t>{1, 0});
}

TEST_CASE("a profile's file holds the profile and its own progress, never its PIN") {
  AppData data = test::SampleData();
  Profile& rina = data.profiles[0];
  rina.buyer.name = "Rina Akter";
  data.ProgressFor("someone-else", "x").stepsSeen = 1;
  const std::string json = ExportProfile(data, rina.id, 0);
  CHECK(json.find("\"homeworks-profile\"") != std::string::npos);
  CHECK(json.find("\"Rina\"") != std::string::npos);
  CHECK(json.find("Rina Akter") != std::string::npos);
  CHECK(json.find(rina.pin->hashHex) == std::string::npos);
  CHECK(json.find(data.progress[0].lessonId) != std::string::npos);
  CHECK(json.find("someone-else") == std::string::npos);
  CHECK(ProfileFileName(rina, 1767225600) == "homeworks-profile-Rina-2026-01-01.json");
  Profile odd;
  odd.id = "0123456789abcdef";
  odd.name = "आशा";
  CHECK(ProfileFileName(odd, 1767225600) == "homeworks-profile-01234567-2026-01-01.json");
}

TEST_CASE("the progress spreadsheet has a row per profile and lesson opened, with titles in the language") {
  AppData data;
  data.courses = {ThreeLessons()};
  data.courses[0].title.Set("hi", "दाम");
  AddProfile(data, "asha", "=Asha");
  AddProfile(data, "rina", "Rina");
  Progress& p = data.ProgressFor("asha", "l0");
  p.stepsSeen = 4;
  p.bestPercent = 80;
  p.attempts = 2;
  p.mastered = true;
  p.updatedAt = 1767225600;
  data.ProgressFor("rina", "l1").stepsSeen = 1;
  const auto table = ReadCsv(ProgressCsv(data, "hi", 0));
  REQUIRE(table.ok());
  const auto& rows = table.value().rows;
  REQUIRE(rows.size() == 3);
  CHECK(rows[0][0] == "profile");
  CHECK(rows[1] == CsvRow{"'=Asha", "दाम", "Lesson 0", "4", "4", "80", "2", "yes", "2026-01-01"});
  CHECK(rows[2][0] == "Rina");
  CHECK(rows[2][2] == "Lesson 1");
  CHECK(rows[2][7] == "no");
}

TEST_CASE("version 2 fields survive a snapshot: a profile's buyer details, avatar and text size, the step to resume") {
  AppData data = test::SampleData();
  data.profiles[0].buyer.name = "Rina Akter";
  data.profiles[0].buyer.deliveryPlace = "Dhaka";
  data.profiles[0].avatarShape = 5;
  data.profiles[0].largerText = true;
  data.progress[0].currentStep = 1;
  data.courses[0].lessons[0].quiz.questions[0].explanation.Set("en", "Daylight from the side is soft.");
  const std::string bytes = SnapshotBytes(data);
  const auto loaded = LoadSnapshot(std::span(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size()));
  REQUIRE(loaded.ok());
  CHECK(loaded.value() == data);
}

TEST_CASE("a question's explanation goes through a lesson pack and back; an empty one is refused") {
  std::vector<Course> courses = {ThreeLessons()};
  for (Lesson& l : courses[0].lessons)
    for (Step& s : l.steps) s.text.Set("en", "A step.");
  courses[0].lessons[0].quiz.questions[0].prompt.Set("en", "Is it so?");
  for (Lesson& l : courses[0].lessons)
    for (Question& q : l.quiz.questions) q.prompt.Set("en", "Is it so?");
  courses[0].lessons[0].quiz.questions[0].explanation.Set("en", "Because it is.");
  courses[0].lessons[0].quiz.questions[0].explanation.Set("th", "เพราะเป็นอย่างนั้น");
  const std::string pack = ExportLessonPack(courses);
  CHECK(pack.find("\"explanation\"") != std::string::npos);
  const auto back = ImportLessonPack(pack);
  REQUIRE(back.ok());
  CHECK(back.value()[0].lessons[0].quiz.questions[0].explanation.Get("th") == "เพราะเป็นอย่างนั้น");
  CHECK(back.value() == courses);

  std::string broken = pack;
  broken.replace(broken.find("\"Because it is.\""), 16, "\"\"");
  const auto refused = ImportLessonPack(broken);
  REQUIRE_FALSE(refused.ok());
  CHECK(refused.error().field.find("explanation") != std::string::npos);
}

TEST_SUITE_END();
