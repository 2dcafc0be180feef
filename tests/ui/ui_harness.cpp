#include "tests/ui/ui_harness.hpp"

#include "app/theme.hpp"

namespace hw::test {

UiHarness::UiHarness(float width, float height) {
  context_ = ImGui::CreateContext();
  ImGui::SetCurrentContext(context_);  // CreateContext keeps another harness's current
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;
  io.DisplaySize = ImVec2(width, height);
  io.DeltaTime = 1.0f / 60.0f;
  LoadFonts(io, "", 1.0f);  // no font files: ImGui's built-in font
  unsigned char* pixels = nullptr;
  int w = 0, h = 0;
  io.Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);
  ApplyTheme(ImGui::GetStyle());
  registry_.Attach(context_);
  Frame();
}

UiHarness::~UiHarness() {
  ImGui::DestroyContext(context_);
  ImGui::SetCurrentContext(nullptr);
}

void UiHarness::Frame() {
  ImGui::SetCurrentContext(context_);
  ImGui::NewFrame();
  DrawApp(state, platform);
  ImGui::Render();
  registry_.EndFrame();
}

bool UiHarness::Tap(std::string_view idOrLabel) {
  ImGui::SetCurrentContext(context_);
  ImGuiIO& io = ImGui::GetIO();
  // Like a person, scroll down (then back up) until the widget is on screen.
  for (int attempt = 0; !registry_.Find(idOrLabel) && attempt < 40; ++attempt) {
    io.AddMousePosEvent(io.DisplaySize.x / 2, io.DisplaySize.y / 2);
    io.AddMouseWheelEvent(0, attempt < 20 ? -1.0f : 1.0f);
    Frame();
    Frame();
  }
  const WidgetRect* w = registry_.Find(idOrLabel);
  if (!w) return false;
  io.AddMousePosEvent(w->x + w->width / 2, w->y + w->height / 2);
  Frame();
  io.AddMouseButtonEvent(ImGuiMouseButton_Left, true);
  Frame();
  io.AddMouseButtonEvent(ImGuiMouseButton_Left, false);
  Frame();
  Frame();  // the screen the tap opened is drawn
  return true;
}

void UiHarness::Resize(float width, float height) {
  ImGui::SetCurrentContext(context_);
  ImGui::GetIO().DisplaySize = ImVec2(width, height);
  Frame();
}

}  // namespace hw::test
