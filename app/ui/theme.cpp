#include "app/ui/theme.hpp"

#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>
#include <filesystem>
#include <vector>

#include "app/text/text_engine.hpp"
#include "app/ui/keyboard_nav.hpp"
#include "app/ui/touch_scroll.hpp"
#include "app/ui/widget_registry.hpp"

namespace hw {
namespace {

// Latin scripts of the region's languages (Bahasa, Filipino, Vietnamese, Malay,
// English), punctuation and the currency signs of the region.
constexpr ImWchar kLatinRanges[] = {
    0x0020, 0x017F,  // Basic Latin, Latin-1, Latin Extended-A
    0x01A0, 0x01B0,  // Ơ ơ Ư ư (Vietnamese)
    0x0300, 0x036F,  // combining marks
    0x1EA0, 0x1EFF,  // Latin Extended Additional: Vietnamese
    0x2010, 0x2044,  // dashes, quotes, bullets, ellipsis
    0x20A0, 0x20C0,  // currency signs: ₹ ₱ ₫ ₭ ฿ ...
    0,
};

ImFont* AddFont(ImGuiIO& io, const std::string& path, float size, float pixelRatio) {
  ImFontConfig config;
  config.OversampleH = 1;  // rasterised at device resolution already
  config.OversampleV = 1;
  config.PixelSnapH = true;
  return io.Fonts->AddFontFromFileTTF(path.c_str(), size * pixelRatio, &config, kLatinRanges);
}

}  // namespace

void LoadFonts(ImGuiIO& io, const std::string& fontDir, float pixelRatio) {
  io.Fonts->Clear();
  const std::string regular = fontDir + "/NotoSans-Regular.ttf";
  const std::string bold = fontDir + "/NotoSans-Bold.ttf";
  std::error_code ec;
  if (std::filesystem::exists(regular, ec) && std::filesystem::exists(bold, ec)) {
    AddFont(io, regular, kBodySize, pixelRatio);
    AddFont(io, bold, kHeadingSize, pixelRatio);
    io.FontGlobalScale = 1.0f / pixelRatio;
  } else {
#ifndef IMGUI_DISABLE_DEFAULT_FONT  // the web build always has its fonts and leaves ImGui's out
    ImFontConfig config;
    config.SizePixels = kBodySize;
    io.Fonts->AddFontDefault(&config);
    config.SizePixels = kHeadingSize;
    io.Fonts->AddFontDefault(&config);
    io.FontGlobalScale = 1.0f;
#endif
  }
  io.Fonts->Build();
}

void ApplyTheme(ImGuiStyle& style) {
  style = ImGuiStyle();
  ImGui::StyleColorsLight(&style);
  style.WindowPadding = ImVec2(16, 16);
  style.FramePadding = ImVec2(14, 12);
  style.ItemSpacing = ImVec2(12, 12);
  style.ItemInnerSpacing = ImVec2(10, 8);
  style.TouchExtraPadding = ImVec2(4, 4);
  style.ScrollbarSize = 14;
  style.GrabMinSize = 24;
  style.WindowRounding = 0;
  style.FrameRounding = 10;
  style.ChildRounding = 12;
  style.WindowBorderSize = 0;
  style.ChildBorderSize = 0;
  ImVec4* c = style.Colors;
  const auto set = [c](ImGuiCol slot, ImU32 colour) { c[slot] = ImGui::ColorConvertU32ToFloat4(colour); };
  set(ImGuiCol_WindowBg, colour::kBackground);
  c[ImGuiCol_ChildBg] = ImVec4(0, 0, 0, 0);
  set(ImGuiCol_Text, colour::kInk);
  set(ImGuiCol_TextDisabled, colour::kInkMuted);
  set(ImGuiCol_Button, colour::kAccent);
  set(ImGuiCol_ButtonHovered, colour::kAccentHovered);
  set(ImGuiCol_ButtonActive, colour::kAccentPressed);
  set(ImGuiCol_FrameBg, colour::kField);
  set(ImGuiCol_Border, colour::kBorder);
  set(ImGuiCol_NavHighlight, colour::kFocus);
}

ImFont* HeadingFont() {
  ImFontAtlas* atlas = ImGui::GetIO().Fonts;
  return atlas->Fonts.Size > 1 ? atlas->Fonts[1] : ImGui::GetFont();
}

void BeginContentColumn(AppState& state, const char* id, bool fitContent) {
  const float avail = ImGui::GetContentRegionAvail().x;
  const float width = std::min(avail, kContentMaxWidth);
  ImGui::SetCursorPosX(ImGui::GetCursorPosX() + (avail - width) * 0.5f);
  // The keyboard (Tab, arrows) moves through every column as through one list.
  BeginKeyboardNavigation();
  ImGui::BeginChild(id, ImVec2(width, 0), fitContent ? ImGuiChildFlags_AutoResizeY : 0,
                    ImGuiWindowFlags_NoBackground | ImGuiWindowFlags_NavFlattened);
  DragToScroll(state);
}

void EndContentColumn() { ImGui::EndChild(); }

ImVec2 MeasureText(std::string_view text, text::TextStyle style, float wrapWidth) {
  if (text::TextEngine* engine = text::CurrentEngine()) return engine->Measure(text, style, wrapWidth);
  return ImGui::GetFont()->CalcTextSizeA(style.size, FLT_MAX, wrapWidth, text.data(), text.data() + text.size());
}

std::string FitText(std::string_view text, text::TextStyle style, float width) {
  width += 0.5f;  // what was measured to fit still fits, whatever the rounding on the way
  if (MeasureText(text, style).x <= width) return std::string(text);
  constexpr std::string_view kEllipsis = "\xE2\x80\xA6";  // …
  std::vector<std::size_t> cuts;                          // where each character starts, after the first
  for (std::size_t i = 1; i < text.size(); ++i)
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) cuts.push_back(i);
  std::string best(kEllipsis);
  std::size_t low = 0, high = cuts.size();  // the longest start that fits, by halves
  while (low < high) {
    const std::size_t mid = (low + high + 1) / 2;
    std::string candidate(text.substr(0, cuts[mid - 1]));
    while (!candidate.empty() && candidate.back() == ' ') candidate.pop_back();
    candidate += kEllipsis;
    if (MeasureText(candidate, style).x <= width) {
      best = std::move(candidate);
      low = mid;
    } else {
      high = mid - 1;
    }
  }
  return best;
}

