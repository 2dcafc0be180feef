#include <doctest/doctest.h>

#include <algorithm>
#include <array>
#include <string>
#include <vector>

#include "shared/core/base64.hpp"
#include "shared/core/hash.hpp"
#include "shared/core/validation.hpp"
#include "shared/model.hpp"
#include "tests/unit/sample_data.hpp"

using namespace hw;

TEST_SUITE_BEGIN("learning");

TEST_CASE("quizzes are scored per question kind") {
  Question single{"q1", QuestionKind::SingleChoice, {}, std::nullopt, {{}, {}, {}}, {1}};
  Question multiple{"q2", QuestionKind::MultipleChoice, {}, std::nullopt, {{}, {}, {}}, {0, 2}};
  Question truth{"q3", QuestionKind::TrueFalse, {}, std::nullopt, {}, {0}};
  Question order{"q4", QuestionKind::PutInOrder, {}, std::nullopt, {{}, {}, {}}, {2, 0, 1}};
  CHECK(IsCorrect(single, {{1}}));
  CHECK_FALSE(IsCorrect(single, {{0}}));
  CHECK_FALSE(IsCorrect(single, {{1, 0}}));
  CHECK(IsCorrect(multiple, {{2, 0}}));
  CHECK_FALSE(IsCorrect(multiple, {{0}}));
  CHECK_FALSE(IsCorrect(multiple, {{0, 1, 2}}));
  CHECK(IsCorrect(truth, {{0}}));
  CHECK_FALSE(IsCorrect(truth, {{1}}));
  CHECK(IsCorrect(order, {{2, 0, 1}}));
  CHECK_FALSE(IsCorrect(order, {{0, 2, 1}}));

  Quiz quiz{{single, multiple, truth, order}, 75};
  const std::vector<Answer> answers = {{{1}}, {{0, 2}}, {{1}}, {{2, 0, 1}}};
  const QuizScore score = Score(quiz, answers);
  CHECK(score.correct == 3);
  CHECK(score.total == 4);
  CHECK(score.percent == 75);
  CHECK(Score(quiz, {}).percent == 0);
  CHECK(Score(Quiz{}, {}).percent == 100);
}

TEST_CASE("a lesson is mastered once all steps are seen and the quiz passed") {
  const AppData data = test::SampleData();
  const Lesson& lesson = data.courses[0].lessons[0];
  REQUIRE(lesson.steps.size() == 2);
  Progress progress;
  RecordQuizAttempt(progress, lesson, {3, 4, 75}, 10);
  CHECK_FALSE(progress.mastered);  // steps not seen yet
  RecordStepSeen(progress, lesson, 0, 11);
  CHECK_FALSE(progress.mastered);
  RecordStepSeen(progress, lesson, 1, 12);
  CHECK(progress.mastered);
  RecordQuizAttempt(progress, lesson, {0, 4, 0}, 13);
  CHECK(progress.mastered);  // kept once reached
  CHECK(progress.bestPercent == 75);
  CHECK(progress.attempts == 2);

  SUBCASE("a score below the threshold does not master") {
    Progress other;
    RecordStepSeen(other, lesson, 1, 1);
    RecordQuizAttempt(other, lesson, {2, 4, 50}, 2);
    CHECK_FALSE(other.mastered);
  }
  SUBCASE("a step index beyond the lesson is ignored") {
    Progress other;
    RecordStepSeen(other, lesson, 99, 1);
    CHECK(other.stepsSeen == 0);
  }
}

TEST_CASE("course and profile errors") {
  AppData data = test::SampleData();
  Course course = data.courses[0];
  Question& q = course.lessons[0].quiz.questions[3];
  q.correct = {0, 0, 1};
  CHECK(test::HasError(Validate(course), "lessons[0].quiz.questions[3]", Msg::ErrQuestionInvalid));
  course.lessons[0].quiz.questions[0].correct = {7};
  CHECK(test::HasError(Validate(course), "lessons[0].quiz.questions[0]", Msg::ErrQuestionInvalid));
  Profile profile = data.profiles[0];
  profile.name = " ";
  profile.language = "Bangla";
  const auto errors = Validate(profile);
  CHECK(test::HasError(errors, "name", Msg::ErrNameMissing));
  CHECK(test::HasError(errors, "language", Msg::ErrLanguageInvalid));
}

TEST_SUITE_END();
