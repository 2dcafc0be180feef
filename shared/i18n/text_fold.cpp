#include "shared/i18n/text_fold.hpp"

#include <algorithm>
#include <cstdint>

namespace hw {
namespace {

// Generated from runs of base letters; '.' keeps the character, ' ' makes it a
// separator, digits stand for two letters (see kDigraphs).
constexpr std::string_view kLatin1 =  // U+00C0..U+00FF
    "aaaaaa1ceeeeiiiidnooooo ouuuuy34aaaaaa1ceeeeiiiidnooooo ouuuuy3y";
constexpr std::string_view kLatinExtendedA =  // U+0100..U+017F
    "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiii55jjkkklllllll"
    "lllnnnnnnnnnoooooo22rrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs";
constexpr std::string_view kLatinExtendedB =  // U+0180..U+024F
    "bbbb..occdddd.eeeffg.hiikkl.mnnooo..ppr....ttttuu.vyyzz........."
    "....666777888aaiioouuuuuuuuuueaaaa11ggggkkoooo..j666ggh.nnaa11oo"
    "aaaaeeeeiiiioooorrrruuuusstt..hhnd..zzaaeeooooooooyylntj..acclts"
    "z..buveejjqqrryy";
constexpr std::string_view kLatinExtendedAdditional =  // U+1E00..U+1EFF
    "aabbbbbbccddddddddddeeeeeeeeeeffgghhhhhhhhhhiiiikkkkkkllllllllmm"
    "mmmmnnnnnnnnoooooooopppprrrrrrrrssssssssssttttttttuuuuuuuuuuvvvv"
    "wwwwwwwwwwxxxxyyzzzzzzhtwyasss4.aaaaaaaaaaaaaaaaaaaaaaaaeeeeeeee"
    "eeeeeeeeiiiioooooooooooooooooooooooouuuuuuuuuuuuuuyyyyyyyy......";

constexpr std::string_view kDigraphs[] = {"", "ae", "oe", "th", "ss", "ij", "dz", "lj", "nj"};

void AppendCodepoint(char32_t cp, std::string& out) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

void AppendSeparator(std::string& out) {
  if (!out.empty() && out.back() != ' ') out += ' ';
}

// Decodes one UTF-8 sequence at text[i]; returns its length, 0 when invalid.
std::size_t Decode(std::string_view text, std::size_t i, char32_t& cp) {
  const auto b0 = static_cast<unsigned char>(text[i]);
  std::size_t length = 0;
  if (b0 < 0x80) {
    cp = b0;
    return 1;
  }
  if (b0 >= 0xC2 && b0 <= 0xDF) {
    length = 2;
    cp = b0 & 0x1F;
  } else if (b0 >= 0xE0 && b0 <= 0xEF) {
    length = 3;
    cp = b0 & 0x0F;
  } else if (b0 >= 0xF0 && b0 <= 0xF4) {
    length = 4;
    cp = b0 & 0x07;
  } else return 0;
  if (i + length > text.size()) return 0;
  for (std::size_t k = 1; k < length; ++k) {
    const auto b = static_cast<unsigned char>(text[i + k]);
    if ((b & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (b & 0x3F);
  }
  // Overlong forms, surrogates and values beyond U+10FFFF are invalid.
  if ((length == 3 && cp < 0x800) || (length == 4 && (cp < 0x10000 || cp > 0x10FFFF)) ||
      (cp >= 0xD800 && cp <= 0xDFFF)) {
    return 0;
  }
  return length;
}

bool IsCombiningMark(char32_t cp) {
  return (cp >= 0x0300 && cp <= 0x036F) || (cp >= 0x1AB0 && cp <= 0x1AFF) || (cp >= 0x1DC0 && cp <= 0x1DFF) ||
         (cp >= 0x20D0 && cp <= 0x20FF) || (cp >= 0xFE20 && cp <= 0xFE2F);
}

bool IsSeparator(char32_t cp) {
  return (cp >= 0x00A0 && cp <= 0x00BF) || (cp >= 0x2000 && cp <= 0x206F) || (cp >= 0x3000 && cp <= 0x303F) ||
         cp == 0x0964 || cp == 0x0965 || cp == 0xFEFF || (cp >= 0xFF01 && cp <= 0xFF0F);
}

// The table entry for a Latin letter, or 0 when the code point is not in a table.
char LatinEntry(char32_t cp) {
  if (cp >= 0x00C0 && cp <= 0x00FF) return kLatin1[cp - 0x00C0];
  if (cp >= 0x0100 && cp <= 0x017F) return kLatinExtendedA[cp - 0x0100];
  if (cp >= 0x0180 && cp <= 0x024F) return kLatinExtendedB[cp - 0x0180];
  if (cp >= 0x1E00 && cp <= 0x1EFF) return kLatinExtendedAdditional[cp - 0x1E00];
  return 0;
}

}  // namespace

void AppendFolded(std::string_view text, std::string& out) {
  std::size_t i = 0;
  while (i < text.size()) {
    const char c = text[i];
    if (static_cast<unsigned char>(c) < 0x80) {
      if (c >= 'A' && c <= 'Z') out += static_cast<char>(c - 'A' + 'a');
      else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) out += c;
      else AppendSeparator(out);
      ++i;
      continue;
    }
    char32_t cp = 0;
    const std::size_t length = Decode(text, i, cp);
    if (length == 0) {
      AppendSeparator(out);
      ++i;
      continue;
    }
    i += length;
    if (IsCombiningMark(cp)) continue;
    if (IsSeparator(cp)) {
      AppendSeparator(out);
      continue;
    }
    const char entry = LatinEntry(cp);
    if (entry >= 'a' && entry <= 'z') out += entry;
    else if (entry >= '1' && entry <= '8') out += kDigraphs[entry - '0'];
    else if (entry == ' ') AppendSeparator(out);
    else AppendCodepoint(cp, out);
  }
}

std::string Fold(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  AppendFolded(text, out);
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

std::vector<std::string_view> FoldedWords(std::string_view folded) {
  std::vector<std::string_view> words;
  ForEachFoldedWord(folded, [&](std::string_view word) { words.push_back(word); });
  return words;
}

}  // namespace hw
