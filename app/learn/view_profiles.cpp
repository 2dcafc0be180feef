// Profiles on a shared phone: who is learning now, each with their own avatar, name,
// language, optional PIN, progress and order details. Switching is two taps: the
// profile button on the home screen, then the person.
#include <imgui.h>

#include <algorithm>
#include <string>

#include "app/learn/learn.hpp"
#include "app/learn/learn_widgets.hpp"
#include "app/ui/text_field.hpp"
#include "app/ui/theme.hpp"
#include "app/ui/widget_registry.hpp"
#include "app/ui/widgets.hpp"
#include "shared/core/result.hpp"
#include "shared/i18n/format.hpp"
#include "shared/learning/profiles.hpp"
#include "shared/media/photo.hpp"

namespace hw {
namespace {

// A full-width row with the avatar and the name; true when tapped.
bool ProfileCard(AppState& state, const char* id, std::string_view name, const Profile& profile, bool active) {
  const float width = ImGui::GetContentRegionAvail().x;
  const float height = 72.0f;
  const ImVec2 pos = ImGui::GetCursorScreenPos();
  const bool pressed = ImGui::InvisibleButton(LabelWithId(name, id).c_str(), ImVec2(width, height));
  ImDrawList* draw = ImGui::GetWindowDrawList();
  draw->AddRectFilled(pos, ImVec2(pos.x + width, pos.y + height), active ? colour::kChosenSurface : colour::kField,
                      ImGui::GetStyle().FrameRounding);
  if (active)
    draw->AddRect(pos, ImVec2(pos.x + width, pos.y + height), colour::kAccent, ImGui::GetStyle().FrameRounding, 0, 3);
  DrawProfileAvatar(state, draw, ImVec2(pos.x + 40, pos.y + height / 2), 26, profile);
  const ImVec2 textSize = MeasureText(name, kHeadingStyle, width - 90);
  DrawText(draw, ImVec2(pos.x + 80, pos.y + (height - textSize.y) / 2), ImGui::GetColorU32(ImGuiCol_Text), name,
           kHeadingStyle, width - 90);
  return pressed;
}

void DrawEdit(AppState& state, Platform& platform, Profile& profile) {
  const Language lang = state.language;
  ProfilesState& ui = state.profiles;
  if (TouchButton("nav.back", Tr(lang, Msg::Back))) {
    ui.editingId.clear();
    return;
  }
  Heading(Tr(lang, Msg::ProfileEditHeading));
  if (TextField(state, platform, "profile.name", Tr(lang, Msg::ProfileName), profile.name,
                {.hint = Tr(lang, Msg::ProfileNameHint), .error = "", .maxLength = 60}))
    state.Changed();

  Text(Tr(lang, Msg::ProfileAvatar));
  const float side = 64.0f;
  for (std::uint32_t shape = 0; shape < kAvatarShapes; ++shape) {
    const std::string id = "profile.avatar." + std::to_string(shape);
    if (AvatarButton(id.c_str(), Fill(Tr(lang, Msg::ProfileAvatarNumber), {FormatNumber(lang, shape + 1)}), shape, side,
                     !profile.avatar && profile.avatarShape == shape) &&
        (profile.avatarShape != shape || profile.avatar)) {
      profile.avatarShape = shape;
      profile.avatar.reset();  // a drawing chosen: it is shown instead of the photo
      state.Changed();
    }
    const float next = ImGui::GetItemRectMax().x + ImGui::GetStyle().ItemSpacing.x + side;
    if (shape + 1 < kAvatarShapes && next <= ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x)
      ImGui::SameLine();
  }

  // A photo of the person instead of a drawing, from the camera or files; kept small.
  if (profile.avatar) {
    const ImVec2 at = ImGui::GetCursorScreenPos();
    ImGui::Dummy(ImVec2(side, side));
    DrawProfileAvatar(state, ImGui::GetWindowDrawList(), ImVec2(at.x + side / 2, at.y + side / 2), side / 2 - 2,
                      profile);
    PublishLastItem(FormatNumber(lang, profile.avatar->width) + " × " + FormatNumber(lang, profile.avatar->height) +
                    "###profile.avatar.photo.shown");
    ImGui::SameLine();
    if (TouchButton("profile.avatar.photo.remove", Tr(lang, Msg::ProfilePhotoRemove))) {
      profile.avatar.reset();
      state.Changed();
    }
  }
  if (TouchButton("profile.avatar.photo", Tr(lang, Msg::ProfilePhotoChoose))) {
    ui.photoError.clear();
    platform.ChooseFile(FilePurpose::Avatar, "image/*;capture");
  }
  if (!ui.photoError.empty()) {
    SayError(ui.photoError, "profile.avatar.photo.error");
  }

  Text(Tr(lang, Msg::Language));
  for (const LanguageInfo& info : AllLanguages()) {
    const std::string id = "profile.lang." + std::string(info.code);
    const bool chosen = profile.language == info.code;
    const bool tapped = ChoiceButton(id.c_str(), info.nativeName, chosen ? ChoiceLook::Chosen : ChoiceLook::Plain);
    DescribeLastWidget({.role = WidgetRole::Radio, .checked = chosen ? Tri::Yes : Tri::No, .lang = info.code});
    if (tapped) {
      profile.language = std::string(info.code);
      if (profile.id == state.data.settings.activeProfileId) ChooseLanguage(state, info.language);
      state.Changed();
    }
  }

  const bool larger = ChoiceButton("profile.largertext", Tr(lang, Msg::ProfileLargerText),
                                   profile.largerText ? ChoiceLook::Chosen : ChoiceLook::Plain);
  DescribeLastWidget({.role = WidgetRole::CheckBox, .checked = profile.largerText ? Tri::Yes : Tri::No});
  if (larger) {
    profile.largerText = !profile.largerText;
    state.Changed();
  }

  Text(Tr(lang, Msg::ProfilePin));
  TextWrapped(Tr(lang, profile.pin ? Msg::ProfilePinIsSet : Msg::ProfilePinHint));
  TextField(state, platform, "profile.pin", Tr(lang, Msg::ProfilePinNew), ui.pinText,
            {.kind = FieldKind::Pin,
             .hint = "",
             .error = ui.pinInvalid ? Tr(lang, Msg::ProfilePinInvalid) : "",
             .maxLength = 4});
  if (TouchButton("profile.pin.save", Tr(lang, Msg::ProfilePinSave))) {
    ui.pinInvalid = !IsPinShaped(ui.pinText);
    if (!ui.pinInvalid) {
      profile.pin = MakePinHash(ui.pinText, RandomBytes());
      ui.pinText.clear();
      state.Changed();
    }
  }
  if (profile.pin && TouchButton("profile.pin.remove", Tr(lang, Msg::ProfilePinRemove))) {
    profile.pin.reset();
    state.Changed();
  }

  ImGui::Dummy(ImVec2(0, 8));
  if (TouchButton("profile.export", Tr(lang, Msg::ProfileExport))) {
    const std::string json = ExportProfile(state.data, profile.id, platform.TimeZoneOffset());
    platform.Download(ProfileFileName(profile, platform.Today()), "application/json",
                      std::span(reinterpret_cast<const std::uint8_t*>(json.data()), json.size()));
  }
  if (ui.confirmRemoveId == profile.id) {
    Say(Tr(lang, Msg::ProfileRemoveConfirm), "profile.remove.question");
    if (TouchButton("profile.remove.yes", Tr(lang, Msg::ProfileRemoveYes))) {
      const Id id = profile.id;  // `profile` is gone after this
      RemoveProfile(state.data, id);
      state.Changed();
      ui = {};
      EnsureProfile(state);
      SwitchProfile(state, state.data.settings.activeProfileId);
      return;
    }
    ImGui::SameLine();
    if (TouchButton("profile.remove.no", Tr(lang, Msg::ProfileRemoveNo))) ui.confirmRemoveId.clear();
  } else if (TouchButton("profile.remove", Tr(lang, Msg::ProfileRemove))) {
    ui.confirmRemoveId = profile.id;
  }
}

void DrawList(AppState& state, Platform& platform) {
  const Language lang = state.language;
  ProfilesState& ui = state.profiles;
  if (TouchButton("nav.back", Tr(lang, Msg::Back))) state.screen = Screen::Home;
  Heading(Tr(lang, Msg::ProfilesHeading));
  const Id active = state.data.settings.activeProfileId;
  for (const Profile& profile : state.data.profiles) {
    ImGui::PushID(profile.id.c_str());
    const std::string id = "profiles.pick." + profile.id;
    if (ProfileCard(state, id.c_str(), ProfileName(lang, profile), profile, profile.id == active)) {
      if (profile.pin && profile.id != active) {
        ui.unlockId = profile.id;
        ui.unlockPin.clear();
        ui.unlockWrong = false;
      } else {
        const Id chosen = profile.id;
        ui = {};
        SwitchProfile(state, chosen);
        state.screen = Screen::Home;
        ImGui::PopID();
        return;
      }
    }
    if (ui.unlockId == profile.id) {
      TextField(state, platform, "profiles.unlock.pin", Tr(lang, Msg::ProfilePinAsk), ui.unlockPin,
                {.kind = FieldKind::Pin,
                 .hint = "",
                 .error = ui.unlockWrong ? Tr(lang, Msg::ProfilePinWrong) : "",
                 .maxLength = 4});
      if (TouchButton("profiles.unlock.ok", Tr(lang, Msg::ProfilePinOpen))) {
        if (VerifyPin(*profile.pin, ui.unlockPin)) {
          const Id chosen = profile.id;
          ui = {};
          SwitchProfile(state, chosen);
          state.screen = Screen::Home;
          ImGui::PopID();
          return;
        }
        ui.unlockWrong = true;
        ui.unlockPin.clear();
      }
    }
    ImGui::PopID();
  }
  ImGui::Dummy(ImVec2(0, 8));
  if (TouchButton("profiles.edit", Tr(lang, Msg::ProfileEdit))) ui.editingId = active;
  if (TouchButton("profiles.new", Tr(lang, Msg::ProfileNew))) {
    AddProfile(state.data, NewRandomId(), "");
    state.Changed();
    ui = {};
    ui.editingId = state.data.settings.activeProfileId;
    state.learn = {};
  }
}

}  // namespace

void DrawProfileAvatar(AppState& state, ImDrawList* draw, ImVec2 centre, float radius, const Profile& profile) {
  if (profile.avatar && !profile.avatar->bytes.empty()) {
    const PhotoTextures::Texture& texture = state.photos.Get(PhotoKey(*profile.avatar), *profile.avatar);
    if (texture.id && !texture.failed) {
      // A square photo with corners as round as its half side: a disc.
      draw->AddImageRounded(texture.id, ImVec2(centre.x - radius, centre.y - radius),
                            ImVec2(centre.x + radius, centre.y + radius), ImVec2(0, 0), ImVec2(1, 1), IM_COL32_WHITE,
                            radius);
      return;
    }
  }
  DrawAvatar(draw, centre, radius, profile.avatarShape);
}

void ReceiveAvatarPhoto(AppState& state, Platform&, const IncomingFile& file) {
  ProfilesState& ui = state.profiles;
  Profile* profile = FindProfile(state.data, ui.editingId);
  if (!profile) return;
  if (!file.error.empty()) {
    ui.photoError = file.name + ": " + file.error;
    return;
  }
  Result<Photo> photo = PrepareAvatar(file.bytes);
  if (!photo) {
    ui.photoError = file.name + ": " + Describe(photo.error(), state.language);
    return;
  }
  profile->avatar = std::move(photo.value());
  ui.photoError.clear();
  state.Changed();
}

std::string ProfileName(Language language, const Profile& profile) {
  return profile.name.empty() ? std::string(Tr(language, Msg::ProfileUnnamed)) : profile.name;
}

void DrawProfileButton(AppState& state) {
  const Profile* profile = ActiveProfile(state.data);
  if (!profile) return;
  const std::string name = ProfileName(state.language, *profile);
  const ImVec2 textSize = MeasureText(name, kBodyStyle);
  const float width = std::min(ImGui::GetContentRegionAvail().x * 0.55f, 56 + textSize.x + 12);
  const ImVec2 pos = ImGui::GetCursorScreenPos();
  if (ImGui::InvisibleButton(LabelWithId(name, "home.profile").c_str(), ImVec2(width, kTouchTarget))) {
    state.profiles = {};
    state.screen = Screen::Profiles;
  }
  ImDrawList* draw = ImGui::GetWindowDrawList();
  DrawProfileAvatar(state, draw, ImVec2(pos.x + kTouchTarget / 2, pos.y + kTouchTarget / 2), kTouchTarget / 2 - 2,
                    *profile);
  draw->PushClipRect(pos, ImVec2(pos.x + width, pos.y + kTouchTarget), true);
  DrawText(draw, ImVec2(pos.x + 56, pos.y + (kTouchTarget - textSize.y) / 2), ImGui::GetColorU32(ImGuiCol_Text), name,
           kBodyStyle);
  draw->PopClipRect();
}

void DrawProfiles(AppState& state, Platform& platform) {
  if (Profile* editing = FindProfile(state.data, state.profiles.editingId)) DrawEdit(state, platform, *editing);
  else DrawList(state, platform);
}

}  // namespace hw
