#pragma once
// One frame of the app, the same in the browser (web/main.cpp) and in the ui tests
// (tests/ui/ui_harness.cpp), step by step:
//   1. the text engine becomes the current one and starts its frame at the device
//      pixel ratio (glyphs are rasterised at that resolution);
//   2. the platform's backends start theirs (`beginBackends`: SDL's input and WebGL
//      in a browser; nothing in the tests), then ImGui's NewFrame;
//   3. DrawApp draws the screen from the AppState and changes it;
//   4. ImGui::Render ends the frame, and the widget registry keeps where each labelled
//      widget was drawn and what it is (for tests that tap like a person, and for the
//      page's accessibility tree); a text held under a finger is read aloud;
//   5. the frame says when the next one is needed (AppState::nextFrameIn): at once
//      while the picture still changes (ImGui settles over a frame or two), the screen
//      or the data changed, or a view asked (a glide, a decode left over); later for a
//      timer a view or the saver set; never otherwise: then only input or a result
//      from the device (a file, a font, a typed text) wakes the loop again.
// Painting the draw data and saving stay with the caller: only the browser has a GPU
// and storage to sync.
#include "app/app_state.hpp"
#include "app/platform.hpp"
#include "app/text/text_engine.hpp"
#include "app/ui/widget_registry.hpp"

namespace hw {

struct FrameParts {
  text::TextEngine& text;
  WidgetRegistry& widgets;
  float pixelRatio = 1.0f;
  void (*beginBackends)() = nullptr;
};

void RunFrame(AppState& state, Platform& platform, const FrameParts& parts);

}  // namespace hw
