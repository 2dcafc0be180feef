#pragma once
// Folding text for search: ASCII to lower case; Latin letters with diacritics
// (Latin-1, Latin Extended-A and -B, Latin Extended Additional, which holds the
// Vietnamese and IAST letters) to their base letters, "ā" -> "a", "ß" -> "ss";
// combining marks dropped; punctuation and spaces to a single ' '. Other scripts
// (Devanagari, Bengali, Thai, Khmer...) are kept exactly as they are.
#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

namespace hw {

// Appends the folded form of UTF-8 `text` to `out`; invalid bytes become separators.
void AppendFolded(std::string_view text, std::string& out);
std::string Fold(std::string_view text);
// The words of already folded text, one by one to `visit` (no list is made), or as a list.
template <class Visit>
void ForEachFoldedWord(std::string_view folded, Visit&& visit) {
  for (std::size_t start = 0; start < folded.size();) {
    const std::size_t end = std::min(folded.find(' ', start), folded.size());
    if (end > start) visit(folded.substr(start, end - start));
    start = end + 1;
  }
}
std::vector<std::string_view> FoldedWords(std::string_view folded);

}  // namespace hw
