#include "shared/learning/lesson_editing.hpp"

#include <algorithm>
#include <set>

#include "shared/learning/lesson_pack.hpp"

namespace hw {
namespace {

using L = LessonPackLimits;

std::string At(const std::string& base, std::string_view key) {
  return base.empty() ? std::string(key) : base + "." + std::string(key);
}
std::string At(const std::string& base, std::string_view list, std::size_t index) {
  return At(base, list) + "[" + std::to_string(index) + "]";
}

bool Blank(std::string_view text) { return text.find_first_not_of(" \t\r\n") == std::string_view::npos; }

struct PackChecker {
  const std::string& language;
  ValidationErrors errors;

  void Add(std::string field, Msg message, std::string detail = {}) {
    errors.push_back({std::move(field), message, std::move(detail)});
  }
  // As the pack importer reads a text: in the course's language first, none blank,
  // none too long.
  void Text(const std::string& field, const LocalizedText& text, std::size_t maxBytes, bool required) {
    if (text.Count() == 0) {
      if (required) Add(field, Msg::ErrLessonTextEmpty);
      return;
    }
    if (text.Count() > L::kLanguages) Add(field, Msg::ErrTooManyItems);
    if (!text.Has(language)) {
      Add(field, language == "en" ? Msg::ErrLessonEnglishMissing : Msg::ErrLessonLanguageMissing, language);
      return;
    }
    for (const auto& [code, value] : text) {
      if (!IsLanguageCode(code)) Add(field, Msg::ErrLanguageInvalid, std::string(code));
      else if (Blank(value)) Add(field, Msg::ErrLessonTextEmpty, std::string(code));
      else if (value.size() > maxBytes)
        Add(field, Msg::ErrTextTooLong, std::to_string(value.size()) + " > " + std::to_string(maxBytes));
    }
  }
  void Picture(const std::string& field, const Photo& photo) {
    // Packs carry JPEG and PNG only.
    if ((photo.mime != "image/jpeg" && photo.mime != "image/png") || photo.bytes.empty())
      Add(field, Msg::ErrPhotoInvalid, photo.mime.substr(0, 40));
    else if (photo.bytes.size() > L::kPictureBytes) Add(field, Msg::ErrFileTooLarge);
  }
  void IdField(const std::string& field, const Id& id, std::set<Id>& seen) {
    if (!IsValidId(id)) Add(field, Msg::ErrIdInvalid, id.substr(0, 70));
    else if (!seen.insert(id).second) Add(field, Msg::ErrIdDuplicate, id);
  }
};

void CheckQuestion(PackChecker& c, const std::string& path, const Question& q) {
  c.Text(At(path, "prompt"), q.prompt, L::kPromptBytes, true);
  if (q.picture) c.Picture(At(path, "picture"), *q.picture);
  const std::size_t n = q.options.size();
  if (q.kind == QuestionKind::TrueFalse) {
    if (n != 0) c.Add(At(path, "options"), Msg::ErrLessonOptionCount);
  } else {
    if (n < L::kMinOptions || n > L::kMaxOptions) c.Add(At(path, "options"), Msg::ErrLessonOptionCount);
    for (std::size_t i = 0; i < n; ++i) c.Text(At(path, "options", i), q.options[i], L::kOptionBytes, true);
  }
  const auto inRange = [&](std::uint32_t index) { return index < n; };
  const std::set<std::uint32_t> distinct(q.correct.begin(), q.correct.end());
  bool marked = distinct.size() == q.correct.size();
  switch (q.kind) {
    case QuestionKind::SingleChoice: marked = marked && q.correct.size() == 1 && inRange(q.correct[0]); break;
    case QuestionKind::MultipleChoice:
      marked = marked && !q.correct.empty() && std::all_of(q.correct.begin(), q.correct.end(), inRange);
      break;
    case QuestionKind::TrueFalse: marked = q.correct.size() == 1 && q.correct[0] <= 1; break;
    case QuestionKind::PutInOrder:
      marked = marked && q.correct.size() == n && std::all_of(q.correct.begin(), q.correct.end(), inRange);
      break;
    case QuestionKind::Count: marked = false; break;
  }
  if (!marked) c.Add(At(path, "correct"), Msg::EditorMarkRight);
  c.Text(At(path, "explanation"), q.explanation, L::kExplanationBytes, false);
}

}  // namespace

Course NewCourse(Id id, std::string language) {
  Course course;
  course.id = std::move(id);
  course.language = std::move(language);
  course.topic = "local";
  return course;
}

Step NewStep(Id id) {
  Step step;
  step.id = std::move(id);
  return step;
}

Lesson NewLesson(Id id, Id firstStepId) {
  Lesson lesson;
  lesson.id = std::move(id);
  lesson.steps.push_back(NewStep(std::move(firstStepId)));
  return lesson;
}

Question NewQuestion(Id id, QuestionKind kind) {
  Question question;
  question.id = std::move(id);
  question.kind = QuestionKind::TrueFalse;  // no options: SetKind adds what `kind` needs
  SetKind(question, kind);
  return question;
}

std::string_view TextIn(const LocalizedText& text, std::string_view language) {
  return text.Find(language).value_or(std::string_view{});
}

void SetTextIn(LocalizedText& text, const std::string& language, std::string value) {
  if (value.empty()) {
    text.Erase(language);
    if (text.Count() == 0) text = {};
    return;
  }
  // A text begun on the phone falls back to the language it is written in.
  if (!text.Has(text.fallback)) text.fallback = language;
  text.Set(language, value);
}

void SetKind(Question& question, QuestionKind kind) {
  if (question.kind == kind) return;
  const bool hadOptions = question.kind != QuestionKind::TrueFalse;
  question.kind = kind;
  question.correct.clear();
  if (kind == QuestionKind::TrueFalse) {
    question.options.clear();
    return;
  }
  // The options written so far stay when switching between the kinds that have them.
  if (!hadOptions) question.options.assign(L::kMinOptions, LocalizedText{});
  while (question.options.size() < L::kMinOptions) question.options.emplace_back();
  if (kind == QuestionKind::PutInOrder)
    for (std::uint32_t i = 0; i < question.options.size(); ++i) question.correct.push_back(i);
}

void AddOption(Question& question) {
  if (question.kind == QuestionKind::TrueFalse || question.options.size() >= L::kMaxOptions) return;
  question.options.emplace_back();
  if (question.kind == QuestionKind::PutInOrder)
    question.correct.push_back(static_cast<std::uint32_t>(question.options.size() - 1));
}

void RemoveOption(Question& question, std::size_t index) {
  if (index >= question.options.size()) return;
  question.options.erase(question.options.begin() + static_cast<std::ptrdiff_t>(index));
  const auto removed = static_cast<std::uint32_t>(index);
  std::erase(question.correct, removed);
  for (std::uint32_t& c : question.correct)
    if (c > removed) --c;
}

void MoveOption(Question& question, std::size_t index, int delta) {
  if (!MoveItem(question.options, index, delta)) return;
  // For put-in-order the written order is the right one, so `correct` stays 0, 1, 2...
  if (question.kind == QuestionKind::PutInOrder) return;
  const auto a = static_cast<std::uint32_t>(index);
  const auto b = static_cast<std::uint32_t>(delta < 0 ? index - 1 : index + 1);
  for (std::uint32_t& c : question.correct) c = c == a ? b : c == b ? a : c;
}

void MarkRight(Question& question, std::uint32_t index) {
  switch (question.kind) {
    case QuestionKind::SingleChoice:
      if (index < question.options.size()) question.correct = {index};
      break;
    case QuestionKind::MultipleChoice:
      if (index >= question.options.size()) break;
      if (IsMarkedRight(question, index)) std::erase(question.correct, index);
      else {
        question.correct.push_back(index);
        std::sort(question.correct.begin(), question.correct.end());
      }
      break;
    case QuestionKind::TrueFalse:
      if (index <= 1) question.correct = {index};
      break;
    case QuestionKind::PutInOrder:
    case QuestionKind::Count: break;
  }
}

bool IsMarkedRight(const Question& question, std::uint32_t index) {
  return std::find(question.correct.begin(), question.correct.end(), index) != question.correct.end();
}

ValidationErrors ValidateForPack(const Course& course) {
  PackChecker c{course.language, {}};
  if (!IsLanguageCode(course.language)) c.Add("language", Msg::ErrLanguageInvalid, course.language.substr(0, 20));
  std::set<Id> courseIds;
  c.IdField("id", course.id, courseIds);
  c.Text("title", course.title, L::kTitleBytes, true);
  c.Text("summary", course.summary, L::kSummaryBytes, false);
  if (course.lessons.empty()) c.Add("lessons", Msg::EditorNeedLesson);
  if (course.lessons.size() > L::kLessons)
    c.Add("lessons", Msg::ErrTooManyItems, std::to_string(course.lessons.size()));
  std::set<Id> lessonIds;
  for (std::size_t l = 0; l < course.lessons.size(); ++l) {
    const Lesson& lesson = course.lessons[l];
    const std::string path = At("", "lessons", l);
    c.IdField(At(path, "id"), lesson.id, lessonIds);
    c.Text(At(path, "title"), lesson.title, L::kTitleBytes, true);
    if (lesson.minutes < 1 || lesson.minutes > L::kMaxMinutes)
      c.Add(At(path, "minutes"), Msg::ErrLessonNumberOutOfRange, "1.." + std::to_string(L::kMaxMinutes));
    if (lesson.steps.empty()) c.Add(At(path, "steps"), Msg::EditorNeedStep);
    if (lesson.steps.size() > L::kMaxSteps) c.Add(At(path, "steps"), Msg::ErrLessonStepCount);
    std::set<Id> stepIds;
    for (std::size_t s = 0; s < lesson.steps.size(); ++s) {
      const Step& step = lesson.steps[s];
      const std::string stepPath = At(path, "steps", s);
      c.IdField(At(stepPath, "id"), step.id, stepIds);
      c.Text(At(stepPath, "text"), step.text, L::kStepBytes, true);
      c.Text(At(stepPath, "tip"), step.tip, L::kTipBytes, false);
      if (step.picture) c.Picture(At(stepPath, "picture"), *step.picture);
    }
    const std::string quizPath = At(path, "quiz");
    if (lesson.quiz.masteryPercent < 1 || lesson.quiz.masteryPercent > 100)
      c.Add(At(quizPath, "masteryPercent"), Msg::ErrLessonNumberOutOfRange, "1..100");
    if (lesson.quiz.questions.size() > L::kQuestions) c.Add(At(quizPath, "questions"), Msg::ErrTooManyItems);
    std::set<Id> questionIds;
    for (std::size_t q = 0; q < lesson.quiz.questions.size(); ++q) {
      const std::string questionPath = At(quizPath, "questions", q);
      c.IdField(At(questionPath, "id"), lesson.quiz.questions[q].id, questionIds);
      CheckQuestion(c, questionPath, lesson.quiz.questions[q]);
    }
  }
  return c.errors;
}

}  // namespace hw
