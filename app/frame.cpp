#include "app/frame.hpp"

#include <imgui.h>

#include "app/app.hpp"
#include "app/ui/read_aloud.hpp"

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
  ReadAloudHeldText(state, platform, parts.widgets);
}

}  // namespace hw
