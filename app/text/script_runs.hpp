#pragma once
// Splits a line into runs that one font shapes in one direction: one script, one
// bidi level. Mixing scripts in one HarfBuzz buffer gives tofu and broken conjuncts.
#include <cstdint>
#include <functional>
#include <span>
#include <vector>

#include "app/text/script.hpp"

namespace hw::text {

struct TextRun {
  std::uint32_t begin, end;  // codepoint indices, logical order
  Script script;
  std::uint8_t level;  // bidi level: odd = right to left
};

// Whether the font of `script` can draw the character; what it cannot is
// drawn with the Latin font (digits and punctuation inside Thai text, say), and the
// Latin letters the Latin font lacks with the LatinExtended font.
using Coverage = std::function<bool(Script, char32_t)>;

// Runs in logical order. Shared characters (spaces, digits, marks) join the script
// before them, or the one after at the start of the line.
std::vector<TextRun> ItemiseRuns(std::span<const Codepoint> text, std::span<const std::uint8_t> levels,
                                 const Coverage& covers = {});

}  // namespace hw::text
