#pragma once
// What each labelled widget was in the last frame: where it was drawn, what it is
// (its role), what it says and in which language, and its state. Tests tap by it like
// a person; the browser mirrors it into the page's accessibility tree (web/), so a
// screen reader finds the widgets the canvas shows. Fed by ImGui's item hooks
// (IMGUI_ENABLE_TEST_ENGINE), so every widget with a label is published without the
// views doing anything; the app's own widgets say what they are with DescribeLastWidget.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

struct ImGuiContext;

namespace hw {

// What a widget is to a screen reader.
enum class WidgetRole : std::uint8_t {
  Button,
  TextBox,
  CheckBox,
  Radio,  // one choice of several
  Heading,
  Text,
  Image,  // the label describes the picture
  ProgressBar,
  Link,
  Alert,  // a notice: read out as it appears
};
// The role's name as the web page uses it ("button", "textbox"...).
std::string_view RoleName(WidgetRole role);

// A state that a widget may have, or not have at all (a plain button is not "not
// pressed": it has no pressed state).
enum class Tri : std::int8_t { None = -1, No = 0, Yes = 1 };

struct WidgetRect {
  std::string label;          // the visible text ("Learn")
  std::string id;             // the stable part after "###" ("home.learn"), else the label
  float x, y, width, height;  // display units (CSS pixels), clipped to the window
  bool focused = false;       // the keyboard is on it and its outline is shown
  WidgetRole role = WidgetRole::Text;
  std::string lang;   // BCP 47 code of the label's language ("hi")
  std::string value;  // what a field holds; a progress bar's percent
  std::string error;  // why the value is refused (the widget is invalid); empty when it is fine
  Tri checked = Tri::None, pressed = Tri::None, expanded = Tri::None;
  bool disabled = false;
  bool forReaders = true;   // false: published for tests only, the widget before says it already
  unsigned int itemId = 0;  // ImGui's id of the item, 0 for text

  bool operator==(const WidgetRect&) const = default;
};

// What DescribeLastWidget changes; the rest of the widget stays as published.
struct WidgetSemantics {
  WidgetRole role = WidgetRole::Button;
  Tri checked = Tri::None, pressed = Tri::None, expanded = Tri::None;
  std::string_view value, error;
  std::string_view lang;  // empty: the language of the screen
  bool disabled = false;
  bool hidden = false;  // for tests only: a screen reader would hear the widget before twice
};

class WidgetRegistry {
 public:
  // Starts recording the widgets of `context`; the registry must outlive it.
  void Attach(ImGuiContext* context);
  // The language of the text of the frame being drawn ("hi"); each widget takes it.
  void SetLanguage(std::string_view code) { language_ = code; }
  // Call after ImGui::Render(): what was recorded becomes the last frame.
  void EndFrame();
  // Counts the frames whose widgets differed from the frame before (role, text,
  // state or place): the page's mirror is updated only when it moves on.
  std::uint64_t Generation() const { return generation_; }

  const std::vector<WidgetRect>& LastFrame() const { return last_; }
  // Finds a widget of the last frame by its id, or else by its visible label.
  const WidgetRect* Find(std::string_view idOrLabel) const;
  // The last frame as JSON: [{"label":..,"id":..,"x":..,"y":..,"w":..,"h":..,"role":..,"lang":..}, ...],
  // with "focused", "value", "error", "checked", "pressed", "expanded", "disabled" when they apply.
  std::string ToJson() const;
  // Presses the widget of the last frame with this id as a tap at its centre would
  // (what a screen reader's "activate" asks for); false when there is no such widget.
  // The tap reaches the app on the next frames.
  bool QueueTap(std::string_view idOrLabel) const;

  // Records a widget of the frame being drawn; false when it has no label.
  bool Record(std::string_view fullLabel, float x0, float y0, float x1, float y1, bool focused = false,
              unsigned int itemId = 0);
  // Changes the widget recorded last (see DescribeLastWidget).
  void DescribeLast(unsigned int itemId, const WidgetSemantics& semantics);

 private:
  std::vector<WidgetRect> recording_;
  std::vector<WidgetRect> last_;
  std::string language_;
  std::uint64_t generation_ = 0;
};

// Publishes the last ImGui item (a child window, a block of text) under `fullLabel`
// ("visible text###stable.id"), for items ImGui does not publish by itself, as text.
void PublishLastItem(std::string_view fullLabel);
// Says what the widget just drawn is (a checkbox, checked) when ImGui cannot know it:
// called by the widget that drew it, right after, for the item ImGui drew last or the
// text published last.
void DescribeLastWidget(const WidgetSemantics& semantics);

}  // namespace hw
