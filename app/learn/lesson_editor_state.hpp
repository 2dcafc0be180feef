#pragma once
// What the lesson editor (app/learn/view_lesson_editor.cpp) keeps between frames: the page,
// and the course being written. The course is a copy until "Save": a half-written
// lesson never reaches Learn, and nothing typed is lost when it cannot be saved yet.
#include <optional>
#include <string>

#include "shared/model.hpp"

namespace hw {

struct LessonEditorState {
  enum class Page { Courses, Course, Lesson };
  Page page = Page::Courses;
  std::optional<Course> draft;  // the course being written
  bool isNew = false;           // the draft is not in AppData yet
  Id lessonId;                  // the lesson open on Page::Lesson
  bool triedToSave = false;     // errors are shown once the person tried to save
  bool justSaved = false;       // "Saved" is shown until the next change
  bool askLeave = false;        // Back was tapped with changes not saved
  bool askRemove = false;       // "Remove this course" was tapped: asked to confirm
  Id iconsOpenFor;              // the step whose list of drawings is open
  Id photoFor;                  // the step a chosen photo goes to
  Id photoErrorFor;             // the step whose photo could not be read
  std::string photoError;
};

}  // namespace hw
