#pragma once
// Courses as learners take them: lessons of steps, and a quiz at the end of each.
#include <cereal/cereal.hpp>
#include <cereal/types/optional.hpp>
#include <cereal/types/string.hpp>
#include <cereal/types/vector.hpp>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "shared/core/id.hpp"
#include "shared/core/localized_text.hpp"
#include "shared/core/photo.hpp"
#include "shared/core/serialize_util.hpp"
#include "shared/core/validation.hpp"
#include "shared/learning/lesson_icon.hpp"

namespace hw {

// Lessons: course -> lesson -> steps -> quiz.
struct Step {
  Id id;
  LocalizedText text;
  std::optional<Photo> picture;
  LocalizedText tip;
  LessonIcon icon = LessonIcon::None;  // drawn when there is no picture (since version 2)

  template <class Archive>
  void serialize(Archive& ar, std::uint32_t version) {
    ar(cereal::make_nvp("id", id), cereal::make_nvp("text", text), cereal::make_nvp("picture", picture),
       cereal::make_nvp("tip", tip));
    if (version >= 2) SerializeEnum(ar, "icon", icon);
  }
  bool operator==(const Step&) const = default;
};

enum class QuestionKind : std::uint8_t { SingleChoice, MultipleChoice, TrueFalse, PutInOrder, Count };

// `correct` means, by kind: SingleChoice {index}; MultipleChoice the set of right
// indices; TrueFalse {1} for true, {0} for false (no options); PutInOrder the option
// indices in the right order (options are shown shuffled).
struct Question {
  Id id;
  QuestionKind kind = QuestionKind::SingleChoice;
  LocalizedText prompt;
  std::optional<Photo> picture;
  std::vector<LocalizedText> options;
  std::vector<std::uint32_t> correct;
  LocalizedText explanation;  // why the right answer is right, shown after answering (since version 2)

  template <class Archive>
  void serialize(Archive& ar, std::uint32_t version) {
    ar(cereal::make_nvp("id", id));
    SerializeEnum(ar, "kind", kind);
    ar(cereal::make_nvp("prompt", prompt), cereal::make_nvp("picture", picture), cereal::make_nvp("options", options),
       cereal::make_nvp("correct", correct));
    if (version >= 2) ar(cereal::make_nvp("explanation", explanation));
  }
  bool operator==(const Question&) const = default;
};

// What the learner chose: indices (SingleChoice, MultipleChoice), {0|1} (TrueFalse),
// or the sequence of option indices (PutInOrder).
struct Answer {
  std::vector<std::uint32_t> chosen;
};
bool IsCorrect(const Question& question, const Answer& answer);

struct Quiz {
  std::vector<Question> questions;
  std::uint32_t masteryPercent = 80;  // score needed to master the lesson

  template <class Archive>
  void serialize(Archive& ar, std::uint32_t /*version*/) {
    ar(cereal::make_nvp("questions", questions), cereal::make_nvp("masteryPercent", masteryPercent));
  }
  bool operator==(const Quiz&) const = default;
};

struct QuizScore {
  std::uint32_t correct = 0;
  std::uint32_t total = 0;
  std::uint32_t percent = 0;  // rounded down; 100 for an empty quiz
};
// Answers beyond the questions are ignored; missing answers count as wrong.
QuizScore Score(const Quiz& quiz, std::span<const Answer> answers);

struct Lesson {
  Id id;
  LocalizedText title;
  std::uint32_t minutes = 5;
  std::vector<Step> steps;
  Quiz quiz;

  template <class Archive>
  void serialize(Archive& ar, std::uint32_t /*version*/) {
    ar(cereal::make_nvp("id", id), cereal::make_nvp("title", title), cereal::make_nvp("minutes", minutes),
       cereal::make_nvp("steps", steps), cereal::make_nvp("quiz", quiz));
  }
  bool operator==(const Lesson&) const = default;
};

struct Course {
  Id id;
  LocalizedText title;
  LocalizedText summary;
  std::string topic;  // "digital-literacy", "photography", "rights"...
  std::vector<Lesson> lessons;
  // Since version 2: the language every text of the course is written in first (its
  // fallback; a trainer writes in their own), and whether the course came with the app
  // (replaced by each new version, so not edited on the phone).
  std::string language = "en";
  bool shipped = false;

  template <class Archive>
  void serialize(Archive& ar, std::uint32_t version) {
    ar(cereal::make_nvp("id", id), cereal::make_nvp("title", title), cereal::make_nvp("summary", summary),
       cereal::make_nvp("topic", topic), cereal::make_nvp("lessons", lessons));
    if (version >= 2) ar(cereal::make_nvp("language", language), cereal::make_nvp("shipped", shipped));
  }
  bool operator==(const Course&) const = default;
};

// The rules a course must follow to be kept (a lesson pack adds its own limits).
ValidationErrors Validate(const Course& course);

}  // namespace hw

HW_CLASS_VERSION(hw::Step, 2)
HW_CLASS_VERSION(hw::Question, 2)
HW_CLASS_VERSION(hw::Quiz, 1)
HW_CLASS_VERSION(hw::Lesson, 1)
HW_CLASS_VERSION(hw::Course, 2)
