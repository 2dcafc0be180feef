#pragma once
// The learner's side of the model: the profiles of the people sharing a device, and
// what each has learnt. Pure functions over AppData, no I/O.
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "shared/model.hpp"

namespace hw {

Profile* FindProfile(AppData& data, std::string_view id);
const Profile* FindProfile(const AppData& data, std::string_view id);
// The profile named by settings.activeProfileId, or null when there is none.
Profile* ActiveProfile(AppData& data);
const Profile* ActiveProfile(const AppData& data);

// A new profile that becomes the active one. Its language is the device's.
Profile& AddProfile(AppData& data, Id id, std::string name);
// Removes the profile and all its progress; another profile becomes active (or none).
void RemoveProfile(AppData& data, std::string_view id);

// The progress of a profile in a lesson, or null when it never opened it.
const Progress* FindProgress(const AppData& data, std::string_view profileId, std::string_view lessonId);

struct CourseProgress {
  std::uint32_t lessons = 0;
  std::uint32_t started = 0;  // opened at least once
  std::uint32_t mastered = 0;
  std::uint32_t percent = 0;  // mastered lessons out of all, rounded down
  bool Complete() const { return lessons > 0 && mastered == lessons; }
};
CourseProgress ProgressOfCourse(const AppData& data, std::string_view profileId, const Course& course);

// The step to open a lesson at: where the person left off, within the lesson.
std::uint32_t ResumeStep(const AppData& data, std::string_view profileId, const Lesson& lesson);

// A put-in-order question's options as first shown: a fixed arrangement (the right
// order turned by one), never already the right one.
std::vector<std::uint32_t> ShownOrder(const Question& question);

// One profile and its progress as a JSON file, to keep or move to another device.
// The PIN's hash stays on this device.
// Days in it ("updatedAt") are where the device is (`offset` from UTC).
inline constexpr std::string_view kProfileFileFormat = "homeworks-profile";
std::string ExportProfile(const AppData& data, std::string_view profileId, UtcOffset offset);
// "homeworks-profile-Asha-2026-01-01.json": the name kept to safe characters.
std::string ProfileFileName(const Profile& profile, Timestamp today);

// Every profile's progress in every lesson of the device, for a trainer's
// spreadsheet: profile, course, lesson, steps seen, steps, best score %, attempts,
// mastered (yes/no), last activity (YYYY-MM-DD, the day where the device is: `offset`
// from UTC). Titles in `language`.
std::string ProgressCsv(const AppData& data, std::string_view language, UtcOffset offset);

}  // namespace hw
