#pragma once
// The app's own glyph atlas: an RGBA bitmap in memory (white, coverage in alpha, so
// ImGui's stock shader draws it), filled as glyphs are first drawn. The platform
// uploads the rows that changed (TakeDirtyRows) to its texture once a frame; app/
// never touches the GPU.
#include <array>
#include <cstdint>
#include <unordered_map>
#include <vector>

namespace hw::text {

struct FontFace;

struct AtlasGlyph {
  float u0, v0, u1, v1;
  std::int16_t left, top;  // bitmap offset from the pen, device pixels (y down)
  std::uint16_t width, height;
};

class GlyphAtlas {
 public:
  static constexpr int kSubpixelSteps = 4;  // horizontal positions a glyph is rasterised at

  explicit GlyphAtlas(int width = 1024, int height = 1024);

  // The glyph rasterised at `pixelSize` device pixels per em, shifted right by
  // subpixel / kSubpixelSteps of a pixel; null when the atlas is full this frame.
  const AtlasGlyph* Get(const FontFace& face, std::uint32_t glyph, float pixelSize, int subpixel);

  // Called between frames: empties a full atlas (glyphs are drawn again next frame).
  void BeginFrame();
  void Clear();

  int Width() const { return width_; }
  int Height() const { return height_; }
  const std::vector<std::uint8_t>& Pixels() const { return pixels_; }  // RGBA, row by row
  // Rows [first, end) changed since the last call; first == end when none did.
  struct Rows {
    int first, end;
  };
  Rows TakeDirtyRows();
  std::size_t GlyphCount() const { return glyphs_.size(); }
  int UsedHeight() const { return shelfY_ + shelfHeight_; }

 private:
  int width_, height_;
  std::vector<std::uint8_t> pixels_;
  std::unordered_map<std::uint64_t, AtlasGlyph> glyphs_;
  int shelfX_ = 0, shelfY_ = 0, shelfHeight_ = 0;
  int dirtyFirst_ = 0, dirtyEnd_ = 0;
  bool full_ = false;
  static constexpr double kContrastExponent = 0.8;
  std::array<std::uint8_t, 256> contrast_{};
};

}  // namespace hw::text
