#pragma once
// Courses a trainer writes on the phone: the new parts of a course, the changes that
// keep a question's right answer consistent while it is edited, and the rules a course
// must meet to be saved: the lesson pack's own limits, so that every saved course can
// be exported and imported again. Errors name the field by its path in the course
// ("lessons[0].steps[1].text") with a message for the person.
#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "shared/core/validation.hpp"
#include "shared/model.hpp"

namespace hw {

// The most steps the editor offers to add (packs may hold up to 12).
inline constexpr std::size_t kEditorMaxSteps = 8;

// A course written in `language`: every text is in that language first.
Course NewCourse(Id id, std::string language);
// A lesson with one empty step (a lesson needs at least one).
Lesson NewLesson(Id id, Id firstStepId);
Step NewStep(Id id);
// A question of `kind` with two empty options (none for true/false) and no right
// answer marked yet, except put-in-order, whose options are written in the right order.
Question NewQuestion(Id id, QuestionKind kind);

// The text in exactly `language` ("" when it has none); the editor shows and changes
// only that one, so other translations stay as they were.
std::string_view TextIn(const LocalizedText& text, std::string_view language);
// Sets the text in `language`; an empty value removes that language's text.
void SetTextIn(LocalizedText& text, const std::string& language, std::string value);

// Question edits that keep `correct` pointing at the same options.
void SetKind(Question& question, QuestionKind kind);
void AddOption(Question& question);
void RemoveOption(Question& question, std::size_t index);
// Moves option `index` one place up (delta -1) or down (+1).
void MoveOption(Question& question, std::size_t index, int delta);
// Single choice: `index` is the right answer; multiple choice: toggles it; true/false:
// index 1 is true, 0 false. Put-in-order has no marking (the written order is right).
void MarkRight(Question& question, std::uint32_t index);
bool IsMarkedRight(const Question& question, std::uint32_t index);

// Moves item `index` of a list one place up (delta -1) or down (+1); false at an end.
template <class T>
bool MoveItem(std::vector<T>& items, std::size_t index, int delta) {
  if (index >= items.size()) return false;
  if (delta < 0 && index == 0) return false;
  if (delta > 0 && index + 1 >= items.size()) return false;
  const std::size_t other = delta < 0 ? index - 1 : index + 1;
  std::swap(items[index], items[other]);
  return true;
}

// What stands between this course and a lesson pack; empty when it can be saved.
ValidationErrors ValidateForPack(const Course& course);

}  // namespace hw
