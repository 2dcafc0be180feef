#pragma once
// Text is UTF-8 everywhere in the app and in its files. What comes in from outside
// (a CSV, a pack, an order file, a lesson pack, a backup) is checked here before it is
// kept: a file another phone would refuse must not be stored on this one.
#include <cstddef>
#include <string>
#include <string_view>

namespace hw {

// Where the first byte that is not well-formed UTF-8 is (RFC 3629: no overlong forms, no
// surrogates U+D800..U+DFFF, nothing above U+10FFFF), or npos when all of `text` is.
std::size_t InvalidUtf8At(std::string_view text);
inline bool IsValidUtf8(std::string_view text) { return InvalidUtf8At(text) == std::string_view::npos; }

// `text` with each byte that is not part of well-formed UTF-8 replaced by U+FFFD (�).
std::string RepairedUtf8(std::string_view text);

// The line (1 for the first) that holds byte `offset` of `text`.
std::size_t LineAt(std::string_view text, std::size_t offset);

}  // namespace hw
