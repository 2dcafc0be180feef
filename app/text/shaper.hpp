#pragma once
// Shapes one line of text with HarfBuzz: split into script and bidi runs, each run
// shaped with its script's font, runs placed in visual order.
#include <cstdint>
#include <string_view>
#include <vector>

#include "app/text/bidi.hpp"
#include "app/text/font_library.hpp"

namespace hw::text {

struct ShapedGlyph {
  std::uint16_t face;     // FontFace::index
  std::uint32_t id;       // glyph index in that face (not a character)
  float x, y;             // glyph origin from the line's left end on the baseline, CSS px, y down
  std::uint32_t cluster;  // byte offset of the first character it came from
};

struct ShapedLine {
  std::vector<ShapedGlyph> glyphs;  // left to right
  float width = 0;
  bool rightToLeft = false;  // the paragraph's direction
  bool complete = true;      // false while a font it needs is loading: drawn as far as possible
  // Per character (logical order): the advance of the cluster starting there (0 inside
  // a cluster), and whether a cluster starts there. Wrapping measures with these.
  std::vector<float> advances;
  std::vector<bool> clusterStarts;
};

ShapedLine ShapeLine(std::string_view text, float size, Weight weight, FontLibrary& fonts,
                     Direction direction = Direction::Auto);

}  // namespace hw::text
