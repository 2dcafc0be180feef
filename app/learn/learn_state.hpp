#pragma once
// What the Learn screens keep between frames: the course, lesson and quiz being taken,
// and the profile being edited. Nothing here is saved; the model in AppData is.
#include <cstdint>
#include <string>
#include <vector>

#include "shared/model.hpp"

namespace hw {

// Learn: the course open on the Learn screen, the lesson being played and the quiz
// being taken (app/learn/view_lesson.cpp, app/learn/view_quiz.cpp).
struct LearnState {
  Id courseId;  // "" = the list of courses
  Id lessonId;
  std::uint32_t step = 0;             // the step shown
  bool speaking = false;              // the step is being read aloud
  bool noVoice = false;               // the device has no voice for the lesson's language
  std::uint32_t question = 0;         // the question shown
  std::vector<Answer> answers;        // the answers checked so far, one per question
  std::vector<std::uint32_t> choice;  // the answer being given (chosen options, or the order)
  bool checked = false;               // the current answer was checked: feedback is shown
  bool finished = false;              // every question answered: the score is shown
  bool scrollToTop = false;           // a new step or question: shown from its top
};

// The profiles screen: the profile being edited, a PIN being typed, a removal asked.
struct ProfilesState {
  Id editingId;         // "" = the list of profiles
  std::string pinText;  // a new PIN being typed
  bool pinInvalid = false;
  Id confirmRemoveId;  // asked "remove?", waiting for the answer
  Id unlockId;         // a profile with a PIN being switched to
  std::string unlockPin;
  bool unlockWrong = false;
  std::string photoError;  // why the chosen photo could not be used
};

}  // namespace hw
