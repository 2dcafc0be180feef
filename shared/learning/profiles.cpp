#include "shared/learning/profiles.hpp"

#include <algorithm>

#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>

#include "shared/core/base64.hpp"
#include "shared/core/csv.hpp"

namespace hw {

Profile* FindProfile(AppData& data, std::string_view id) {
  for (Profile& p : data.profiles)
    if (p.id == id) return &p;
  return nullptr;
}

const Profile* FindProfile(const AppData& data, std::string_view id) {
  for (const Profile& p : data.profiles)
    if (p.id == id) return &p;
  return nullptr;
}

Profile* ActiveProfile(AppData& data) { return FindProfile(data, data.settings.activeProfileId); }
const Profile* ActiveProfile(const AppData& data) { return FindProfile(data, data.settings.activeProfileId); }

Profile& AddProfile(AppData& data, Id id, std::string name) {
  Profile profile;
  profile.id = std::move(id);
  profile.name = std::move(name);
  profile.language = data.settings.language;
  profile.avatarShape = static_cast<std::uint32_t>(data.profiles.size());
  data.settings.activeProfileId = profile.id;
  data.profiles.push_back(std::move(profile));
  return data.profiles.back();
}

void RemoveProfile(AppData& data, std::string_view id) {
  std::erase_if(data.profiles, [&](const Profile& p) { return p.id == id; });
  std::erase_if(data.progress, [&](const Progress& p) { return p.profileId == id; });
  if (data.settings.activeProfileId == id)
    data.settings.activeProfileId = data.profiles.empty() ? Id{} : data.profiles.front().id;
}

const Progress* FindProgress(const AppData& data, std::string_view profileId, std::string_view lessonId) {
  for (const Progress& p : data.progress)
    if (p.profileId == profileId && p.lessonId == lessonId) return &p;
  return nullptr;
}

CourseProgress ProgressOfCourse(const AppData& data, std::string_view profileId, const Course& course) {
  CourseProgress result;
  result.lessons = static_cast<std::uint32_t>(course.lessons.size());
  for (const Lesson& lesson : course.lessons) {
    const Progress* p = FindProgress(data, profileId, lesson.id);
    if (!p) continue;
    ++result.started;
    if (p->mastered) ++result.mastered;
  }
  result.percent = result.lessons == 0 ? 0 : result.mastered * 100 / result.lessons;
  return result;
}

std::uint32_t ResumeStep(const AppData& data, std::string_view profileId, const Lesson& lesson) {
  const Progress* p = FindProgress(data, profileId, lesson.id);
  if (!p || lesson.steps.empty()) return 0;
  return std::min<std::uint32_t>(p->currentStep, static_cast<std::uint32_t>(lesson.steps.size() - 1));
}

std::vector<std::uint32_t> ShownOrder(const Question& question) {
  std::vector<std::uint32_t> shown = question.correct;
  if (shown.size() >= 2) std::rotate(shown.begin(), shown.begin() + 1, shown.end());
  return shown;
}

namespace {

// Written with RapidJSON's writer, as lesson packs are: the app already carries it, so
// the profile file adds little to the download.
using Writer = rapidjson::PrettyWriter<rapidjson::StringBuffer>;

void Field(Writer& w, std::string_view key, std::string_view value) {
  w.Key(key.data(), static_cast<rapidjson::SizeType>(key.size()));
  w.String(value.data(), static_cast<rapidjson::SizeType>(value.size()));
}

void Field(Writer& w, std::string_view key, std::int64_t value) {
  w.Key(key.data(), static_cast<rapidjson::SizeType>(key.size()));
  w.Int64(value);
}

}  // namespace

std::string ExportProfile(const AppData& data, std::string_view profileId, UtcOffset offset) {
  rapidjson::StringBuffer buffer;
  Writer w(buffer);
  w.StartObject();
  Field(w, "format", kProfileFileFormat);
  Field(w, "version", 1);
  if (const Profile* p = FindProfile(data, profileId)) {
    w.Key("profile");
    w.StartObject();
    Field(w, "id", p->id);
    Field(w, "name", p->name);
    Field(w, "language", p->language);
    Field(w, "avatarShape", p->avatarShape);
    w.Key("largerText");
    w.Bool(p->largerText);
    Field(w, "roles", p->roles);
    Field(w, "groupId", p->groupId);
    if (p->avatar) {
      Field(w, "avatar", "data:" + p->avatar->mime + ";base64," + Base64Encode(p->avatar->bytes));
    }
    w.Key("buyer");
    w.StartObject();
    Field(w, "name", p->buyer.name);
    Field(w, "organisation", p->buyer.organisation);
    Field(w, "phone", p->buyer.phone);
    Field(w, "email", p->buyer.email);
    Field(w, "country", p->buyer.country);
    Field(w, "deliveryPlace", p->buyer.deliveryPlace);
    w.EndObject();
    w.EndObject();  // the PIN's hash stays on this device
  }
  w.Key("progress");
  w.StartArray();
  for (const Progress& p : data.progress) {
    if (p.profileId != profileId) continue;
    w.StartObject();
    Field(w, "lessonId", p.lessonId);
    Field(w, "stepsSeen", p.stepsSeen);
    Field(w, "currentStep", p.currentStep);
    Field(w, "bestPercent", p.bestPercent);
    Field(w, "attempts", p.attempts);
    w.Key("mastered");
    w.Bool(p.mastered);
    Field(w, "updatedAt", FormatDate(LocalDay(p.updatedAt, offset)));
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
  return {buffer.GetString(), buffer.GetSize()};
}

std::string ProfileFileName(const Profile& profile, Timestamp today) {
  std::string safe;
  for (const char c : profile.name) {
    const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
    if (ok) safe += c;
    else if (c == ' ' && !safe.empty() && safe.back() != '-') safe += '-';
    if (safe.size() >= 40) break;
  }
  while (!safe.empty() && safe.back() == '-') safe.pop_back();
  if (safe.empty()) safe = profile.id.substr(0, 8);
  return "homeworks-profile-" + safe + "-" + FormatDate(today) + ".json";
}

std::string ProgressCsv(const AppData& data, std::string_view language, UtcOffset offset) {
  std::vector<CsvRow> rows;
  rows.push_back(
      {"profile", "course", "lesson", "steps_seen", "steps", "best_percent", "attempts", "mastered", "last_activity"});
  for (const Profile& profile : data.profiles)
    for (const Course& course : data.courses)
      for (const Lesson& lesson : course.lessons) {
        const Progress* p = FindProgress(data, profile.id, lesson.id);
        if (!p) continue;
        rows.push_back({NeutraliseFormula(profile.name), NeutraliseFormula(course.title.Get(language)),
                        NeutraliseFormula(lesson.title.Get(language)), std::to_string(p->stepsSeen),
                        std::to_string(lesson.steps.size()), std::to_string(p->bestPercent),
                        std::to_string(p->attempts), p->mastered ? "yes" : "no",
                        FormatDate(LocalDay(p->updatedAt, offset))});
      }
  return WriteCsv(rows);
}

}  // namespace hw
