#pragma once
// Bidirectional text (Unicode Bidi Algorithm, UAX #9) for what the app shows: a
// paragraph of left-to-right and right-to-left letters, numbers and neutrals, without
// explicit embedding controls. Levels are 0..2 (isolates and embeddings are not used).
#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

namespace hw::text {

enum class Direction : std::uint8_t { Auto, LeftToRight, RightToLeft };

struct BidiParagraph {
  std::uint8_t paragraphLevel = 0;   // 1 when the paragraph reads right to left
  std::vector<std::uint8_t> levels;  // one per codepoint: odd = right to left
};

// Resolves each codepoint's level. With Direction::Auto the first strong letter
// decides the paragraph's direction (rules P2-P3).
BidiParagraph ResolveBidi(std::span<const char32_t> text, Direction direction = Direction::Auto);

// The order in which runs of the given levels appear from left to right (rule L2).
std::vector<std::size_t> VisualOrder(std::span<const std::uint8_t> runLevels);

}  // namespace hw::text
