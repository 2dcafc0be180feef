#pragma once
// Lesson packs: courses in a JSON format a trainer can read and write by hand
// (documented in assets/lessons/README.md). Pure functions, no I/O: the importer
// takes bytes and returns courses or an error naming the JSON path
// ("courses[2].lessons[0].quiz.questions[3].correct"); the exporter takes courses
// and returns a pack that imports back to the same courses.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "shared/core/result.hpp"
#include "shared/model.hpp"

namespace hw {

inline constexpr std::string_view kLessonPackFormat = "homeworks-lessons";
inline constexpr std::uint32_t kLessonPackVersion = 1;

// Bounds that keep any input, however made, to a small and valid model.
struct LessonPackLimits {
  static constexpr std::size_t kPackBytes = 32u * 1024 * 1024;
  static constexpr std::size_t kDepth = 32;
  static constexpr std::size_t kCourses = 50;
  static constexpr std::size_t kLessons = 30;  // per course
  static constexpr std::size_t kMinSteps = 1;
  static constexpr std::size_t kMaxSteps = 12;
  static constexpr std::size_t kQuestions = 20;  // per quiz
  static constexpr std::size_t kMinOptions = 2;
  static constexpr std::size_t kMaxOptions = 8;
  static constexpr std::size_t kLanguages = 20;  // per text
  static constexpr std::size_t kTitleBytes = 300;
  static constexpr std::size_t kSummaryBytes = 1000;
  static constexpr std::size_t kStepBytes = 1500;
  static constexpr std::size_t kTipBytes = 1000;
  static constexpr std::size_t kPromptBytes = 1000;
  static constexpr std::size_t kOptionBytes = 300;
  static constexpr std::size_t kExplanationBytes = 1000;
  static constexpr std::size_t kPictureBytes = 4u * 1024 * 1024;  // decoded
  static constexpr std::uint32_t kPictureSide = 10000;            // pixels
  static constexpr std::uint32_t kMaxMinutes = 120;
};

// The stable names of question kinds in packs: "single-choice", "multiple-choice",
// "true-false", "put-in-order".
std::string_view QuestionKindName(QuestionKind kind);

Result<std::vector<Course>> ImportLessonPack(std::string_view json);
std::string ExportLessonPack(const std::vector<Course>& courses);

}  // namespace hw