void DrawText(ImDrawList* drawList, ImVec2 pos, ImU32 colour, std::string_view text, text::TextStyle style,
              float wrapWidth) {
  if (text::TextEngine* engine = text::CurrentEngine())
    return engine->Draw(drawList, pos, colour, text, style, wrapWidth, LayoutRightToLeft());
  drawList->AddText(ImGui::GetFont(), style.size, pos, colour, text.data(), text.data() + text.size(), wrapWidth);
}

namespace {

// Like text::CurrentEngine(): one app draws at a time, and DrawApp sets it each frame.
bool layoutRightToLeft = false;

void ShapedText(std::string_view text, text::TextStyle style, bool wrap, WidgetRole role = WidgetRole::Text) {
  const float wrapWidth = wrap ? ImGui::GetContentRegionAvail().x : 0.0f;
  ImVec2 size = MeasureText(text, style, wrapWidth);
  if (wrap) size.x = std::max(size.x, wrapWidth);
  if (!wrap) PlaceItemForReading(size.x);
  const ImVec2 pos = ImGui::GetCursorScreenPos();
  if (ImGui::IsRectVisible(size))
    DrawText(ImGui::GetWindowDrawList(), pos, ImGui::GetColorU32(ImGuiCol_Text), text, style, wrapWidth);
  ImGui::Dummy(size);
  PublishLastItem(text);  // tests and screen readers read what a person reads
  if (role != WidgetRole::Text) DescribeLastWidget({.role = role});
}

}  // namespace

void SetLayoutRightToLeft(bool rightToLeft) { layoutRightToLeft = rightToLeft; }

bool LayoutRightToLeft() { return layoutRightToLeft; }

void PlaceItemForReading(float width) {
  if (!layoutRightToLeft) return;
  ImGuiWindow* window = ImGui::GetCurrentWindow();
  const ImVec2 cursor = ImGui::GetCursorScreenPos();
  const float x = window->DC.IsSameLine ? ImGui::GetItemRectMin().x - ImGui::GetStyle().ItemSpacing.x - width
                                        : cursor.x + ImGui::GetContentRegionAvail().x - width;
  ImGui::SetCursorScreenPos(ImVec2(std::max(x, window->WorkRect.Min.x), cursor.y));
}

void Text(std::string_view text) { ShapedText(text, kBodyStyle, false); }

void TextWrapped(std::string_view text) { ShapedText(text, kBodyStyle, true); }

void Heading(std::string_view text) { ShapedText(text, kHeadingStyle, true, WidgetRole::Heading); }

}  // namespace hw
