#include <imgui.h>

#include <algorithm>

#include "app/learn/learn.hpp"
#include "app/screens/screens.hpp"
#include "app/ui/theme.hpp"
#include "app/ui/widgets.hpp"

namespace hw {

void DrawHome(AppState& state) {
  const Language lang = state.language;
  // The language button shows the current language's own name, at the top right,
  // where a person who cannot read the rest still finds it.
  const std::string_view languageName = Info(lang).nativeName;
  const float buttonWidth = MeasureText(languageName, kBodyStyle).x + 2 * ImGui::GetStyle().FramePadding.x;
  DrawProfileButton(state);  // who is learning: two taps to switch
  ImGui::SameLine();
  const float avail = ImGui::GetContentRegionAvail().x;
  ImGui::SetCursorPosX(ImGui::GetCursorPosX() + std::max(0.0f, avail - std::max(buttonWidth, kTouchTarget * 2)));
  if (TouchButton("home.language", languageName)) state.screen = Screen::Language;
  Heading(Tr(lang, Msg::AppName));
  ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
  TextWrapped(Tr(lang, Msg::AppTagline));
  ImGui::PopStyleColor();
  ImGui::Dummy(ImVec2(0, 8));

  struct Entry {
    const char* id;
    Msg title;
    Msg hint;
    Screen screen;
  };
  constexpr Entry kEntries[] = {
      {"home.learn", Msg::HomeLearn, Msg::HomeLearnHint, Screen::Learn},
      {"home.shop", Msg::HomeShop, Msg::HomeShopHint, Screen::Shop},
      {"home.mygroup", Msg::HomeMyGroup, Msg::HomeMyGroupHint, Screen::MyGroup},
  };
  for (const Entry& e : kEntries)
    if (EntryCard(e.id, Tr(lang, e.title), Tr(lang, e.hint))) state.screen = e.screen;
  ImGui::Dummy(ImVec2(0, 8));
  if (TouchButton("home.settings", Tr(lang, Msg::Settings))) state.screen = Screen::Settings;
}

}  // namespace hw
