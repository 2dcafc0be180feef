#pragma once
// The people who share a phone (profiles), and what each has learnt (progress and
// the mastery rule).
#include <cereal/cereal.hpp>
#include <cereal/types/optional.hpp>
#include <cereal/types/string.hpp>
#include <cstdint>
#include <optional>
#include <string>

#include "shared/core/contacts.hpp"
#include "shared/core/date.hpp"
#include "shared/core/id.hpp"
#include "shared/core/photo.hpp"
#include "shared/core/pin.hpp"
#include "shared/core/serialize_util.hpp"
#include "shared/core/validation.hpp"
#include "shared/learning/course.hpp"

namespace hw {

enum Role : std::uint32_t { RoleLearner = 1u << 0, RoleBuyer = 1u << 1, RoleGroupMember = 1u << 2 };
constexpr std::uint32_t kAllRoles = RoleLearner | RoleBuyer | RoleGroupMember;

struct Profile {
  Id id;
  std::string name;
  std::optional<Photo> avatar;
  std::string language = "en";
  std::uint32_t roles = RoleLearner;  // bit set of Role
  Id groupId;                         // the group a member sells for, or ""
  std::optional<PinHash> pin;
  // Since version 2: each person's own order details, the drawn avatar shown when
  // there is no photo (an index into the app's set), and larger lesson text.
  Buyer buyer;
  std::uint32_t avatarShape = 0;
  bool largerText = false;

  bool HasRole(Role role) const { return (roles & role) != 0; }

  template <class Archive>
  void serialize(Archive& ar, std::uint32_t version) {
    ar(cereal::make_nvp("id", id), cereal::make_nvp("name", name), cereal::make_nvp("avatar", avatar),
       cereal::make_nvp("language", language), cereal::make_nvp("roles", roles), cereal::make_nvp("groupId", groupId),
       cereal::make_nvp("pin", pin));
    if constexpr (Archive::is_loading::value) roles &= kAllRoles;
    if (version >= 2)
      ar(cereal::make_nvp("buyer", buyer), cereal::make_nvp("avatarShape", avatarShape),
         cereal::make_nvp("largerText", largerText));
  }
  bool operator==(const Profile&) const = default;
};

// Mastery rule: a lesson is mastered once every step has been seen and a quiz
// attempt scored at least the quiz's masteryPercent (a lesson without questions is
// mastered by seeing every step). Mastery, once reached, is kept.
struct Progress {
  Id profileId;
  Id lessonId;
  std::uint32_t stepsSeen = 0;  // steps 0..stepsSeen-1 have been shown
  std::uint32_t bestPercent = 0;
  std::uint32_t attempts = 0;
  bool mastered = false;
  Timestamp updatedAt = 0;
  std::uint32_t currentStep = 0;  // where the person left off, to resume there (since version 2)

  template <class Archive>
  void serialize(Archive& ar, std::uint32_t version) {
    ar(cereal::make_nvp("profileId", profileId), cereal::make_nvp("lessonId", lessonId),
       cereal::make_nvp("stepsSeen", stepsSeen), cereal::make_nvp("bestPercent", bestPercent),
       cereal::make_nvp("attempts", attempts), cereal::make_nvp("mastered", mastered),
       cereal::make_nvp("updatedAt", updatedAt));
    if (version >= 2) ar(cereal::make_nvp("currentStep", currentStep));
  }
  bool operator==(const Progress&) const = default;
};
void RecordStepSeen(Progress& progress, const Lesson& lesson, std::uint32_t stepIndex, Timestamp now);
void RecordQuizAttempt(Progress& progress, const Lesson& lesson, const QuizScore& score, Timestamp now);

ValidationErrors Validate(const Profile& profile);

}  // namespace hw

HW_CLASS_VERSION(hw::Profile, 2)
HW_CLASS_VERSION(hw::Progress, 2)
