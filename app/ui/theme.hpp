#pragma once
// The look made for phones: large touch targets, readable sizes, one centred column.
#include <imgui.h>

#include <string>
#include <string_view>

#include "app/text/text_engine.hpp"

namespace hw {
struct AppState;
}

namespace hw {

// The app's colours, named by what they tell. Warm and high in contrast, so that they
// stay legible in sunlight on cheap screens; ApplyTheme gives ImGui's own slots the same.
namespace colour {
inline constexpr ImU32 kBackground = IM_COL32(250, 245, 237, 255);
inline constexpr ImU32 kInk = IM_COL32(33, 28, 26, 255);        // text
inline constexpr ImU32 kInkMuted = IM_COL32(102, 92, 84, 255);  // hints, "no photo"
inline constexpr ImU32 kAccent = IM_COL32(191, 77, 41, 255);    // buttons, the chosen thing
inline constexpr ImU32 kAccentHovered = IM_COL32(173, 66, 33, 255);
inline constexpr ImU32 kAccentPressed = IM_COL32(143, 51, 26, 255);
inline constexpr ImU32 kOnAccent = IM_COL32(255, 255, 255, 255);      // text on a button
inline constexpr ImU32 kOnAccentHint = IM_COL32(255, 240, 230, 255);  // a card's second line
inline constexpr ImU32 kField = IM_COL32(255, 255, 255, 255);         // text fields, chips
inline constexpr ImU32 kBorder = IM_COL32(204, 189, 173, 255);
inline constexpr ImU32 kChosenSurface = IM_COL32(252, 226, 205, 255);  // the active profile's card
inline constexpr ImU32 kError = IM_COL32(176, 0, 32, 255);             // what is wrong or refused
inline constexpr ImU32 kWrongAnswer = IM_COL32(184, 28, 28, 255);
inline constexpr ImU32 kRightAnswer = IM_COL32(46, 125, 50, 255);      // also progress done
inline constexpr ImU32 kTrack = IM_COL32(230, 220, 210, 255);          // progress still to do
inline constexpr ImU32 kFocus = IM_COL32(20, 77, 204, 255);            // the keyboard's place: blue
inline constexpr ImU32 kNoticeWarning = IM_COL32(255, 236, 179, 255);  // banner: something to know
inline constexpr ImU32 kNoticeAlert = IM_COL32(255, 224, 214, 255);    // banner: something went wrong
inline constexpr ImU32 kPhotoWaiting = IM_COL32(232, 224, 216, 255);   // a photo not decoded yet
}  // namespace colour

// Sizes in CSS pixels (ImGui's display units).
inline constexpr float kBodySize = 20.0f;
inline constexpr float kHeadingSize = 30.0f;
inline constexpr float kTouchTarget = 48.0f;  // the smallest thing a thumb must hit
inline constexpr float kContentMaxWidth = 720.0f;
inline constexpr text::TextStyle kBodyStyle{kBodySize, text::Weight::Regular};
inline constexpr text::TextStyle kHeadingStyle{kHeadingSize, text::Weight::Bold};

// Loads the fonts from `fontDir`, rasterised at `pixelRatio` device pixels per CSS
// pixel so text stays sharp on HiDPI screens. Falls back to ImGui's built-in font
// when the files are missing (as in headless ui tests).
void LoadFonts(ImGuiIO& io, const std::string& fontDir, float pixelRatio);
void ApplyTheme(ImGuiStyle& style);

ImFont* HeadingFont();

// A centred column no wider than kContentMaxWidth: screens draw inside it. It fills
// the height left (and scrolls, asking `state` for frames while a flick glides), or
// with `fitContent` is as tall as what it holds.
void BeginContentColumn(AppState& state, const char* id, bool fitContent = false);
void EndContentColumn();

// Text helpers taking translated string_views, shaped and drawn by the current
// text::TextEngine (ImGui's own text only when there is none).
void Text(std::string_view text);
void TextWrapped(std::string_view text);
void Heading(std::string_view text);

// For widgets that place text themselves: the size of `text` laid out (wrapped when
// wrapWidth > 0), and drawing it with its first line's top left at `pos`.
ImVec2 MeasureText(std::string_view text, text::TextStyle style, float wrapWidth = 0);
// `text` as it fits on one line `width` wide: whole, or cut with "…".
std::string FitText(std::string_view text, text::TextStyle style, float width);
// In a right-to-left layout, wrapped text (wrapWidth > 0) aligns right.
void DrawText(ImDrawList* drawList, ImVec2 pos, ImU32 colour, std::string_view text, text::TextStyle style,
              float wrapWidth = 0);

// The direction of the screens' layout: right to left for Urdu. Set by DrawApp each
// frame from the language; then text aligns right and rows start at the right edge
// (the Back button sits on the right), as the person reads.
void SetLayoutRightToLeft(bool rightToLeft);
bool LayoutRightToLeft();
// Moves the cursor so that an item `width` wide starts the row from the reading
// side: at the right edge in a right-to-left layout (after ImGui::SameLine, to the
// left of the previous item). Nothing in a left-to-right layout.
void PlaceItemForReading(float width);

}  // namespace hw
