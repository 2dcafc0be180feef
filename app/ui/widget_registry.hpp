#pragma once
// Where each labelled widget was drawn in the last frame, for tests that click like a
// person. Fed by ImGui's item hooks (IMGUI_ENABLE_TEST_ENGINE), so every widget with a
// label is published without the views doing anything.
#include <string>
#include <string_view>
#include <vector>

struct ImGuiContext;

namespace hw {

struct WidgetRect {
  std::string label;          // the visible text ("Learn")
  std::string id;             // the stable part after "###" ("home.learn"), else the label
  float x, y, width, height;  // display units (CSS pixels), clipped to the window
  bool focused = false;       // the keyboard is on it and its outline is shown
};

class WidgetRegistry {
 public:
  // Starts recording the widgets of `context`; the registry must outlive it.
  void Attach(ImGuiContext* context);
  // Call after ImGui::Render(): what was recorded becomes the last frame.
  void EndFrame();

  const std::vector<WidgetRect>& LastFrame() const { return last_; }
  // Finds a widget of the last frame by its id, or else by its visible label.
  const WidgetRect* Find(std::string_view idOrLabel) const;
  // The last frame as JSON: [{"label":..,"id":..,"x":..,"y":..,"w":..,"h":..}, ...]
  std::string ToJson() const;

  void Record(std::string_view fullLabel, float x0, float y0, float x1, float y1, bool focused = false);

 private:
  std::vector<WidgetRect> recording_;
  std::vector<WidgetRect> last_;
};

// Publishes the last ImGui item (a child window, a block of text) under `fullLabel`
// ("visible text###stable.id"), for items ImGui does not publish by itself.
void PublishLastItem(std::string_view fullLabel);

}  // namespace hw
