#include "app/text/text_engine.hpp"

#include <chrono>
#include <cmath>

#include "app/text/line_break.hpp"

namespace hw::text {
namespace {

TextEngine* g_engine = nullptr;  // like ImGui's current context

// A cache grows with every distinct string shown; past this it starts again.
constexpr std::size_t kMaxCached = 4000;

std::string Key(std::string_view text, TextStyle style, int extra) {
  std::string key(text);
  key += '\x1f';
  key += std::to_string(static_cast<int>(style.size * 4));
  key += style.weight == Weight::Bold ? 'b' : 'r';
  key += std::to_string(extra);
  return key;
}

bool IsSpace(char32_t c) { return c == ' ' || c == '\t' || c == 0x200B; }

class Timer {
 public:
  explicit Timer(double& total) : total_(total), start_(std::chrono::steady_clock::now()) {}
  ~Timer() { total_ += std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start_).count(); }
  Timer(const Timer&) = delete;
  Timer& operator=(const Timer&) = delete;

 private:
  double& total_;
  std::chrono::steady_clock::time_point start_;
};

}  // namespace

void SetCurrentEngine(TextEngine* engine) { g_engine = engine; }
TextEngine* CurrentEngine() { return g_engine; }

void TextEngine::BeginFrame(float pixelRatio) {
  stats_.cachedLines = lines_.size();
  lastStats_ = stats_;
  stats_ = {};
  if (pixelRatio != pixelRatio_) {
    pixelRatio_ = pixelRatio;
    atlas_.Clear();
  }
  atlas_.BeginFrame();
  if (fonts_.Generation() != fontGeneration_ || lines_.size() > kMaxCached || layouts_.size() > kMaxCached) {
    fontGeneration_ = fonts_.Generation();
    layouts_.clear();
    lines_.clear();
  }
}

const ShapedLine& TextEngine::Shape(std::string_view text, TextStyle style, Direction direction) {
  std::string key = Key(text, style, static_cast<int>(direction));
  if (const auto found = lines_.find(key); found != lines_.end()) return found->second;
  Timer timer(stats_.shapingMs);
  ++stats_.linesShaped;
  return lines_.emplace(std::move(key), ShapeLine(text, style.size, style.weight, fonts_, direction)).first->second;
}

const TextLayout& TextEngine::Layout(std::string_view text, TextStyle style, float wrapWidth) {
  const int width = wrapWidth > 0 ? static_cast<int>(wrapWidth) : 0;
  std::string key = Key(text, style, width);
  if (const auto found = layouts_.find(key); found != layouts_.end()) return found->second;

  TextLayout layout;
  const auto addLine = [&](std::uint32_t begin, std::uint32_t end, Direction direction) {
    while (end > begin && (text[end - 1] == ' ' || text[end - 1] == '\t')) --end;  // trailing spaces show nothing
    const ShapedLine& shape = Shape(text.substr(begin, end - begin), style, direction);
    layout.lines.push_back({begin, end, &shape});
    layout.width = std::max(layout.width, shape.width);
  };
  std::size_t start = 0;
  bool first = true;
  while (start <= text.size()) {
    std::size_t stop = text.find('\n', start);
    if (stop == std::string_view::npos) stop = text.size();
    const std::string_view paragraph = text.substr(start, stop - start);
    const ShapedLine& whole = Shape(paragraph, style);
    const Direction direction = whole.rightToLeft ? Direction::RightToLeft : Direction::LeftToRight;
    if (first) layout.rightToLeft = whole.rightToLeft, first = false;
    const auto offset = static_cast<std::uint32_t>(start);
    if (width == 0 || whole.width <= wrapWidth) {
      addLine(offset, static_cast<std::uint32_t>(stop), direction);
    } else {
      Timer timer(stats_.shapingMs);
      const std::vector<Codepoint> cps = DecodeUtf8(paragraph);
      std::vector<char32_t> values(cps.size());
      for (std::size_t i = 0; i < cps.size(); ++i) values[i] = cps[i].value;
      std::vector<bool> breaks = BreakOpportunities(values, [this](Script s) { return fonts_.Words(s); });
      for (std::size_t i = 0; i < breaks.size(); ++i) breaks[i] = breaks[i] && whole.clusterStarts[i];
      // Greedy: take words while they fit; a word longer than a line breaks between clusters.
      std::size_t lineStart = 0, i = 0;
      float lineWidth = 0;
      while (i < cps.size()) {
        std::size_t next = i + 1;
        while (next < cps.size() && !breaks[next]) ++next;
        float word = 0, visible = 0;
        for (std::size_t k = i; k < next; ++k) {
          word += whole.advances[k];
          if (!IsSpace(values[k])) visible = word;
        }
        if (lineWidth + visible > wrapWidth && i > lineStart) {
          addLine(offset + cps[lineStart].byte, offset + cps[i].byte, direction);
          lineStart = i;
          lineWidth = 0;
          continue;
        }
        if (visible > wrapWidth && i == lineStart) {  // a word wider than the line
          float w = 0;
          std::size_t k = i;
          while (k < next && (k == i || !whole.clusterStarts[k] || w + whole.advances[k] <= wrapWidth))
            w += whole.advances[k++];
          if (k < next) {
            addLine(offset + cps[lineStart].byte, offset + cps[k].byte, direction);
            lineStart = i = k;
            lineWidth = 0;
            continue;
          }
        }
        lineWidth += word;
        i = next;
      }
      addLine(offset + (lineStart < cps.size() ? cps[lineStart].byte : static_cast<std::uint32_t>(paragraph.size())),
              static_cast<std::uint32_t>(stop), direction);
    }
    start = stop + 1;
  }
  layout.height = static_cast<float>(layout.lines.size()) * LineHeight(style);
  return layouts_.emplace(std::move(key), std::move(layout)).first->second;
}

