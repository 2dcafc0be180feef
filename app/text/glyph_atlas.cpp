#include "app/text/glyph_atlas.hpp"

#include <algorithm>
#include <cmath>

#include "app/text/font_library.hpp"

namespace hw::text {

GlyphAtlas::GlyphAtlas(int width, int height)
    : width_(width), height_(height), pixels_(static_cast<std::size_t>(width * height) * 4, 0) {
  // Browsers darken the edges of small text (Skia's contrast boost); the same curve
  // keeps thin Thai, Lao and Naskh strokes as legible as the page around the app.
  for (int i = 0; i < 256; ++i)
    contrast_[static_cast<std::size_t>(i)] =
        static_cast<std::uint8_t>(std::lround(255.0 * std::pow(i / 255.0, kContrastExponent)));
  Clear();
}

void GlyphAtlas::Clear() {
  for (std::size_t i = 0; i < pixels_.size(); i += 4) {
    pixels_[i] = pixels_[i + 1] = pixels_[i + 2] = 255;
    pixels_[i + 3] = 0;
  }
  glyphs_.clear();
  shelfX_ = shelfY_ = shelfHeight_ = 0;
  dirtyFirst_ = 0;
  dirtyEnd_ = height_;
  full_ = false;
}

void GlyphAtlas::BeginFrame() {
  if (full_) Clear();
}

GlyphAtlas::Rows GlyphAtlas::TakeDirtyRows() {
  const Rows rows{dirtyFirst_, dirtyEnd_};
  dirtyFirst_ = dirtyEnd_ = 0;
  return rows;
}

const AtlasGlyph* GlyphAtlas::Get(const FontFace& face, std::uint32_t glyph, float pixelSize, int subpixel) {
  const auto size = static_cast<std::uint64_t>(std::lround(pixelSize * 4));  // quarter pixels
  const std::uint64_t key = (static_cast<std::uint64_t>(face.index) << 48) | (size << 32) |
                            (static_cast<std::uint64_t>(subpixel & 3) << 30) | (glyph & 0x3FFFFFFF);
  if (const auto found = glyphs_.find(key); found != glyphs_.end()) return &found->second;
  if (full_) return nullptr;

  // stbtt_ScaleForMappingEmToPixels matches CSS font-size (ScaleForPixelHeight is smaller).
  const float scale = stbtt_ScaleForMappingEmToPixels(&face.info, pixelSize);
  const float shift = static_cast<float>(subpixel) / kSubpixelSteps;
  const int index = static_cast<int>(glyph);
  int x0 = 0, y0 = 0, x1 = 0, y1 = 0;
  stbtt_GetGlyphBitmapBoxSubpixel(&face.info, index, scale, scale, shift, 0, &x0, &y0, &x1, &y1);
  const int w = x1 - x0, h = y1 - y0;
  constexpr int kPad = 1;  // keeps bilinear sampling from bleeding into neighbours
  if (shelfX_ + w + kPad > width_) {
    shelfY_ += shelfHeight_ + kPad;
    shelfX_ = 0;
    shelfHeight_ = 0;
  }
  if (shelfY_ + h + kPad > height_ || w + kPad > width_) {
    full_ = true;
    return nullptr;
  }
  const int x = shelfX_, y = shelfY_;
  shelfX_ += w + kPad;
  shelfHeight_ = std::max(shelfHeight_, h);

  if (w > 0 && h > 0) {
    std::vector<unsigned char> coverage(static_cast<std::size_t>(w * h));
    stbtt_MakeGlyphBitmapSubpixel(&face.info, coverage.data(), w, h, w, scale, scale, shift, 0, index);
    for (int row = 0; row < h; ++row)
      for (int col = 0; col < w; ++col)
        pixels_[(static_cast<std::size_t>(y + row) * static_cast<std::size_t>(width_) +
                 static_cast<std::size_t>(x + col)) *
                    4 +
                3] = contrast_[coverage[static_cast<std::size_t>(row * w + col)]];
    if (dirtyFirst_ == dirtyEnd_) dirtyFirst_ = y, dirtyEnd_ = y + h;
    dirtyFirst_ = std::min(dirtyFirst_, y);
    dirtyEnd_ = std::max(dirtyEnd_, y + h);
  }
  const float fw = static_cast<float>(width_), fh = static_cast<float>(height_);
  AtlasGlyph g{static_cast<float>(x) / fw,     static_cast<float>(y) / fh,    static_cast<float>(x + w) / fw,
               static_cast<float>(y + h) / fh, static_cast<std::int16_t>(x0), static_cast<std::int16_t>(y0),
               static_cast<std::uint16_t>(w),  static_cast<std::uint16_t>(h)};
  return &glyphs_.emplace(key, g).first->second;
}

}  // namespace hw::text
