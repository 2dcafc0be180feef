#include "app/text/line_break.hpp"

#include <hb.h>

#include <limits>

namespace hw::text {
namespace {

bool IsSpace(char32_t c) { return c == ' ' || c == '\t' || c == 0x200B || c == 0x3000; }

bool IsRepetitionMark(char32_t c) { return c == 0x0E46 || c == 0x0EC6; }

bool IsMark(char32_t c) {
  switch (hb_unicode_general_category(hb_unicode_funcs_get_default(), c)) {
    case HB_UNICODE_GENERAL_CATEGORY_NON_SPACING_MARK:
    case HB_UNICODE_GENERAL_CATEGORY_SPACING_MARK:
    case HB_UNICODE_GENERAL_CATEGORY_ENCLOSING_MARK: return true;
    default: return false;
  }
}

}  // namespace

bool IsClusterBoundary(char32_t before, char32_t c) {
  if (IsMark(c) || c == 0x200C || c == 0x200D || before == 0x200D) return false;
  // A virama (Devanagari ्, Bengali ্, Khmer coeng ្) joins the next consonant.
  if (hb_unicode_combining_class(hb_unicode_funcs_get_default(), before) == HB_UNICODE_COMBINING_CLASS_VIRAMA)
    return false;
  // Thai and Lao vowels written before their consonant.
  if ((before >= 0x0E40 && before <= 0x0E44) || (before >= 0x0EC0 && before <= 0x0EC4)) return false;
  // Repetition and abbreviation signs belong to the word before them.
  if (c == 0x0E46 || c == 0x0E2F || c == 0x0EC6 || c == 0x0EAF) return false;
  return true;
}

std::vector<std::size_t> SegmentWords(std::u32string_view text, const WordList& words) {
  const std::size_t n = text.size();
  struct Best {
    std::size_t unknown = std::numeric_limits<std::size_t>::max(), count = 0, from = 0;
    bool viaUnknown = false;
  };
  std::vector<Best> best(n + 1);
  best[0].unknown = 0;
  const auto boundary = [&](std::size_t i) { return i == 0 || i == n || IsClusterBoundary(text[i - 1], text[i]); };
  const auto relax = [&](std::size_t from, std::size_t to, std::size_t unknown, bool viaUnknown) {
    const Best& b = best[from];
    const std::size_t u = b.unknown + unknown, c = b.count + 1;
    if (u < best[to].unknown || (u == best[to].unknown && c < best[to].count)) best[to] = {u, c, from, viaUnknown};
  };
  for (std::size_t i = 0; i < n; ++i) {
    if (best[i].unknown == std::numeric_limits<std::size_t>::max() || !boundary(i)) continue;
    for (std::size_t len = 1; len <= words.LongestWord() && i + len <= n; ++len) {
      const std::size_t end = i + len;
      if (!words.Contains(text.substr(i, len))) continue;
      if (boundary(end)) relax(i, end, 0, false);
      // A repetition mark written right after a word (เด็กๆ) belongs to it.
      else if (IsRepetitionMark(text[end]) && boundary(end + 1)) relax(i, end + 1, 0, false);
    }
    std::size_t j = i + 1;
    while (j < n && !boundary(j)) ++j;
    relax(i, j, j - i, true);
  }
  // Walk back from the end, then emit word ends in order; unknown steps that follow
  // each other make one unknown word.
  std::vector<std::size_t> steps;
  for (std::size_t at = n; at > 0; at = best[at].from) steps.push_back(at);
  std::vector<std::size_t> out;
  for (std::size_t k = steps.size(); k-- > 0;) {
    const std::size_t end = steps[k];
    const bool unknown = best[end].viaUnknown;
    const bool nextUnknown = k > 0 && best[steps[k - 1]].viaUnknown;
    if (unknown && nextUnknown) continue;
    out.push_back(end);
  }
  return out;
}

std::vector<bool> BreakOpportunities(std::span<const char32_t> text, const WordsOf& words) {
  const std::size_t n = text.size();
  std::vector<bool> breaks(n, false);
  for (std::size_t i = 1; i < n; ++i)
    breaks[i] = IsSpace(text[i - 1]) && !IsSpace(text[i]) && IsClusterBoundary(text[i - 1], text[i]);
  // Runs of a script written without spaces: break between its words.
  for (std::size_t i = 0; i < n;) {
    const std::optional<Script> script = ScriptOf(text[i]);
    if (!script || !NeedsWordList(*script)) {
      ++i;
      continue;
    }
    std::size_t end = i;
    while (end < n && ScriptOf(text[end]) == script) ++end;
    if (const WordList* list = words ? words(*script) : nullptr) {
      const std::u32string_view run(text.data() + i, end - i);
      for (const std::size_t wordEnd : SegmentWords(run, *list))
        if (wordEnd < run.size()) breaks[i + wordEnd] = true;
    }
    i = end;
  }
  return breaks;
}

}  // namespace hw::text
