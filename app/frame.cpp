#include "app/frame.hpp"

#include <imgui.h>

#include "app/app.hpp"
#include "app/ui/draw_signature.hpp"
#include "app/ui/read_aloud.hpp"

namespace hw {

void RunFrame(AppState& state, Platform& platform, const FrameParts& parts) {
  state.nextFrameIn = kNoFrame;
  const std::uint64_t revision = state.revision;
  const Screen screen = state.screen;
  text::SetCurrentEngine(&parts.text);
  parts.text.BeginFrame(parts.pixelRatio);
  if (parts.beginBackends) parts.beginBackends();
  parts.widgets.SetLanguage(Info(state.language).code);
  ImGui::NewFrame();
  DrawApp(state, platform);
  ImGui::Render();
  parts.widgets.EndFrame();
  const std::uint64_t signature = DrawSignature(*ImGui::GetDrawData());
  if (signature != state.drawnSignature || state.revision != revision || state.screen != screen) state.RequestFrame();
  state.drawnSignature = signature;
  ReadAloudHeldText(state, platform, parts.widgets);
}

}  // namespace hw
