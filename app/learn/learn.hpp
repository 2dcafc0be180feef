#pragma once
// Learn: courses and lessons, quizzes, the profiles of the people sharing the phone,
// the trainer's view and lesson editor. Each is drawn by its own view_*.cpp here.
#include <imgui.h>

#include <string>
#include <string_view>

#include "app/app_state.hpp"
#include "app/platform.hpp"

namespace hw {

// The courses with the active profile's progress, a course's lessons, certificates;
// the lesson player, a step per screen (view_lesson.cpp).
void DrawLearn(AppState& state, Platform& platform);
void DrawLesson(AppState& state, Platform& platform);
const Lesson* FindLesson(const AppData& data, std::string_view lessonId, const Course** course);
// The quiz at the end of a lesson (view_quiz.cpp); StartQuiz opens it afresh.
void StartQuiz(AppState& state, const Lesson& lesson);
void DrawQuiz(AppState& state, Platform& platform);
// Profiles on a shared device (view_profiles.cpp): pick, create, edit, remove,
// export; the home screen's button to them; a profile's name as shown.
void DrawProfiles(AppState& state, Platform& platform);
void DrawProfileButton(AppState& state);
std::string ProfileName(Language language, const Profile& profile);
// The person's photo as a disc, or their drawn avatar when they have none; and the
// photo chosen on the profile page.
void DrawProfileAvatar(AppState& state, ImDrawList* draw, ImVec2 centre, float radius, const Profile& profile);
void ReceiveAvatarPhoto(AppState& state, Platform& platform, const IncomingFile& file);
// Every profile's progress as bars, and as a CSV file (view_trainer.cpp).
void DrawTrainer(AppState& state, Platform& platform);
// The trainer's lesson editor (view_lesson_editor.cpp): courses written on the
// phone, their lessons, steps with a drawing or a photo, and quiz questions; a chosen
// photo arrives through ReceiveStepPhoto.
void OpenLessonEditor(AppState& state);
void DrawLessonEditor(AppState& state, Platform& platform);
void ReceiveStepPhoto(AppState& state, Platform& platform, const IncomingFile& file);

}  // namespace hw
