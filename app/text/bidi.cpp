#include "app/text/bidi.hpp"

#include <hb.h>

#include <algorithm>

namespace hw::text {
namespace {

enum class Bc : std::uint8_t { L, R, AL, EN, AN, ES, ET, CS, NSM, WS, ON };

// The bidi class of a character, from its script and general category: close to
// Unicode's table for every character of the region's scripts.
Bc ClassOf(char32_t c) {
  hb_unicode_funcs_t* uf = hb_unicode_funcs_get_default();
  const hb_unicode_general_category_t gc = hb_unicode_general_category(uf, c);
  if (gc == HB_UNICODE_GENERAL_CATEGORY_NON_SPACING_MARK || gc == HB_UNICODE_GENERAL_CATEGORY_ENCLOSING_MARK)
    return Bc::NSM;
  if ((c >= '0' && c <= '9') || (c >= 0x06F0 && c <= 0x06F9)) return Bc::EN;
  if ((c >= 0x0660 && c <= 0x0669) || c == 0x066B || c == 0x066C) return Bc::AN;
  const hb_script_t script = hb_unicode_script(uf, c);
  if (script == HB_SCRIPT_ARABIC || script == HB_SCRIPT_SYRIAC || script == HB_SCRIPT_THAANA) return Bc::AL;
  if (script == HB_SCRIPT_HEBREW) return Bc::R;
  if (c == '+' || c == '-' || c == 0x2212) return Bc::ES;
  if (c == '#' || c == '$' || c == '%' || c == 0x00B0 || gc == HB_UNICODE_GENERAL_CATEGORY_CURRENCY_SYMBOL)
    return Bc::ET;
  if (c == ',' || c == '.' || c == ':' || c == '/' || c == 0x00A0 || c == 0x060C) return Bc::CS;
  if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || gc == HB_UNICODE_GENERAL_CATEGORY_SPACE_SEPARATOR)
    return Bc::WS;
  if (c == 0x200C || c == 0x200D) return Bc::NSM;  // joiners stay with their letters
  switch (gc) {
    case HB_UNICODE_GENERAL_CATEGORY_LOWERCASE_LETTER:
    case HB_UNICODE_GENERAL_CATEGORY_UPPERCASE_LETTER:
    case HB_UNICODE_GENERAL_CATEGORY_TITLECASE_LETTER:
    case HB_UNICODE_GENERAL_CATEGORY_MODIFIER_LETTER:
    case HB_UNICODE_GENERAL_CATEGORY_OTHER_LETTER:
    case HB_UNICODE_GENERAL_CATEGORY_SPACING_MARK:
    case HB_UNICODE_GENERAL_CATEGORY_DECIMAL_NUMBER:
    case HB_UNICODE_GENERAL_CATEGORY_LETTER_NUMBER:
    case HB_UNICODE_GENERAL_CATEGORY_OTHER_NUMBER: return Bc::L;
    default: return Bc::ON;
  }
}

bool IsStrong(Bc b) { return b == Bc::L || b == Bc::R || b == Bc::AL; }

char32_t ClosingBracketOf(char32_t c) {
  switch (c) {
    case '(': return ')';
    case '[': return ']';
    case '{': return '}';
    case 0xFD3E: return 0xFD3F;  // ornate parentheses of Arabic script
    default: return 0;
  }
}

}  // namespace

