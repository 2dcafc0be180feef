// The quiz at the end of a lesson: one question per screen, in the pack's order;
// the answer is checked at once with a short explanation; the score decides mastery
// (the quiz's masteryPercent) and is kept in the person's progress; retry any time.
#include <imgui.h>

#include <algorithm>
#include <string>

#include "app/learn/learn.hpp"
#include "app/learn/learn_widgets.hpp"
#include "app/ui/theme.hpp"
#include "app/ui/widget_registry.hpp"
#include "app/ui/widgets.hpp"
#include "shared/i18n/format.hpp"
#include "shared/learning/profiles.hpp"

namespace hw {
namespace {

// The answer as first shown: nothing chosen, or the items in their starting order.
std::vector<std::uint32_t> FreshChoice(const Question& q) {
  return q.kind == QuestionKind::PutInOrder ? ShownOrder(q) : std::vector<std::uint32_t>{};
}

bool Contains(const std::vector<std::uint32_t>& v, std::uint32_t x) {
  return std::find(v.begin(), v.end(), x) != v.end();
}

// Single, multiple choice and true/false: one button per option, coloured once checked.
void DrawOptions(AppState& state, const Question& q, std::string_view code) {
  const Language lang = state.language;
  LearnState& learn = state.learn;
  std::vector<std::pair<std::uint32_t, std::string>> options;
  if (q.kind == QuestionKind::TrueFalse) {
    options = {{1, std::string(Tr(lang, Msg::QuizTrue))}, {0, std::string(Tr(lang, Msg::QuizFalse))}};
  } else {
    for (std::uint32_t i = 0; i < q.options.size(); ++i) options.emplace_back(i, std::string(q.options[i].Get(code)));
  }
  if (q.kind == QuestionKind::MultipleChoice) Say(Tr(lang, Msg::QuizChooseAll), "quiz.hint");
  for (const auto& [value, text] : options) {
    const bool chosen = Contains(learn.choice, value);
    ChoiceLook look = chosen ? ChoiceLook::Chosen : ChoiceLook::Plain;
    if (learn.checked)
      look = Contains(q.correct, value) ? ChoiceLook::Right : chosen ? ChoiceLook::Wrong : ChoiceLook::Plain;
    const std::string id = "quiz.option." + std::to_string(value);
    if (ChoiceButton(id.c_str(), text, look) && !learn.checked) {
      if (q.kind == QuestionKind::MultipleChoice) {
        if (chosen) std::erase(learn.choice, value);
        else learn.choice.push_back(value);
      } else {
        learn.choice = {value};
      }
    }
  }
}

// Put in order: the items as the person arranged them, each with up and down.
void DrawOrder(AppState& state, const Question& q, std::string_view code) {
  const Language lang = state.language;
  LearnState& learn = state.learn;
  Say(Tr(lang, Msg::QuizPutInOrder), "quiz.hint");
  const std::size_t n = learn.choice.size();
  for (std::size_t pos = 0; pos < n; ++pos) {
    ImGui::PushID(static_cast<int>(pos));
    const std::uint32_t option = learn.choice[pos];
    const std::string text = FormatNumber(lang, static_cast<std::int64_t>(pos + 1)) + ". " +
                             std::string(option < q.options.size() ? q.options[option].Get(code) : "");
    ChoiceLook look = ChoiceLook::Plain;
    if (learn.checked)
      look = pos < q.correct.size() && q.correct[pos] == option ? ChoiceLook::Right : ChoiceLook::Wrong;
    const std::string id = "quiz.item." + std::to_string(pos);
    const float spacing = ImGui::GetStyle().ItemSpacing.x;
    const float textWidth = ImGui::GetContentRegionAvail().x - (learn.checked ? 0 : 2 * (kTouchTarget + spacing));
    ChoiceButton(id.c_str(), text, look, textWidth);
    if (!learn.checked) {
      ImGui::SameLine();
      const std::string up = "quiz.up." + std::to_string(pos);
      if (pos == 0) ImGui::Dummy(ImVec2(kTouchTarget, kTouchTarget));
      else if (ArrowButton(up.c_str(), Tr(lang, Msg::QuizMoveUp), true))
        std::swap(learn.choice[pos], learn.choice[pos - 1]);
      ImGui::SameLine();
      const std::string down = "quiz.down." + std::to_string(pos);
      if (pos + 1 == n) ImGui::Dummy(ImVec2(kTouchTarget, kTouchTarget));
      else if (ArrowButton(down.c_str(), Tr(lang, Msg::QuizMoveDown), false))
        std::swap(learn.choice[pos], learn.choice[pos + 1]);
    }
    ImGui::PopID();
  }
}

void Finish(AppState& state, Platform& platform, const Lesson& lesson) {
  const QuizScore score = Score(lesson.quiz, state.learn.answers);
  Progress& progress = state.data.ProgressFor(state.data.settings.activeProfileId, lesson.id);
  RecordQuizAttempt(progress, lesson, score, platform.Now());
  progress.currentStep = 0;  // the lesson was gone through: opened again, it starts over
  state.Changed();
  state.learn.finished = true;
}

void DrawResult(AppState& state, const Lesson& lesson) {
  const Language lang = state.language;
  const QuizScore score = Score(lesson.quiz, state.learn.answers);
  Heading(Tr(lang, Msg::QuizScoreHeading));
  Say(Fill(Tr(lang, Msg::QuizScore),
           {FormatNumber(lang, score.correct), FormatNumber(lang, score.total), FormatNumber(lang, score.percent)}),
      "quiz.score");
  const bool passed = score.percent >= lesson.quiz.masteryPercent;
  Say(passed ? std::string(Tr(lang, Msg::QuizPassed))
             : Fill(Tr(lang, Msg::QuizNotYet), {FormatNumber(lang, lesson.quiz.masteryPercent)}),
      "quiz.verdict");
  if (TouchButton("quiz.retry", Tr(lang, Msg::QuizRetry))) StartQuiz(state, lesson);
  if (TouchButton("quiz.done", Tr(lang, Msg::QuizDone))) {
    state.learn.finished = false;
    state.screen = Screen::Learn;
  }
}

}  // namespace

void StartQuiz(AppState& state, const Lesson& lesson) {
  LearnState& learn = state.learn;
  learn.lessonId = lesson.id;
  learn.question = 0;
  learn.answers.clear();
  learn.checked = false;
  learn.finished = false;
  learn.scrollToTop = true;
  learn.choice = lesson.quiz.questions.empty() ? std::vector<std::uint32_t>{} : FreshChoice(lesson.quiz.questions[0]);
  state.screen = Screen::Quiz;
}

void DrawQuiz(AppState& state, Platform& platform) {
  const Language lang = state.language;
  const std::string_view code = Info(lang).code;
  const Lesson* lesson = FindLesson(state.data, state.learn.lessonId, nullptr);
  if (!lesson || lesson->quiz.questions.empty()) {
    state.screen = Screen::Learn;
    return;
  }
  LearnState& learn = state.learn;
  if (TouchButton("nav.back", Tr(lang, Msg::Back))) {
    state.screen = learn.finished ? Screen::Learn : Screen::Lesson;
    learn.finished = false;
    return;
  }
  if (learn.finished) return DrawResult(state, *lesson);

  const auto& questions = lesson->quiz.questions;
  learn.question = std::min<std::uint32_t>(learn.question, static_cast<std::uint32_t>(questions.size() - 1));
  const Question& q = questions[learn.question];
  Say(Fill(Tr(lang, Msg::QuizQuestionOf),
           {FormatNumber(lang, learn.question + 1), FormatNumber(lang, static_cast<std::int64_t>(questions.size()))}),
      "quiz.counter");
  // What moves the person on (Check, then the feedback and Next) stays at the bottom.
  const bool right = learn.checked && !learn.answers.empty() && IsCorrect(q, learn.answers.back());
  std::string rightOrder;
  if (learn.checked && !right && q.kind == QuestionKind::PutInOrder) {
    rightOrder = std::string(Tr(lang, Msg::QuizRightOrder)) + "\n";
    for (std::size_t i = 0; i < q.correct.size(); ++i)
      rightOrder += FormatNumber(lang, static_cast<std::int64_t>(i + 1)) + ". " +
                    std::string(q.correct[i] < q.options.size() ? q.options[q.correct[i]].Get(code) : "") + "\n";
  }
  const std::string_view explanation = q.explanation.Get(code);
  float bar = kTouchTarget + 8;
  if (learn.checked) {
    bar += TextHeight(Tr(lang, right ? Msg::QuizRight : Msg::QuizWrong));
    if (!rightOrder.empty()) bar += TextHeight(rightOrder);
    if (!explanation.empty()) bar += TextHeight(explanation);
  }
  if (learn.scrollToTop) ImGui::SetNextWindowScroll(ImVec2(0, 0));
  learn.scrollToTop = false;
  BeginScrollArea("##question", bar);
  const Profile* profile = ActiveProfile(state.data);
  StyledTextWrapped(q.prompt.Get(code),
                    profile && profile->largerText ? text::TextStyle{28.0f, text::Weight::Bold}
                                                   : text::TextStyle{kBodySize, text::Weight::Bold},
                    "quiz.prompt");
  if (q.kind == QuestionKind::PutInOrder) DrawOrder(state, q, code);
  else DrawOptions(state, q, code);
  EndScrollArea("##questionbar");

  if (!learn.checked) {
    if (learn.choice.empty()) {
      Say(Tr(lang, Msg::QuizChooseFirst), "quiz.choosefirst");
    } else if (TouchButton("quiz.check", Tr(lang, Msg::QuizCheck))) {
      learn.answers.resize(learn.question);
      learn.answers.push_back(Answer{learn.choice});
      learn.checked = true;
    }
    return EndBar();
  }
  ImGui::PushStyleColor(ImGuiCol_Text, right ? colour::kRightAnswer : colour::kWrongAnswer);
  Say(Tr(lang, right ? Msg::QuizRight : Msg::QuizWrong), "quiz.feedback");
  ImGui::PopStyleColor();
  if (!rightOrder.empty()) Say(rightOrder, "quiz.rightorder");
  if (!explanation.empty()) Say(explanation, "quiz.explanation");
  const bool last = learn.question + 1 == questions.size();
  if (TouchButton("quiz.next", Tr(lang, last ? Msg::QuizSeeScore : Msg::QuizNext))) {
    if (last) {
      Finish(state, platform, *lesson);
    } else {
      ++learn.question;
      learn.checked = false;
      learn.scrollToTop = true;
      learn.choice = FreshChoice(questions[learn.question]);
    }
  }
  EndBar();
}

}  // namespace hw