ImVec2 TextEngine::Measure(std::string_view text, TextStyle style, float wrapWidth) {
  const TextLayout& layout = Layout(text, style, wrapWidth);
  return ImVec2(layout.width, layout.height);
}

void TextEngine::Draw(ImDrawList* drawList, ImVec2 pos, ImU32 colour, std::string_view text, TextStyle style,
                      float wrapWidth, bool alignRight) {
  const TextLayout& layout = Layout(text, style, wrapWidth);
  float y = pos.y;
  for (const TextLayout::Line& line : layout.lines) {
    float x = pos.x;
    if ((layout.rightToLeft || alignRight) && wrapWidth > 0) x += wrapWidth - line.shape->width;
    DrawLine(drawList, ImVec2(x, y), colour, *line.shape, style);
    y += LineHeight(style);
  }
}

void TextEngine::DrawLine(ImDrawList* drawList, ImVec2 origin, ImU32 colour, const ShapedLine& line, TextStyle style) {
  if (!line.complete) ++stats_.linesWaiting;
  if (line.glyphs.empty() || texture_ == ImTextureID{}) return;
  const float ratio = pixelRatio_;
  const float pixelSize = style.size * ratio;
  // The baseline sits on a device pixel row; glyphs at quarter-pixel steps across.
  const float baseline = std::round((origin.y + Baseline(style)) * ratio);
  drawList->PushTextureID(texture_);
  const int count = static_cast<int>(line.glyphs.size());
  drawList->PrimReserve(count * 6, count * 4);
  int drawn = 0;
  for (const ShapedGlyph& g : line.glyphs) {
    const FontFace* face = fonts_.FaceAt(g.face);
    if (!face) continue;
    const float x = (origin.x + g.x) * ratio;
    const float whole = std::floor(x);
    const int subpixel =
        std::min(GlyphAtlas::kSubpixelSteps - 1, static_cast<int>((x - whole) * GlyphAtlas::kSubpixelSteps));
    const AtlasGlyph* a = atlas_.Get(*face, g.id, pixelSize, subpixel);
    if (!a || a->width == 0 || a->height == 0) continue;
    const float left = (whole + a->left) / ratio;
    const float top = (baseline + std::round(g.y * ratio) + a->top) / ratio;
    drawList->PrimRectUV(ImVec2(left, top), ImVec2(left + a->width / ratio, top + a->height / ratio),
                         ImVec2(a->u0, a->v0), ImVec2(a->u1, a->v1), colour);
    ++drawn;
  }
  drawList->PrimUnreserve((count - drawn) * 6, (count - drawn) * 4);
  drawList->PopTextureID();
  stats_.glyphsDrawn += drawn;
}

}  // namespace hw::text
