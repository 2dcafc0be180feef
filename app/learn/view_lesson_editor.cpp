// The trainer's lesson editor: courses written on the phone, in the trainer's language.
// Three pages: the trainer's own courses; a course (title, summary, its lessons to
// open, move or remove; save; export as a lesson pack); a lesson (title, steps with
// text, tip and a drawing or a photo, quiz questions of the four kinds). The course is
// edited as a copy and saved whole once it meets the lesson pack's rules
// (ValidateForPack), so every saved course can be shared and imported again; until
// then what is missing is shown under each field, in the person's language.
#include <imgui.h>

#include <algorithm>
#include <string>

#include "app/learn/learn.hpp"
#include "app/learn/learn_widgets.hpp"
#include "app/learn/lessons_loader.hpp"
#include "app/ui/text_field.hpp"
#include "app/ui/theme.hpp"
#include "app/ui/widget_registry.hpp"
#include "app/ui/widgets.hpp"
#include "shared/core/result.hpp"
#include "shared/i18n/format.hpp"
#include "shared/learning/lesson_editing.hpp"
#include "shared/learning/lesson_pack.hpp"
#include "shared/media/photo.hpp"

namespace hw {
namespace {

std::string N(Language lang, std::size_t i) { return FormatNumber(lang, static_cast<std::int64_t>(i + 1)); }

const Course* SavedCourse(const AppState& state, const Id& id) {
  for (const Course& c : state.data.courses)
    if (c.id == id) return &c;
  return nullptr;
}

bool Unsaved(const AppState& state) {
  const LessonEditorState& ed = state.lessonEditor;
  if (!ed.draft) return false;
  if (ed.isNew) return !(*ed.draft == NewCourse(ed.draft->id, ed.draft->language));
  const Course* saved = SavedCourse(state, ed.draft->id);
  return !saved || !(*saved == *ed.draft);
}

// The errors of the draft, shown once the person tried to save (and then as they fix them).
struct Errors {
  ValidationErrors list;
  Language lang;
  std::string_view At(std::string_view field) const {
    for (const ValidationError& e : list)
      if (e.field == field) return Tr(lang, e.message);
    return {};
  }
  bool Under(std::string_view prefix) const {
    return std::any_of(list.begin(), list.end(), [&](const ValidationError& e) { return e.field.starts_with(prefix); });
  }
};

Errors ErrorsOf(const AppState& state) {
  Errors errors{{}, state.language};
  if (state.lessonEditor.triedToSave && state.lessonEditor.draft)
    errors.list = ValidateForPack(*state.lessonEditor.draft);
  return errors;
}

std::string LanguageName(std::string_view code) {
  for (const LanguageInfo& info : AllLanguages())
    if (info.code == code) return std::string(info.nativeName);
  return std::string(code);
}

// A field holding one text of the course, in the course's language.
void CourseText(AppState& state, Platform& platform, const std::string& id, std::string_view label, LocalizedText& text,
                FieldOptions options) {
  const std::string& language = state.lessonEditor.draft->language;
  std::string value(TextIn(text, language));
  if (TextField(state, platform, id.c_str(), label, value, options)) SetTextIn(text, language, std::move(value));
}

void ShowError(std::string_view error, const std::string& id) {
  if (!error.empty()) SayError(error, id);
}

// An arrow of a row of buttons: like TouchButton, it starts the row from the reading
// side (from the right in Urdu).
bool RowArrow(const std::string& id, std::string_view label, bool up) {
  PlaceItemForReading(kTouchTarget);
  return ArrowButton(id.c_str(), label, up);
}

// Up, down and Remove for item `index` of `items`, ids `base`.up/.down/.remove; true
// when the list changed (the caller stops drawing it this frame).
template <class T>
bool MoveButtons(Language lang, const std::string& base, std::vector<T>& items, std::size_t index, bool canRemove) {
  bool changed = false;
  if (index > 0) {
    if (RowArrow(base + ".up", Tr(lang, Msg::EditorMoveUp), true)) changed = MoveItem(items, index, -1);
    ImGui::SameLine();
  }
  if (!changed && index + 1 < items.size()) {
    if (RowArrow(base + ".down", Tr(lang, Msg::EditorMoveDown), false)) changed = MoveItem(items, index, +1);
    ImGui::SameLine();
  }
  if (!changed && canRemove) {
    if (TouchButton((base + ".remove").c_str(), Tr(lang, Msg::EditorRemove))) {
      items.erase(items.begin() + static_cast<std::ptrdiff_t>(index));
      changed = true;
    }
  } else {
    ImGui::NewLine();
  }
  return changed;
}

// Shows another page of the editor, from its top.
void GoTo(LessonEditorState& ed, LessonEditorState::Page page) {
  ed.page = page;
  ImGui::SetScrollY(0);
}

// --- the trainer's courses --------------------------------------------------------

void StartCourse(AppState& state, Course course, bool isNew) {
  LessonEditorState& ed = state.lessonEditor;
  ed = {};
  ed.draft = std::move(course);
  ed.isNew = isNew;
  GoTo(ed, LessonEditorState::Page::Course);
}

void DrawCourses(AppState& state) {
  const Language lang = state.language;
  const std::string_view code = Info(lang).code;
  if (TouchButton("nav.back", Tr(lang, Msg::Back))) {
    state.screen = Screen::Trainer;
    return;
  }
  Heading(Tr(lang, Msg::EditorCoursesHeading));
  Say(Tr(lang, Msg::EditorCoursesHint), "editor.hint");
  bool any = false;
  for (const Course& course : state.data.courses) {
    if (course.shipped) continue;
    any = true;
    ImGui::PushID(course.id.c_str());
    const std::string id = "editor.course." + course.id;
    const std::string count =
        Fill(Tr(lang, Msg::EditorLessonCount), {FormatNumber(lang, static_cast<std::int64_t>(course.lessons.size()))});
    if (EntryCard(id.c_str(), course.title.Get(code), count)) {
      StartCourse(state, course, false);
      ImGui::PopID();
      return;
    }
    ImGui::PopID();
  }
  if (!any) Say(Tr(lang, Msg::EditorNoCourses), "editor.none");
  ImGui::Dummy(ImVec2(0, 8));
  // A new course is written in the trainer's language.
  if (ChoiceButton("editor.new", Tr(lang, Msg::EditorNewCourse), ChoiceLook::Plain))
    StartCourse(state, NewCourse(NewRandomId(), std::string(code)), true);
}

// --- a course ---------------------------------------------------------------------

void Save(AppState& state) {
  LessonEditorState& ed = state.lessonEditor;
  if (!ValidateForPack(*ed.draft).empty()) {
    ed.triedToSave = true;
    return;
  }
  auto same = std::find_if(state.data.courses.begin(), state.data.courses.end(),
                           [&](const Course& c) { return c.id == ed.draft->id; });
  if (same == state.data.courses.end()) state.data.courses.push_back(*ed.draft);
  else *same = *ed.draft;
  state.Changed();
  ed.isNew = false;
  ed.triedToSave = false;
  ed.askLeave = false;
}

void DrawCourse(AppState& state, Platform& platform) {
  const Language lang = state.language;
  LessonEditorState& ed = state.lessonEditor;
  Course& course = *ed.draft;
  if (TouchButton("nav.back", Tr(lang, Msg::Back))) {
    if (Unsaved(state)) {
      ed.askLeave = true;
    } else {
      ed = {};
      ImGui::SetScrollY(0);
      return;
    }
  }
  // Asked right under Back: save (at the bottom) or leave without saving.
  if (ed.askLeave && Unsaved(state)) {
    SayError(Tr(lang, Msg::EditorUnsaved), "editor.unsaved");
    if (ChoiceButton("editor.discard", Tr(lang, Msg::EditorDiscard), ChoiceLook::Plain)) {
      ed = {};
      ImGui::SetScrollY(0);
      return;
    }
  }
  const Errors errors = ErrorsOf(state);
  Heading(Tr(lang, ed.isNew ? Msg::EditorNewCourseHeading : Msg::EditorEditCourseHeading));
  Say(Fill(Tr(lang, Msg::EditorWrittenIn), {LanguageName(course.language)}), "editor.language");
  CourseText(state, platform, "editor.course.title", Tr(lang, Msg::EditorCourseTitle), course.title,
             {.error = errors.At("title"), .maxLength = static_cast<int>(LessonPackLimits::kTitleBytes)});
  CourseText(state, platform, "editor.course.summary", Tr(lang, Msg::EditorCourseSummary), course.summary,
             {.kind = FieldKind::Multiline,
              .error = errors.At("summary"),
              .maxLength = static_cast<int>(LessonPackLimits::kSummaryBytes)});

  Heading(Tr(lang, Msg::EditorLessons));
  const std::string_view code = course.language;
  for (std::size_t i = 0; i < course.lessons.size(); ++i) {
    Lesson& lesson = course.lessons[i];
    ImGui::PushID(lesson.id.c_str());
    const std::string base = "editor.lesson." + std::to_string(i);
    const std::string_view title = TextIn(lesson.title, code);
    const std::string label = N(lang, i) + ". " + std::string(title.empty() ? Tr(lang, Msg::EditorUntitled) : title);
    const std::string prefix = "lessons[" + std::to_string(i) + "]";
    if (ChoiceButton(base.c_str(), label, errors.Under(prefix) ? ChoiceLook::Wrong : ChoiceLook::Plain)) {
      ed.lessonId = lesson.id;
      GoTo(ed, LessonEditorState::Page::Lesson);
      ImGui::PopID();
      return;
    }
    if (errors.Under(prefix)) SayError(Tr(lang, Msg::EditorLessonNeedsFixing), base + ".error");
    const bool changed = MoveButtons(lang, base, course.lessons, i, true);
    ImGui::PopID();
    if (changed) break;
  }
  ShowError(errors.At("lessons"), "editor.lessons.error");
  if (course.lessons.size() < LessonPackLimits::kLessons &&
      TouchButton("editor.lesson.add", Tr(lang, Msg::EditorAddLesson))) {
    course.lessons.push_back(NewLesson(NewRandomId(), NewRandomId()));
    ed.lessonId = course.lessons.back().id;
    GoTo(ed, LessonEditorState::Page::Lesson);
    return;
  }

  ImGui::Dummy(ImVec2(0, 12));
  ImGui::Separator();
  if (ed.isNew || Unsaved(state)) {
    if (TouchButton("editor.save", Tr(lang, Msg::EditorSave))) Save(state);
    if (ed.triedToSave) SayError(Tr(lang, Msg::EditorFixFirst), "editor.fix");
  } else {
    Say(Tr(lang, Msg::EditorSaved), "editor.saved");
    // What is saved is what travels: the pack importer reads it back the same.
    if (ChoiceButton("editor.export", Tr(lang, Msg::EditorExport), ChoiceLook::Plain)) {
      const std::string pack = ExportLessonPack({course});
      platform.Download(course.id + ".json", "application/json",
                        std::span(reinterpret_cast<const std::uint8_t*>(pack.data()), pack.size()));
    }
  }
  if (ed.isNew) return;
  // Removing asks first; learners' progress stays, kept per lesson id, should the
  // course come back from its pack file.
  ImGui::Dummy(ImVec2(0, 12));
  if (!ed.askRemove) {
    if (ChoiceButton("editor.course.remove", Tr(lang, Msg::EditorRemoveCourse), ChoiceLook::Plain)) ed.askRemove = true;
    return;
  }
  SayError(Tr(lang, Msg::EditorRemoveCourseAsk), "editor.course.remove.question");
  if (TouchButton("editor.course.remove.yes", Tr(lang, Msg::EditorRemoveYes))) {
    std::erase_if(state.data.courses, [&](const Course& c) { return c.id == course.id; });
    state.Changed();
    ed = {};
    ImGui::SetScrollY(0);
    return;
  }
  ImGui::SameLine();
  if (TouchButton("editor.course.remove.no", Tr(lang, Msg::EditorRemoveNo))) ed.askRemove = false;
}

// --- a lesson ---------------------------------------------------------------------

bool IconButton(const std::string& id, LessonIcon icon, bool chosen, float side) {
  const ImVec2 pos = ImGui::GetCursorScreenPos();
  const bool pressed = ImGui::InvisibleButton(LabelWithId(IconName(icon), id.c_str()).c_str(), ImVec2(side, side));
  ImDrawList* draw = ImGui::GetWindowDrawList();
  DrawLessonIcon(draw, ImVec2(pos.x + 4, pos.y + 4), side - 8, icon);
  if (chosen) draw->AddRect(pos, ImVec2(pos.x + side, pos.y + side), colour::kRightAnswer, 8.0f, 0, 4.0f);
  return pressed;
}

void DrawStepPicture(AppState& state, Platform& platform, Step& step, const std::string& base) {
  const Language lang = state.language;
  LessonEditorState& ed = state.lessonEditor;
  const float side = 96;
  if (step.picture) {
    DrawPhoto(state.photos, PhotoKey(*step.picture), *step.picture, ImVec2(side, side));
    PublishLastItem("###" + base + ".picture");
  } else {
    const ImVec2 at = ImGui::GetCursorScreenPos();
    ImGui::Dummy(ImVec2(side, side));
    DrawLessonIcon(ImGui::GetWindowDrawList(), at, side, step.icon);
    PublishLastItem(std::string(IconName(step.icon)) + "###" + base + ".picture");
    DescribeLastWidget({.role = WidgetRole::Image});
  }
  if (ChoiceButton((base + ".icons").c_str(), Tr(lang, Msg::EditorChooseDrawing), ChoiceLook::Plain))
    ed.iconsOpenFor = ed.iconsOpenFor == step.id ? Id{} : step.id;
  if (ed.iconsOpenFor == step.id) {
    const float cell = 56;
    const float width = ImGui::GetContentRegionAvail().x;
    float x = 0;
    for (std::size_t i = 1; i < static_cast<std::size_t>(LessonIcon::Count); ++i) {
      const auto icon = static_cast<LessonIcon>(i);
      if (x > 0 && x + cell <= width) ImGui::SameLine(0, 4);
      else x = 0;
      if (IconButton(base + ".icon." + std::string(IconName(icon)), icon, step.icon == icon && !step.picture, cell)) {
        step.icon = icon;
        step.picture.reset();  // the drawing is shown instead of the photo
        ed.iconsOpenFor.clear();
      }
      x += cell + 4;
    }
  }
  // ";capture" lets a phone offer its camera as well as its files (web/platform.js).
  if (ChoiceButton((base + ".photo").c_str(), Tr(lang, Msg::EditorChoosePhoto), ChoiceLook::Plain)) {
    ed.photoFor = step.id;
    ed.photoErrorFor.clear();
    platform.ChooseFile(FilePurpose::StepPhoto, "image/*;capture");
  }
  if (step.picture &&
      ChoiceButton((base + ".photo.remove").c_str(), Tr(lang, Msg::EditorRemovePhoto), ChoiceLook::Plain))
    step.picture.reset();
  if (ed.photoErrorFor == step.id) SayError(ed.photoError, base + ".photo.error");
}

void DrawSteps(AppState& state, Platform& platform, Lesson& lesson, const std::string& path, const Errors& errors) {
  const Language lang = state.language;
  Heading(Tr(lang, Msg::EditorSteps));
  for (std::size_t s = 0; s < lesson.steps.size(); ++s) {
    Step& step = lesson.steps[s];
    ImGui::PushID(step.id.c_str());
    const std::string base = "editor.step." + std::to_string(s);
    const std::string stepPath = path + ".steps[" + std::to_string(s) + "]";
    ImGui::Separator();
    Say(Fill(Tr(lang, Msg::EditorStepNumber), {N(lang, s)}), base);
    CourseText(state, platform, base + ".text", Tr(lang, Msg::EditorStepText), step.text,
               {.kind = FieldKind::Multiline,
                .error = errors.At(stepPath + ".text"),
                .maxLength = static_cast<int>(LessonPackLimits::kStepBytes)});
    CourseText(state, platform, base + ".tip", Tr(lang, Msg::EditorStepTip), step.tip,
               {.kind = FieldKind::Multiline,
                .error = errors.At(stepPath + ".tip"),
                .maxLength = static_cast<int>(LessonPackLimits::kTipBytes)});
    DrawStepPicture(state, platform, step, base);
    ShowError(errors.At(stepPath + ".picture"), base + ".picture.error");
    const bool changed = MoveButtons(lang, base, lesson.steps, s, lesson.steps.size() > 1);
    ImGui::PopID();
    if (changed) break;
  }
  ShowError(errors.At(path + ".steps"), "editor.steps.error");
  if (lesson.steps.size() < kEditorMaxSteps && TouchButton("editor.step.add", Tr(lang, Msg::EditorAddStep)))
    lesson.steps.push_back(NewStep(NewRandomId()));
}

void DrawQuestion(AppState& state, Platform& platform, Question& q, const std::string& base, const std::string& path,
                  const Errors& errors) {
  const Language lang = state.language;
  constexpr std::pair<QuestionKind, std::string_view> kKinds[] = {{QuestionKind::SingleChoice, "single"},
                                                                  {QuestionKind::MultipleChoice, "multiple"},
                                                                  {QuestionKind::TrueFalse, "truefalse"},
                                                                  {QuestionKind::PutInOrder, "order"}};
  constexpr Msg kKindLabels[] = {Msg::EditorKindSingle, Msg::EditorKindMultiple, Msg::EditorKindTrueFalse,
                                 Msg::EditorKindOrder};
  for (std::size_t k = 0; k < 4; ++k) {
    const std::string id = base + ".kind." + std::string(kKinds[k].second);
    if (ChoiceButton(id.c_str(), Tr(lang, kKindLabels[k]),
                     q.kind == kKinds[k].first ? ChoiceLook::Chosen : ChoiceLook::Plain))
      SetKind(q, kKinds[k].first);
  }
  CourseText(state, platform, base + ".prompt", Tr(lang, Msg::EditorPrompt), q.prompt,
             {.kind = FieldKind::Multiline,
              .error = errors.At(path + ".prompt"),
              .maxLength = static_cast<int>(LessonPackLimits::kPromptBytes)});
  if (q.kind == QuestionKind::TrueFalse) {
    Say(Tr(lang, Msg::EditorRightIs), base + ".rightis");
    for (const std::uint32_t value : {1u, 0u}) {
      const std::string id = base + (value ? ".true" : ".false");
      if (ChoiceButton(id.c_str(), Tr(lang, value ? Msg::QuizTrue : Msg::QuizFalse),
                       IsMarkedRight(q, value) ? ChoiceLook::Right : ChoiceLook::Plain))
        MarkRight(q, value);
    }
  } else {
    if (q.kind == QuestionKind::PutInOrder) Say(Tr(lang, Msg::EditorOrderHint), base + ".orderhint");
    for (std::size_t o = 0; o < q.options.size(); ++o) {
      ImGui::PushID(static_cast<int>(o));
      const std::string optionBase = base + ".option." + std::to_string(o);
      CourseText(state, platform, optionBase, Fill(Tr(lang, Msg::EditorAnswerNumber), {N(lang, o)}), q.options[o],
                 {.error = errors.At(path + ".options[" + std::to_string(o) + "]"),
                  .maxLength = static_cast<int>(LessonPackLimits::kOptionBytes)});
      bool changed = false;
      if (q.kind != QuestionKind::PutInOrder) {
        const bool right = IsMarkedRight(q, static_cast<std::uint32_t>(o));
        if (ChoiceButton((optionBase + ".right").c_str(), Tr(lang, right ? Msg::EditorIsRight : Msg::EditorMarkAsRight),
                         right ? ChoiceLook::Right : ChoiceLook::Plain))
          MarkRight(q, static_cast<std::uint32_t>(o));
      }
      if (o > 0) {
        if (RowArrow(optionBase + ".up", Tr(lang, Msg::EditorMoveUp), true)) {
          MoveOption(q, o, -1);
          changed = true;
        }
        ImGui::SameLine();
      }
      if (o + 1 < q.options.size()) {
        if (!changed && RowArrow(optionBase + ".down", Tr(lang, Msg::EditorMoveDown), false)) {
          MoveOption(q, o, +1);
          changed = true;
        }
        ImGui::SameLine();
      }
      if (q.options.size() > LessonPackLimits::kMinOptions) {
        if (!changed && TouchButton((optionBase + ".remove").c_str(), Tr(lang, Msg::EditorRemove))) {
          RemoveOption(q, o);
          changed = true;
        }
      } else {
        ImGui::NewLine();
      }
      ImGui::PopID();
      if (changed) break;
    }
    ShowError(errors.At(path + ".options"), base + ".options.error");
    if (q.options.size() < LessonPackLimits::kMaxOptions &&
        TouchButton((base + ".option.add").c_str(), Tr(lang, Msg::EditorAddAnswer)))
      AddOption(q);
  }
  ShowError(errors.At(path + ".correct"), base + ".correct.error");
  CourseText(state, platform, base + ".explanation", Tr(lang, Msg::EditorExplanation), q.explanation,
             {.kind = FieldKind::Multiline,
              .error = errors.At(path + ".explanation"),
              .maxLength = static_cast<int>(LessonPackLimits::kExplanationBytes)});
}

void DrawQuestions(AppState& state, Platform& platform, Lesson& lesson, const std::string& path, const Errors& errors) {
  const Language lang = state.language;
  Heading(Tr(lang, Msg::EditorQuiz));
  Say(Tr(lang, Msg::EditorQuizHint), "editor.quiz.hint");
  auto& questions = lesson.quiz.questions;
  for (std::size_t i = 0; i < questions.size(); ++i) {
    ImGui::PushID(questions[i].id.c_str());
    const std::string base = "editor.question." + std::to_string(i);
    ImGui::Separator();
    Say(Fill(Tr(lang, Msg::EditorQuestionNumber), {N(lang, i)}), base);
    DrawQuestion(state, platform, questions[i], base, path + ".quiz.questions[" + std::to_string(i) + "]", errors);
    const bool changed = MoveButtons(lang, base, questions, i, true);
    ImGui::PopID();
    if (changed) break;
  }
  if (questions.size() < LessonPackLimits::kQuestions &&
      TouchButton("editor.question.add", Tr(lang, Msg::EditorAddQuestion)))
    questions.push_back(NewQuestion(NewRandomId(), QuestionKind::SingleChoice));
}

void DrawLessonPage(AppState& state, Platform& platform) {
  const Language lang = state.language;
  LessonEditorState& ed = state.lessonEditor;
  Course& course = *ed.draft;
  const auto found =
      std::find_if(course.lessons.begin(), course.lessons.end(), [&](const Lesson& l) { return l.id == ed.lessonId; });
  if (found == course.lessons.end() || TouchButton("nav.back", Tr(lang, Msg::EditorBackToCourse))) {
    GoTo(ed, LessonEditorState::Page::Course);
    return;
  }
  Lesson& lesson = *found;
  const std::string path = "lessons[" + std::to_string(found - course.lessons.begin()) + "]";
  const Errors errors = ErrorsOf(state);
  Heading(Tr(lang, Msg::EditorLessonHeading));
  CourseText(state, platform, "editor.lesson.title", Tr(lang, Msg::EditorLessonTitle), lesson.title,
             {.error = errors.At(path + ".title"), .maxLength = static_cast<int>(LessonPackLimits::kTitleBytes)});
  DrawSteps(state, platform, lesson, path, errors);
  ImGui::Dummy(ImVec2(0, 12));
  DrawQuestions(state, platform, lesson, path, errors);
  ImGui::Dummy(ImVec2(0, 12));
  if (TouchButton("editor.lesson.done", Tr(lang, Msg::EditorBackToCourse))) GoTo(ed, LessonEditorState::Page::Course);
}

}  // namespace

void OpenLessonEditor(AppState& state) {
  state.lessonEditor = {};
  state.screen = Screen::LessonEditor;
}

void DrawLessonEditor(AppState& state, Platform& platform) {
  LessonEditorState& ed = state.lessonEditor;
  if (!ed.draft) ed.page = LessonEditorState::Page::Courses;
  switch (ed.page) {
    case LessonEditorState::Page::Courses: DrawCourses(state); break;
    case LessonEditorState::Page::Course: DrawCourse(state, platform); break;
    case LessonEditorState::Page::Lesson: DrawLessonPage(state, platform); break;
  }
}

void ReceiveStepPhoto(AppState& state, Platform&, const IncomingFile& file) {
  LessonEditorState& ed = state.lessonEditor;
  if (!ed.draft) return;
  for (Lesson& lesson : ed.draft->lessons)
    for (Step& step : lesson.steps) {
      if (step.id != ed.photoFor) continue;
      if (!file.error.empty()) {
        ed.photoErrorFor = step.id;
        ed.photoError = file.name + ": " + file.error;
        return;
      }
      // Scaled and stored like product photos: a JPEG of at most 800 pixels a side.
      Result<Photo> photo = PreparePhoto(file.bytes);
      if (!photo) {
        ed.photoErrorFor = step.id;
        ed.photoError = file.name + ": " + Describe(photo.error(), state.language);
        return;
      }
      step.picture = std::move(photo.value());
      ed.photoErrorFor.clear();
      return;
    }
}

}  // namespace hw
