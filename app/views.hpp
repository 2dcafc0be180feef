#pragma once
// One view per screen: free functions drawing from and changing the AppState.
#include "app/app_state.hpp"
#include "app/platform.hpp"

namespace hw {

// Banners above every screen: another tab is saving, saved data had to be restored.
bool HasNotices(const AppState& state);
void DrawNotices(AppState& state, Platform& platform);
void DrawHome(AppState& state);
// Every language, each named in its own script; choosing one applies it at once.
void DrawLanguageChoice(AppState& state);
// One sample line per script, drawn at a known size on white, for comparing with
// the browser's own rendering of the same fonts.
void DrawSamples(AppState& state);
// The language and how the app keeps its data on this device.
void DrawSettings(AppState& state, Platform& platform);
// A screen still being built: its title, a note and the way back home.
void DrawPlaceholder(AppState& state, Msg title);
// The buyer's Shop: search, groups, categories, filters and the product cards.
void DrawShop(AppState& state, Platform& platform);
// A product's page, opened with OpenProduct.
void OpenProduct(AppState& state, const Id& productId);
void DrawProduct(AppState& state, Platform& platform);
// An order request (draft or sent), opened with OpenOrder.
void OpenOrder(AppState& state, const Id& orderId);
void DrawOrderRequest(AppState& state, Platform& platform);
// The buyer's order requests and their statuses.
void DrawMyOrders(AppState& state, Platform& platform);
// Learn until its screens exist: the courses on the device, with their lesson counts.
void DrawLearnPlaceholder(AppState& state);
// My group: the artisan group's catalogue and orders, behind the group's PIN.
void DrawMyGroup(AppState& state, Platform& platform);
// The buyer adds a catalogue pack from a file or a link, after seeing what it holds.
void DrawCatalogueImport(AppState& state, Platform& platform);

// Learn (app/view_lesson.cpp): the courses with the active profile's progress, a
// course's lessons, certificates; the lesson player, a step per screen.
void DrawLearn(AppState& state, Platform& platform);
void DrawLesson(AppState& state, Platform& platform);
const Lesson* FindLesson(const AppData& data, std::string_view lessonId, const Course** course);
// The quiz at the end of a lesson (app/view_quiz.cpp); StartQuiz opens it afresh.
void StartQuiz(AppState& state, const Lesson& lesson);
void DrawQuiz(AppState& state, Platform& platform);
// Profiles on a shared device (app/view_profiles.cpp): pick, create, edit, remove,
// export; the home screen's button to them; a profile's name as shown.
void DrawProfiles(AppState& state, Platform& platform);
void DrawProfileButton(AppState& state);
std::string ProfileName(Language language, const Profile& profile);
// The person's photo as a disc, or their drawn avatar when they have none; and the
// photo chosen on the profile page (false when the file is for another screen).
void DrawProfileAvatar(AppState& state, ImDrawList* draw, ImVec2 centre, float radius, const Profile& profile);
bool HandleProfileFile(AppState& state, const IncomingFile& file);
// Every profile's progress as bars, and as a CSV file (app/view_trainer.cpp).
void DrawTrainer(AppState& state, Platform& platform);
// The trainer's lesson editor (app/view_lesson_editor.cpp): courses written on the
// phone, their lessons, steps with a drawing or a photo, and quiz questions; a chosen
// photo arrives through HandleLessonEditorFile (false when the file is for another screen).
void OpenLessonEditor(AppState& state);
void DrawLessonEditor(AppState& state, Platform& platform);
bool HandleLessonEditorFile(AppState& state, const IncomingFile& file);

}  // namespace hw
