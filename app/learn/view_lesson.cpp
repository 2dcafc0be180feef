// Learn: the courses with each person's progress, a course's lessons, and the lesson
// player: one step per screen (its picture, its text, its tip), next/back buttons or
// a swipe, reading aloud, and the place kept so the person resumes there.
#include <imgui.h>

#include <cmath>
#include <string>

#include "app/learn/certificate.hpp"
#include "app/learn/learn.hpp"
#include "app/learn/learn_widgets.hpp"
#include "app/ui/theme.hpp"
#include "app/ui/widget_registry.hpp"
#include "app/ui/widgets.hpp"
#include "shared/i18n/format.hpp"
#include "shared/learning/profiles.hpp"

namespace hw {
namespace {

constexpr text::TextStyle kLargerStyle{28.0f, text::Weight::Regular};

const Course* FindCourse(const AppData& data, std::string_view id) {
  for (const Course& c : data.courses)
    if (c.id == id) return &c;
  return nullptr;
}

std::string LessonStatus(Language lang, const Lesson& lesson, const Progress* p) {
  if (!p) return std::string(Tr(lang, Msg::LessonNotStarted));
  if (p->mastered) return std::string(Tr(lang, Msg::LessonMastered));
  if (p->attempts > 0) return Fill(Tr(lang, Msg::LessonBestScore), {FormatNumber(lang, p->bestPercent)});
  return Fill(Tr(lang, Msg::LessonStepOf), {FormatNumber(lang, p->currentStep + 1),
                                            FormatNumber(lang, static_cast<std::int64_t>(lesson.steps.size()))});
}

void DrawCourses(AppState& state) {
  const Language lang = state.language;
  const std::string_view code = Info(lang).code;
  if (TouchButton("nav.back", Tr(lang, Msg::Back))) state.screen = Screen::Home;
  Heading(Tr(lang, Msg::HomeLearn));
  Heading(Tr(lang, Msg::LearnCoursesHeading));
  const Id& profileId = state.data.settings.activeProfileId;
  for (const Course& course : state.data.courses) {
    ImGui::PushID(course.id.c_str());
    const std::string id = "learn.course." + course.id;
    if (EntryCard(id.c_str(), course.title.Get(code), course.summary.Get(code))) state.learn.courseId = course.id;
    const std::string count = LabelledNumber(lang, Msg::LearnLessons, static_cast<std::int64_t>(course.lessons.size()));
    SayLine(count, id + ".lessons");
    const CourseProgress progress = ProgressOfCourse(state.data, profileId, course);
    Say(Fill(Tr(lang, Msg::LearnMasteredOf),
             {FormatNumber(lang, progress.mastered), FormatNumber(lang, progress.lessons)}),
        id + ".progress");
    ProgressBar(progress.lessons ? static_cast<float>(progress.mastered) / static_cast<float>(progress.lessons) : 0.0f);
    ImGui::Dummy(ImVec2(0, 6));
    ImGui::PopID();
  }
  ImGui::Dummy(ImVec2(0, 8));
  if (TouchButton("learn.trainer", Tr(lang, Msg::TrainerOpen))) state.screen = Screen::Trainer;
}

void OpenLesson(AppState& state, Platform& platform, const Lesson& lesson);

void DrawCourse(AppState& state, Platform& platform, const Course& course) {
  const Language lang = state.language;
  const std::string_view code = Info(lang).code;
  if (TouchButton("nav.back", Tr(lang, Msg::Back))) {
    state.learn = {};
    return;
  }
  Heading(course.title.Get(code));
  TextWrapped(course.summary.Get(code));
  const Id& profileId = state.data.settings.activeProfileId;
  for (const Lesson& lesson : course.lessons) {
    ImGui::PushID(lesson.id.c_str());
    const std::string id = "learn.lesson." + lesson.id;
    const Progress* p = FindProgress(state.data, profileId, lesson.id);
    if (ChoiceButton(id.c_str(), lesson.title.Get(code), p && p->mastered ? ChoiceLook::Right : ChoiceLook::Plain)) {
      OpenLesson(state, platform, lesson);
      ImGui::PopID();
      return;
    }
    Say(LessonStatus(lang, lesson, p), id + ".status");
    ImGui::PopID();
  }
  const CourseProgress progress = ProgressOfCourse(state.data, profileId, course);
  if (progress.Complete()) {
    ImGui::Dummy(ImVec2(0, 8));
    Say(Tr(lang, Msg::LearnCourseComplete), "learn.complete");
    if (TouchButton("learn.certificate", Tr(lang, Msg::CertificateDownload)))
      DownloadCertificate(state, platform, course);
  }
}

// Shows step `index`, keeping it as the place to resume and as seen.
void GoToStep(AppState& state, Platform& platform, const Lesson& lesson, std::uint32_t index) {
  if (state.learn.speaking) platform.StopSpeaking();
  state.learn.speaking = false;
  state.learn.noVoice = false;
  state.learn.step = index;
  state.learn.scrollToTop = true;
  Progress& progress = state.data.ProgressFor(state.data.settings.activeProfileId, lesson.id);
  progress.currentStep = index;
  RecordStepSeen(progress, lesson, index, platform.Now());
  state.Changed();
}

void OpenLesson(AppState& state, Platform& platform, const Lesson& lesson) {
  state.learn.lessonId = lesson.id;
  state.screen = Screen::Lesson;
  GoToStep(state, platform, lesson, ResumeStep(state.data, state.data.settings.activeProfileId, lesson));
}

void StartQuizOrFinish(AppState& state, Platform& platform, const Lesson& lesson) {
  if (state.learn.speaking) platform.StopSpeaking();
  state.learn.speaking = false;
  if (lesson.quiz.questions.empty()) {
    state.screen = Screen::Learn;
    return;
  }
  StartQuiz(state, lesson);
}

}  // namespace

void DrawLearn(AppState& state, Platform& platform) {
  if (const Course* course = FindCourse(state.data, state.learn.courseId)) DrawCourse(state, platform, *course);
  else DrawCourses(state);
}

const Lesson* FindLesson(const AppData& data, std::string_view lessonId, const Course** course) {
  for (const Course& c : data.courses)
    for (const Lesson& l : c.lessons)
      if (l.id == lessonId) {
        if (course) *course = &c;
        return &l;
      }
  return nullptr;
}

void DrawLesson(AppState& state, Platform& platform) {
  const Language lang = state.language;
  const std::string_view code = Info(lang).code;
  const Lesson* lesson = FindLesson(state.data, state.learn.lessonId, nullptr);
  if (!lesson || lesson->steps.empty()) {
    state.screen = Screen::Learn;
    return;
  }
  LearnState& learn = state.learn;
  if (TouchButton("nav.back", Tr(lang, Msg::Back))) {
    if (learn.speaking) platform.StopSpeaking();
    learn.speaking = false;
    state.screen = Screen::Learn;
    return;
  }
  const std::uint32_t count = static_cast<std::uint32_t>(lesson->steps.size());
  learn.step = std::min(learn.step, count - 1);
  const Step& step = lesson->steps[learn.step];
  Heading(lesson->title.Get(code));
  Say(Fill(Tr(lang, Msg::LessonStepOf), {FormatNumber(lang, learn.step + 1), FormatNumber(lang, count)}),
      "lesson.counter");
  ProgressBar(static_cast<float>(learn.step + 1) / static_cast<float>(count), 8);

  // The step scrolls when long; Back and Next stay at the bottom, under the thumb.
  if (learn.scrollToTop) ImGui::SetNextWindowScroll(ImVec2(0, 0));
  learn.scrollToTop = false;
  BeginScrollArea("##step", kTouchTarget + 8);
  const float side = std::min({ImGui::GetContentRegionAvail().x, ImGui::GetContentRegionAvail().y * 0.4f, 180.0f});
  ImGui::SetCursorPosX(ImGui::GetCursorPosX() + (ImGui::GetContentRegionAvail().x - side) / 2);
  const ImVec2 pictureAt = ImGui::GetCursorScreenPos();
  if (step.picture) {
    // The trainer's own photo, shown instead of the icon.
    DrawPhoto(state.photos, PhotoKey(*step.picture), *step.picture, ImVec2(side, side));
    PublishLastItem("###lesson.picture");
  } else {
    ImGui::Dummy(ImVec2(side, side));
    DrawLessonIcon(ImGui::GetWindowDrawList(), pictureAt, side, step.icon);
  }

  const Profile* profile = ActiveProfile(state.data);
  const text::TextStyle style = profile && profile->largerText ? kLargerStyle : kBodyStyle;
  const std::string_view stepText = step.text.Get(code);
  StyledTextWrapped(stepText, style, "lesson.text");
  if (!step.tip.Empty()) {
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
    StyledTextWrapped(std::string(Tr(lang, Msg::LessonTip)) + ": " + std::string(step.tip.Get(code)), style,
                      "lesson.tip");
    ImGui::PopStyleColor();
  }

  if (TouchButton("lesson.speak", Tr(lang, learn.speaking ? Msg::LessonStopReading : Msg::LessonReadAloud))) {
    if (learn.speaking) {
      platform.StopSpeaking();
      learn.speaking = false;
    } else {
      // The language the text is really in: the person's, or the fallback it shows.
      const std::string spokenIn = step.text.Has(code) ? std::string(code) : step.text.fallback;
      std::string words(stepText);
      if (!step.tip.Empty()) words += "\n" + std::string(step.tip.Get(code));
      learn.speaking = platform.Speak(words, spokenIn);
      learn.noVoice = !learn.speaking;
    }
  }
  if (learn.noVoice) Say(Tr(lang, Msg::LessonNoVoice), "lesson.novoice");
  EndScrollArea("##stepbar");

  const bool last = learn.step + 1 == count;
  if (learn.step > 0) {
    if (TouchButton("lesson.back", Tr(lang, Msg::LessonPrevious))) GoToStep(state, platform, *lesson, learn.step - 1);
    ImGui::SameLine();
  }
  const Msg nextLabel = !last                            ? Msg::LessonNext
                        : lesson->quiz.questions.empty() ? Msg::LessonFinish
                                                         : Msg::LessonStartQuiz;
  if (TouchButton("lesson.next", Tr(lang, nextLabel))) {
    if (last) StartQuizOrFinish(state, platform, *lesson);
    else GoToStep(state, platform, *lesson, learn.step + 1);
    EndBar();
    return;
  }
  EndBar();

  // A swipe: a horizontal drag released anywhere on the step, left for the next step.
  const ImGuiIO& io = ImGui::GetIO();
  if (ImGui::IsMouseReleased(ImGuiMouseButton_Left) && ImGui::IsWindowHovered(ImGuiHoveredFlags_RootAndChildWindows)) {
    const float dx = io.MousePos.x - io.MouseClickedPos[0].x;
    const float dy = io.MousePos.y - io.MouseClickedPos[0].y;
    if (std::fabs(dx) > 80.0f && std::fabs(dx) > 2.0f * std::fabs(dy)) {
      if (dx < 0 && !last) GoToStep(state, platform, *lesson, learn.step + 1);
      else if (dx < 0 && last) StartQuizOrFinish(state, platform, *lesson);
      else if (dx > 0 && learn.step > 0) GoToStep(state, platform, *lesson, learn.step - 1);
    }
  }
}

}  // namespace hw
