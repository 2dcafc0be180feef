#include "shared/learning/learner.hpp"

#include <algorithm>

namespace hw {
namespace {

void UpdateMastery(Progress& progress, const Lesson& lesson) {
  const bool allSeen = progress.stepsSeen >= lesson.steps.size();
  const bool quizPassed =
      lesson.quiz.questions.empty() || (progress.attempts > 0 && progress.bestPercent >= lesson.quiz.masteryPercent);
  if (allSeen && quizPassed) progress.mastered = true;
}
}  // namespace

void RecordStepSeen(Progress& progress, const Lesson& lesson, std::uint32_t stepIndex, Timestamp now) {
  if (stepIndex < lesson.steps.size()) progress.stepsSeen = std::max(progress.stepsSeen, stepIndex + 1);
  progress.updatedAt = now;
  UpdateMastery(progress, lesson);
}

void RecordQuizAttempt(Progress& progress, const Lesson& lesson, const QuizScore& score, Timestamp now) {
  ++progress.attempts;
  progress.bestPercent = std::max(progress.bestPercent, score.percent);
  progress.updatedAt = now;
  UpdateMastery(progress, lesson);
}

ValidationErrors Validate(const Profile& profile) {
  FieldChecker c;
  c.IdField("id", profile.id);
  c.Required("name", profile.name, Limits::kNameBytes);
  if (!IsLanguageCode(profile.language)) c.Add("language", Msg::ErrLanguageInvalid, profile.language.substr(0, 20));
  if ((profile.roles & ~kAllRoles) != 0) c.Add("roles", Msg::ErrValueInvalid);
  if (profile.HasRole(RoleGroupMember)) c.IdField("groupId", profile.groupId);
  if (profile.avatar) c.PhotoField("avatar", *profile.avatar);
  return c.errors;
}

}  // namespace hw
