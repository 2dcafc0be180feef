#include "app/app.hpp"

#include <imgui.h>

#include "app/theme.hpp"
#include "app/views.hpp"

namespace hw {

void DrawApp(AppState& state, Platform& platform) {
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(viewport->WorkPos);
  ImGui::SetNextWindowSize(viewport->WorkSize);
  constexpr ImGuiWindowFlags kFlags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                      ImGuiWindowFlags_NoSavedSettings |
                                      ImGuiWindowFlags_NoBringToFrontOnFocus;
  ImGui::Begin("##app", nullptr, kFlags);
  BeginContentColumn();
  DrawNotices(state, platform);
  switch (state.screen) {
    case Screen::Home: DrawHome(state); break;
    case Screen::Learn: DrawPlaceholder(state, Msg::HomeLearn); break;
    case Screen::Shop: DrawPlaceholder(state, Msg::HomeShop); break;
    case Screen::MyGroup: DrawPlaceholder(state, Msg::HomeMyGroup); break;
    case Screen::Settings: DrawSettings(state); break;
  }
  EndContentColumn();
  ImGui::End();
}

}  // namespace hw
