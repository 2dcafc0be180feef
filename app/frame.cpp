#include "app/frame.hpp"

#include <imgui.h>

#include "app/app.hpp"

namespace hw {

void RunFrame(AppState& state, Platform& platform, const FrameParts& parts) {
  text::SetCurrentEngine(&parts.text);
  parts.text.BeginFrame(parts.pixelRatio);
  if (parts.beginBackends) parts.beginBackends();
  parts.widgets.SetLanguage(Info(state.language).code);
  ImGui::NewFrame();
  DrawApp(state, platform);
  ImGui::Render();
  parts.widgets.EndFrame();
}

}  // namespace hw
