#pragma once
// Pictures of patterns drawn from a few colours: woven stripes, checks, embroidered
// dots, pottery bands, basket weave, ikat zigzags, beads, speckles. The demo
// catalogues use them instead of photographs.
#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace hw {

enum class SwatchPattern : std::uint8_t { Stripes, Checks, Dots, Bands, Weave, Zigzag, Beads, Speckle, Count };
using Rgb = std::array<std::uint8_t, 3>;

struct Swatch {
  SwatchPattern pattern = SwatchPattern::Stripes;
  std::vector<Rgb> colours;  // 2..6; the first is the ground
  std::uint32_t seed = 0;    // varies the drawing between products of one pattern
  bool operator==(const Swatch&) const = default;
};

std::string_view PatternName(SwatchPattern pattern);
std::optional<SwatchPattern> PatternFromName(std::string_view name);
// "#a0522d" -> {160, 82, 45}; nullopt for anything else.
std::optional<Rgb> ParseColour(std::string_view text);

// size x size RGB pixels, row by row.
std::vector<std::uint8_t> DrawSwatch(const Swatch& swatch, int size);

}  // namespace hw
