#include "app/text/script_runs.hpp"

#include <hb.h>

namespace hw::text {

std::optional<Script> ScriptOf(char32_t c) {
  switch (hb_unicode_script(hb_unicode_funcs_get_default(), c)) {
    case HB_SCRIPT_DEVANAGARI: return Script::Devanagari;
    case HB_SCRIPT_BENGALI: return Script::Bengali;
    case HB_SCRIPT_THAI: return Script::Thai;
    case HB_SCRIPT_LAO: return Script::Lao;
    case HB_SCRIPT_KHMER: return Script::Khmer;
    case HB_SCRIPT_ARABIC: return Script::Arabic;
    case HB_SCRIPT_COMMON:
    case HB_SCRIPT_INHERITED:
    case HB_SCRIPT_UNKNOWN: return std::nullopt;
    default: return Script::Latin;
  }
}

Script ScriptOf(Language language) {
  switch (language) {
    case Language::Hindi:
    case Language::Nepali: return Script::Devanagari;
    case Language::Bengali: return Script::Bengali;
    case Language::Urdu: return Script::Arabic;
    case Language::Thai: return Script::Thai;
    case Language::Khmer: return Script::Khmer;
    case Language::Lao: return Script::Lao;
    default: return Script::Latin;
  }
}

bool NeedsWordList(Script script) { return script == Script::Thai || script == Script::Lao || script == Script::Khmer; }

std::vector<Codepoint> DecodeUtf8(std::string_view text) {
  std::vector<Codepoint> out;
  out.reserve(text.size());
  std::size_t i = 0;
  while (i < text.size()) {
    const auto b0 = static_cast<unsigned char>(text[i]);
    const std::size_t length = b0 < 0x80 ? 1 : (b0 >> 5) == 0x6 ? 2 : (b0 >> 4) == 0xE ? 3 : (b0 >> 3) == 0x1E ? 4 : 0;
    char32_t value = 0xFFFD;
    std::size_t used = 1;
    if (length == 1) {
      value = b0;
    } else if (length > 1 && i + length <= text.size()) {
      char32_t v = b0 & (0x7F >> length);
      bool ok = true;
      for (std::size_t k = 1; k < length; ++k) {
        const auto b = static_cast<unsigned char>(text[i + k]);
        ok = ok && (b & 0xC0) == 0x80;
        v = (v << 6) | (b & 0x3F);
      }
      if (ok) value = v, used = length;
    }
    out.push_back({value, static_cast<std::uint32_t>(i)});
    i += used;
  }
  return out;
}

std::vector<TextRun> ItemiseRuns(std::span<const Codepoint> text, std::span<const std::uint8_t> levels,
                                 const Coverage& covers) {
  const std::size_t n = text.size();
  std::vector<Script> scripts(n, Script::Latin);
  std::vector<bool> shared(n, false);
  // Shared characters take the script before them, or after them at the start.
  std::optional<Script> current;
  for (std::size_t i = 0; i < n; ++i) {
    std::optional<Script> s = ScriptOf(text[i].value);
    if (s == Script::Latin && covers && !covers(Script::Latin, text[i].value)) s = Script::LatinExtended;
    shared[i] = !s;
    if (s) current = s;
    if (current) scripts[i] = *current;
  }
  std::size_t firstLetter = 0;
  while (firstLetter < n && shared[firstLetter]) ++firstLetter;
  for (std::size_t i = 0; i < firstLetter && firstLetter < n; ++i) scripts[i] = scripts[firstLetter];
  if (covers)
    for (std::size_t i = 0; i < n; ++i)
      if (shared[i] && scripts[i] != Script::Latin && !covers(scripts[i], text[i].value)) scripts[i] = Script::Latin;

  std::vector<TextRun> runs;
  for (std::size_t i = 0; i < n; ++i) {
    const std::uint8_t level = i < levels.size() ? levels[i] : 0;
    if (!runs.empty() && runs.back().script == scripts[i] && runs.back().level == level)
      runs.back().end = static_cast<std::uint32_t>(i + 1);
    else runs.push_back({static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(i + 1), scripts[i], level});
  }
  return runs;
}

}  // namespace hw::text
