#include <imgui.h>

#include "app/theme.hpp"
#include "app/views.hpp"
#include "app/widgets.hpp"

namespace hw {

void DrawHome(AppState& state) {
  const Language lang = state.language;
  ImGui::Dummy(ImVec2(0, 8));
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
