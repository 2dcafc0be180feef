#pragma once
// The scripts the app draws. Each has its own font files (and, for Thai, Lao and
// Khmer, a word list for breaking lines), loaded only when needed.
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "shared/i18n/i18n.hpp"

namespace hw::text {

// LatinExtended: Latin letters the first load's Latin font can draw neither whole nor
// from their parts (ɓ, ɗ, ƙ, IPA), drawn with a font of their own like another script's.
enum class Script : std::uint8_t { Latin, Devanagari, Bengali, Thai, Lao, Khmer, Arabic, LatinExtended, Count };
enum class Weight : std::uint8_t { Regular, Bold };

// The script of a letter or mark; nullopt for what every script shares (spaces,
// digits, punctuation, combining marks, joiners), which takes its neighbours' script.
std::optional<Script> ScriptOf(char32_t c);
// The script a language is written in (its UI text and its language name).
Script ScriptOf(Language language);
// Scripts written without spaces between words: lines break between dictionary words.
bool NeedsWordList(Script script);

struct Codepoint {
  char32_t value;
  std::uint32_t byte;  // offset of its first byte in the UTF-8 text
};
// Invalid bytes come back as U+FFFD, one per byte, so offsets always advance.
std::vector<Codepoint> DecodeUtf8(std::string_view text);

}  // namespace hw::text
