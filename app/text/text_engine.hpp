#pragma once
// The one way the app measures and draws text: shaped with HarfBuzz (shaper.hpp),
// wrapped at word boundaries (line_break.hpp), drawn from the app's glyph atlas
// (glyph_atlas.hpp) into ImGui draw lists. Shaped lines and wrapped layouts are
// cached, so a frame that shows the same text again costs lookups only.
#include <imgui.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "app/text/font_library.hpp"
#include "app/text/glyph_atlas.hpp"
#include "app/text/shaper.hpp"

namespace hw::text {

struct TextStyle {
  float size = 20.0f;  // CSS px per em, as CSS font-size
  Weight weight = Weight::Regular;
};

// Lines of a paragraph as laid out: each a byte range of the text and its shape.
struct TextLayout {
  struct Line {
    std::uint32_t begin, end;
    const ShapedLine* shape;
  };
  std::vector<Line> lines;
  float width = 0, height = 0;
  bool rightToLeft = false;
};

class TextEngine {
 public:
  FontLibrary& Fonts() { return fonts_; }
  GlyphAtlas& Atlas() { return atlas_; }
  // The platform's texture holding Atlas(); glyphs are drawn only once it is set.
  void SetAtlasTexture(ImTextureID texture) { texture_ = texture; }

  // Call once a frame before drawing: glyphs are rasterised at `pixelRatio` device
  // pixels per CSS pixel; text shaped before a font arrived is shaped again.
  void BeginFrame(float pixelRatio);

  // Line height and baseline are the same for every script, so mixed lists line up;
  // tall scripts (Lao, Khmer, Urdu) fit within.
  static float LineHeight(TextStyle style) { return style.size * 1.6f; }
  static float Baseline(TextStyle style) { return style.size * 1.15f; }

  const ShapedLine& Shape(std::string_view text, TextStyle style, Direction direction = Direction::Auto);
  // Lines of at most `wrapWidth` (no wrapping when <= 0); '\n' starts a paragraph.
  const TextLayout& Layout(std::string_view text, TextStyle style, float wrapWidth = 0);
  ImVec2 Measure(std::string_view text, TextStyle style, float wrapWidth = 0);
  // Draws with the top left of the first line at `pos`. Right-to-left paragraphs
  // (and all of them with `alignRight`) align right when a wrap width is given.
  void Draw(ImDrawList* drawList, ImVec2 pos, ImU32 colour, std::string_view text, TextStyle style, float wrapWidth = 0,
            bool alignRight = false);

  struct Stats {
    int linesShaped = 0;   // this frame (cache misses)
    double shapingMs = 0;  // time spent shaping and wrapping this frame
    int glyphsDrawn = 0;   // this frame
    int linesWaiting = 0;  // drawn this frame without a font that is still loading
    std::size_t cachedLines = 0;
  };
  const Stats& LastFrameStats() const { return lastStats_; }

 private:
  void DrawLine(ImDrawList* drawList, ImVec2 origin, ImU32 colour, const ShapedLine& line, TextStyle style);

  FontLibrary fonts_;
  GlyphAtlas atlas_;
  ImTextureID texture_ = ImTextureID{};
  float pixelRatio_ = 1.0f;
  std::uint32_t fontGeneration_ = 0;
  std::unordered_map<std::string, ShapedLine> lines_;
  std::unordered_map<std::string, TextLayout> layouts_;
  Stats stats_, lastStats_;
};

// The engine the app's text helpers draw with; set by whoever owns the frame loop
// (web/main.cpp, the ui test harness). Null means ImGui's own text.
void SetCurrentEngine(TextEngine* engine);
TextEngine* CurrentEngine();

}  // namespace hw::text
