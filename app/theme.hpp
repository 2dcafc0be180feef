#pragma once
// The look made for phones: large touch targets, readable sizes, one centred column.
#include <string>
#include <string_view>

struct ImGuiIO;
struct ImGuiStyle;
struct ImFont;

namespace hw {

// Sizes in CSS pixels (ImGui's display units).
inline constexpr float kBodySize = 20.0f;
inline constexpr float kHeadingSize = 30.0f;
inline constexpr float kTouchTarget = 48.0f;  // the smallest thing a thumb must hit
inline constexpr float kContentMaxWidth = 720.0f;

// Loads the fonts from `fontDir`, rasterised at `pixelRatio` device pixels per CSS
// pixel so text stays sharp on HiDPI screens. Falls back to ImGui's built-in font
// when the files are missing (as in headless ui tests).
void LoadFonts(ImGuiIO& io, const std::string& fontDir, float pixelRatio);
void ApplyTheme(ImGuiStyle& style);

ImFont* HeadingFont();

// A centred column no wider than kContentMaxWidth: screens draw inside it.
void BeginContentColumn();
void EndContentColumn();

// Text helpers taking translated string_views.
void Text(std::string_view text);
void TextWrapped(std::string_view text);
void Heading(std::string_view text);

}  // namespace hw
