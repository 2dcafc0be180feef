#include <imgui.h>

#include "app/screens/screens.hpp"
#include "app/ui/theme.hpp"
#include "app/ui/widgets.hpp"

namespace hw {

void DrawLanguageChoice(AppState& state) {
  if (TouchButton("nav.back", Tr(state.language, Msg::Back))) state.screen = Screen::Home;
  Heading(Tr(state.language, Msg::Language));
  const float width = ImGui::GetContentRegionAvail().x;
  for (const LanguageInfo& info : AllLanguages()) {
    const std::string id = "lang." + std::string(info.code);
    ImGui::PushID(id.c_str());
    const bool current = info.language == state.language;
    if (current) ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_ButtonActive));
    if (TouchButton(id.c_str(), info.nativeName, width)) {
      ChooseLanguage(state, info.language);
      state.screen = Screen::Home;
    }
    if (current) ImGui::PopStyleColor();
    ImGui::PopID();
  }
}

}  // namespace hw
