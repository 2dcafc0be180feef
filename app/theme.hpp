#pragma once
// The look made for phones: large touch targets, readable sizes, one centred column.
#include <string>
#include <string_view>

#include "app/text/text_engine.hpp"


namespace hw {

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
// the height left (and scrolls), or with `fitContent` is as tall as what it holds.
void BeginContentColumn(const char* id, bool fitContent = false);
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
