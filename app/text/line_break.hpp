#pragma once
// Where a line may break: after spaces, and between the words of Thai, Lao and Khmer
// (written without spaces) found with a word list; never inside a cluster.
#include <functional>
#include <span>
#include <string_view>
#include <vector>

#include "app/text/font_library.hpp"

namespace hw::text {

// The word list of a script, or null when it is not loaded (yet).
using WordsOf = std::function<const WordList*(Script)>;

// breaks[i] is true when a line may start at text[i]. Without a script's word list,
// its text breaks only at spaces (as if each phrase were one word).
std::vector<bool> BreakOpportunities(std::span<const char32_t> text, const WordsOf& words);

// Splits text of one script into dictionary words by maximal matching (fewest
// unknown characters, then fewest words); unknown stretches stay whole. Returns
// where each word ends.
std::vector<std::size_t> SegmentWords(std::u32string_view text, const WordList& words);

// Whether a cluster can end between `before` and `c` (no mark, joiner or virama binds them).
bool IsClusterBoundary(char32_t before, char32_t c);

}  // namespace hw::text
