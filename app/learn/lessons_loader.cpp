#include "app/learn/lessons_loader.hpp"

#include <algorithm>
#include <cstdio>
#include <string>

#include "shared/learning/lesson_pack.hpp"

namespace hw {

void StartLessonsLoad(AppState& state, Platform& platform) {
  // The first frame goes on screen before any download starts; only the tab that
  // saves merges them.
  if (state.lessonsRequested || state.readOnly || state.framesDrawn < 1) return;
  state.lessonsRequested = true;
  for (std::string_view pack : kBuiltInLessonPacks)
    platform.FetchUrl(FilePurpose::LessonPack, std::string(kLessonFolder) + std::string(pack));
}

void ReceiveLessonPack(AppState& state, Platform&, const IncomingFile& file) {
  // The built-in lessons are there from the first start that had a network; a failure
  // now is logged, the saved courses stay, and the next start tries again.
  if (!file.error.empty()) {
    std::printf("lessons not refreshed: %s: %s\n", file.name.c_str(), file.error.c_str());
    return;
  }
  Result<std::vector<Course>> pack =
      ImportLessonPack(std::string_view(reinterpret_cast<const char*>(file.bytes.data()), file.bytes.size()));
  if (!pack) {
    std::printf("lessons not refreshed: %s: %s\n", file.name.c_str(),
                Describe(pack.error(), Language::English).c_str());
    return;
  }
  std::vector<Course>& courses = state.data.courses;
  const std::string_view fileName = std::string_view(file.name).substr(file.name.rfind('/') + 1);
  const auto rank = static_cast<int>(std::find(kBuiltInLessonPacks.begin(), kBuiltInLessonPacks.end(), fileName) -
                                     kBuiltInLessonPacks.begin());
  bool changed = false;
  for (Course& course : pack.value()) {
    course.shipped = true;  // replaced by the next version: the lesson editor leaves it alone
    state.builtInCourseRank[course.id] = rank;
    auto same = std::find_if(courses.begin(), courses.end(), [&](const Course& c) { return c.id == course.id; });
    if (same == courses.end()) {
      courses.push_back(std::move(course));
      changed = true;
    } else if (!(*same == course)) {
      *same = std::move(course);
      changed = true;
    }
  }
  if (!changed) return;
  // Built-in courses are listed in the packs' order (01-, 02-...) whatever order the
  // files arrive in, before any course a trainer added.
  const auto rankOf = [&](const Course& c) {
    const auto found = state.builtInCourseRank.find(c.id);
    return found == state.builtInCourseRank.end() ? static_cast<int>(kBuiltInLessonPacks.size()) : found->second;
  };
  std::stable_sort(courses.begin(), courses.end(),
                   [&](const Course& a, const Course& b) { return rankOf(a) < rankOf(b); });
  state.Changed();
  return;
}

void ImportLessonFile(AppState& state, const IncomingFile& file) {
  Result<std::vector<Course>> pack =
      ImportLessonPack(std::string_view(reinterpret_cast<const char*>(file.bytes.data()), file.bytes.size()));
  if (!pack) {
    state.notice = Msg::LessonImportFailed;
    state.noticeDetail = file.name + ": " + Describe(pack.error(), state.language);
    return;
  }
  std::string titles;
  for (Course& course : pack.value()) {
    titles += (titles.empty() ? "" : ", ") + std::string(course.title.Get(Info(state.language).code));
    auto same = std::find_if(state.data.courses.begin(), state.data.courses.end(),
                             [&](const Course& c) { return c.id == course.id; });
    if (same == state.data.courses.end()) state.data.courses.push_back(std::move(course));
    else *same = std::move(course);
  }
  state.Changed();
  state.notice = Msg::LessonImportDone;
  state.noticeDetail = titles;
}

}  // namespace hw
