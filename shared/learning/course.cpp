#include "shared/learning/course.hpp"

#include <algorithm>
#include <set>

namespace hw {

bool IsCorrect(const Question& question, const Answer& answer) {
  const auto& chosen = answer.chosen;
  switch (question.kind) {
    case QuestionKind::SingleChoice:
    case QuestionKind::TrueFalse:
      return chosen.size() == 1 && question.correct.size() == 1 && chosen[0] == question.correct[0];
    case QuestionKind::MultipleChoice: {
      std::vector<std::uint32_t> a = chosen, b = question.correct;
      std::sort(a.begin(), a.end());
      a.erase(std::unique(a.begin(), a.end()), a.end());
      std::sort(b.begin(), b.end());
      b.erase(std::unique(b.begin(), b.end()), b.end());
      return !b.empty() && a == b;
    }
    case QuestionKind::PutInOrder: return !question.correct.empty() && chosen == question.correct;
    case QuestionKind::Count: break;
  }
  return false;
}

QuizScore Score(const Quiz& quiz, std::span<const Answer> answers) {
  QuizScore score;
  score.total = static_cast<std::uint32_t>(quiz.questions.size());
  for (std::size_t i = 0; i < quiz.questions.size() && i < answers.size(); ++i) {
    if (IsCorrect(quiz.questions[i], answers[i])) ++score.correct;
  }
  score.percent = score.total == 0 ? 100 : static_cast<std::uint32_t>(std::uint64_t{score.correct} * 100 / score.total);
  return score;
}

ValidationErrors Validate(const Course& course) {
  FieldChecker c;
  c.IdField("id", course.id);
  c.Text("title", course.title, Limits::kNameBytes, true);
  c.Text("summary", course.summary, Limits::kLongTextBytes, false);
  c.Length("topic", course.topic, Limits::kShortTextBytes);
  std::set<std::string_view> ids;
  for (std::size_t l = 0; l < course.lessons.size(); ++l) {
    const Lesson& lesson = course.lessons[l];
    const std::string base = At("lessons", l);
    c.IdField(base + ".id", lesson.id);
    if (!ids.insert(lesson.id).second) c.Add(base + ".id", Msg::ErrIdDuplicate);
    c.Text(base + ".title", lesson.title, Limits::kNameBytes, true);
    for (std::size_t s = 0; s < lesson.steps.size(); ++s) {
      c.Text(base + "." + At("steps", s) + ".text", lesson.steps[s].text, Limits::kLongTextBytes, true);
      c.Text(base + "." + At("steps", s) + ".tip", lesson.steps[s].tip, Limits::kLongTextBytes, false);
      if (lesson.steps[s].picture) c.PhotoField(base + "." + At("steps", s) + ".picture", *lesson.steps[s].picture);
    }
    if (lesson.quiz.masteryPercent > 100) c.Add(base + ".quiz.masteryPercent", Msg::ErrValueInvalid);
    c.Count(base + ".quiz.questions", lesson.quiz.questions.size(), Limits::kQuestions);
    for (std::size_t q = 0; q < lesson.quiz.questions.size(); ++q) {
      const Question& question = lesson.quiz.questions[q];
      const std::string qField = base + ".quiz." + At("questions", q);
      const std::size_t options = question.options.size();
      c.Count(qField + ".options", options, Limits::kOptions);
      c.Text(qField + ".prompt", question.prompt, Limits::kLongTextBytes, true);
      for (std::size_t o = 0; o < options; ++o)
        c.Text(qField + "." + At("options", o), question.options[o], Limits::kLongTextBytes, false);
      c.Text(qField + ".explanation", question.explanation, Limits::kLongTextBytes, false);
      const auto inRange = [&](std::uint32_t index) { return index < options; };
      bool ok = std::all_of(question.correct.begin(), question.correct.end(), inRange);
      switch (question.kind) {
        case QuestionKind::SingleChoice: ok = ok && options >= 2 && question.correct.size() == 1; break;
        case QuestionKind::MultipleChoice: ok = ok && options >= 2 && !question.correct.empty(); break;
        case QuestionKind::TrueFalse: ok = question.correct.size() == 1 && question.correct[0] <= 1; break;
        case QuestionKind::PutInOrder: {
          std::vector<std::uint32_t> sorted = question.correct;
          std::sort(sorted.begin(), sorted.end());
          ok = ok && options >= 2 && sorted.size() == options &&
               std::adjacent_find(sorted.begin(), sorted.end()) == sorted.end();
          break;
        }
        case QuestionKind::Count: ok = false; break;
      }
      if (!ok) c.Add(qField, Msg::ErrQuestionInvalid);
    }
  }
  return c.errors;
}

}  // namespace hw
