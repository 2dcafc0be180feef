#pragma once
// The lesson packs that come with the app (assets/lessons/, copied to the site's
// lessons/ folder by the build): fetched after the first frame of every start (the
// service worker answers offline) and merged into AppData::courses by course id, so
// a new version of the app brings its new lessons while progress, kept per lesson id,
// stays. Nothing changes, and nothing is saved, when the packs are the same.
#include <array>
#include <string_view>

#include "app/app_state.hpp"
#include "app/platform.hpp"

namespace hw {

// The packs in assets/lessons/ (tests/ui/learn/lessons_test.cpp checks the folder matches).
inline constexpr std::array<std::string_view, 6> kBuiltInLessonPacks = {
    "01-your-phone.json", "02-product-photos.json",      "03-pricing.json",
    "04-selling.json",    "05-orders-and-payments.json", "06-your-rights.json",
};
inline constexpr std::string_view kLessonFolder = "lessons/";

// Call once a frame: asks for the packs once the first frame is on screen.
void StartLessonsLoad(AppState& state, Platform& platform);
// A fetched pack, merged into the saved courses.
void ReceiveLessonPack(AppState& state, Platform& platform, const IncomingFile& file);

// A pack a trainer chose in the trainer's view: its courses are added (or replace the
// courses with the same id; progress is kept per lesson id), and the person is told
// what came in, or what is wrong with the file and where.
void ImportLessonFile(AppState& state, const IncomingFile& file);

}  // namespace hw
