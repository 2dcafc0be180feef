#include <imgui.h>

#include <string>

#include "app/theme.hpp"
#include "app/views.hpp"
#include "app/widgets.hpp"

namespace hw {

void DrawSettings(AppState& state) {
  const Language lang = state.language;
  if (TouchButton("nav.back", Tr(lang, Msg::Back))) state.screen = Screen::Home;
  Heading(Tr(lang, Msg::Settings));

  Heading(Tr(lang, Msg::Language));
  TextWrapped(Tr(lang, Msg::SettingsLanguageHint));
  for (const LanguageInfo& info : AllLanguages()) {
    const std::string id = "settings.lang." + std::string(info.code);
    const bool chosen = info.language == state.language;
    if (chosen) ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_ButtonActive));
    if (TouchButton(id.c_str(), info.nativeName)) ChooseLanguage(state, info.language);
    if (chosen) ImGui::PopStyleColor();
  }
}

}  // namespace hw
