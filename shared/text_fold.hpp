#pragma once
// Folding text for search: ASCII to lower case; Latin letters with diacritics
// (Latin-1, Latin Extended-A and -B, Latin Extended Additional, which holds the
// Vietnamese and IAST letters) to their base letters, "ā" -> "a", "ß" -> "ss";
// combining marks dropped; punctuation and spaces to a single ' '. Other scripts
// (Devanagari, Bengali, Thai, Khmer...) are kept exactly as they are.
#include <string>
#include <string_view>
#include <vector>

namespace hw {

// Appends the folded form of UTF-8 `text` to `out`; invalid bytes become separators.
void AppendFolded(std::string_view text, std::string& out);
std::string Fold(std::string_view text);
// The words of already folded text.
std::vector<std::string_view> FoldedWords(std::string_view folded);

}  // namespace hw