BidiParagraph ResolveBidi(std::span<const char32_t> text, Direction direction) {
  const std::size_t n = text.size();
  std::vector<Bc> t(n);
  for (std::size_t i = 0; i < n; ++i) t[i] = ClassOf(text[i]);

  BidiParagraph out;
  if (direction == Direction::RightToLeft) out.paragraphLevel = 1;
  if (direction == Direction::Auto) {  // P2, P3
    const auto first = std::find_if(t.begin(), t.end(), IsStrong);
    out.paragraphLevel = first != t.end() && *first != Bc::L ? 1 : 0;
  }
  const Bc sos = out.paragraphLevel ? Bc::R : Bc::L;

  // W1: marks take the class of what they follow.
  for (std::size_t i = 0; i < n; ++i)
    if (t[i] == Bc::NSM) t[i] = i ? t[i - 1] : sos;
  // W2, W3: numbers after Arabic letters are Arabic numbers; AL becomes R.
  Bc lastStrong = sos;
  for (std::size_t i = 0; i < n; ++i) {
    if (IsStrong(t[i])) lastStrong = t[i];
    if (t[i] == Bc::EN && lastStrong == Bc::AL) t[i] = Bc::AN;
  }
  for (Bc& b : t)
    if (b == Bc::AL) b = Bc::R;
  // W4: one separator between two numbers of a kind joins them ("1,200", "3.5").
  for (std::size_t i = 1; i + 1 < n; ++i) {
    if (t[i] == Bc::ES && t[i - 1] == Bc::EN && t[i + 1] == Bc::EN) t[i] = Bc::EN;
    if (t[i] == Bc::CS && t[i - 1] == t[i + 1] && (t[i - 1] == Bc::EN || t[i - 1] == Bc::AN)) t[i] = t[i - 1];
  }
  // W5: terminators next to European numbers ("25%", "$3").
  for (std::size_t i = 0; i < n; ++i) {
    if (t[i] != Bc::ET) continue;
    std::size_t end = i;
    while (end < n && t[end] == Bc::ET) ++end;
    const bool touches = (i > 0 && t[i - 1] == Bc::EN) || (end < n && t[end] == Bc::EN);
    for (std::size_t k = i; k < end; ++k) t[k] = touches ? Bc::EN : Bc::ON;  // W6
    i = end - 1;
  }
  for (Bc& b : t)
    if (b == Bc::ES || b == Bc::CS) b = Bc::ON;  // W6
  // W7: European numbers in left-to-right context are left to right.
  lastStrong = sos;
  for (std::size_t i = 0; i < n; ++i) {
    if (t[i] == Bc::L || t[i] == Bc::R) lastStrong = t[i];
    if (t[i] == Bc::EN && lastStrong == Bc::L) t[i] = Bc::L;
  }
  const auto directionOf = [](Bc b) { return b == Bc::L ? Bc::L : Bc::R; };  // EN, AN count as R
  // N0: a pair of brackets takes the direction of what it encloses, so "(Homeworks
  // 2026)" in Urdu keeps both its brackets around the name, as browsers draw it.
  std::vector<std::pair<std::size_t, std::size_t>> pairs;
  std::vector<std::size_t> open;
  for (std::size_t i = 0; i < n; ++i) {
    if (t[i] != Bc::ON) continue;
    if (ClosingBracketOf(text[i])) {
      open.push_back(i);
    } else {
      for (std::size_t k = open.size(); k-- > 0;)
        if (ClosingBracketOf(text[open[k]]) == text[i]) {
          pairs.emplace_back(open[k], i);
          open.resize(k);
          break;
        }
    }
  }
  std::sort(pairs.begin(), pairs.end());
  for (const auto& [first, last] : pairs) {
    bool sameAsParagraph = false, opposite = false;
    for (std::size_t k = first + 1; k < last; ++k) {
      if (t[k] == Bc::WS || t[k] == Bc::ON) continue;
      (directionOf(t[k]) == sos ? sameAsParagraph : opposite) = true;
    }
    if (!sameAsParagraph && !opposite) continue;
    Bc resolved = sos;
    if (!sameAsParagraph) {
      Bc before = sos;
      for (std::size_t k = first; k-- > 0;)
        if (t[k] != Bc::WS && t[k] != Bc::ON) {
          before = directionOf(t[k]);
          break;
        }
      if (before != sos) resolved = before;
    }
    t[first] = t[last] = resolved;
  }
  // N1, N2: neutrals between two of the same direction take it, else the paragraph's.
  for (std::size_t i = 0; i < n; ++i) {
    if (t[i] != Bc::WS && t[i] != Bc::ON) continue;
    std::size_t end = i;
    while (end < n && (t[end] == Bc::WS || t[end] == Bc::ON)) ++end;
    const Bc before = i ? directionOf(t[i - 1]) : sos;
    const Bc after = end < n ? directionOf(t[end]) : sos;
    const Bc resolved = before == after ? before : sos;
    for (std::size_t k = i; k < end; ++k) t[k] = resolved;
    i = end - 1;
  }
  // I1, I2.
  out.levels.resize(n);
  for (std::size_t i = 0; i < n; ++i) {
    std::uint8_t level = out.paragraphLevel;
    if (level % 2 == 0) level = static_cast<std::uint8_t>(level + (t[i] == Bc::R ? 1 : t[i] == Bc::L ? 0 : 2));
    else if (t[i] != Bc::R) level = static_cast<std::uint8_t>(level + 1);
    out.levels[i] = level;
  }
  // L1: trailing white space sits at the paragraph's level.
  for (std::size_t i = n; i-- > 0 && ClassOf(text[i]) == Bc::WS;) out.levels[i] = out.paragraphLevel;
  return out;
}

std::vector<std::size_t> VisualOrder(std::span<const std::uint8_t> runLevels) {
  std::vector<std::size_t> order(runLevels.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  if (runLevels.empty()) return order;
  const std::uint8_t highest = *std::max_element(runLevels.begin(), runLevels.end());
  std::uint8_t lowestOdd = 255;
  for (const std::uint8_t l : runLevels)
    if (l % 2) lowestOdd = std::min(lowestOdd, l);
  for (int level = highest; level >= lowestOdd && level > 0; --level) {
    for (std::size_t i = 0; i < order.size();) {
      if (runLevels[order[i]] < level) {
        ++i;
        continue;
      }
      std::size_t end = i;
      while (end < order.size() && runLevels[order[end]] >= level) ++end;
      std::reverse(order.begin() + static_cast<std::ptrdiff_t>(i), order.begin() + static_cast<std::ptrdiff_t>(end));
      i = end;
    }
  }
  return order;
}

}  // namespace hw::text
