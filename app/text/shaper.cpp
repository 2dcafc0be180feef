#include "app/text/shaper.hpp"

#include <hb.h>

#include <algorithm>

#include "app/text/script_runs.hpp"

namespace hw::text {
namespace {

hb_script_t HbScript(Script script) {
  switch (script) {
    case Script::Devanagari: return HB_SCRIPT_DEVANAGARI;
    case Script::Bengali: return HB_SCRIPT_BENGALI;
    case Script::Thai: return HB_SCRIPT_THAI;
    case Script::Lao: return HB_SCRIPT_LAO;
    case Script::Khmer: return HB_SCRIPT_KHMER;
    case Script::Arabic: return HB_SCRIPT_ARABIC;
    default: return HB_SCRIPT_LATIN;
  }
}

// Urdu is the region's only Arabic-script language; its forms differ from Arabic's.
const char* LanguageTag(Script script) { return script == Script::Arabic ? "ur" : nullptr; }

}  // namespace

ShapedLine ShapeLine(std::string_view text, float size, Weight weight, FontLibrary& fonts, Direction direction) {
  ShapedLine line;
  const std::vector<Codepoint> cps = DecodeUtf8(text);
  std::vector<char32_t> values(cps.size());
  std::transform(cps.begin(), cps.end(), values.begin(), [](const Codepoint& c) { return c.value; });
  const BidiParagraph bidi = ResolveBidi(values, direction);
  line.rightToLeft = bidi.paragraphLevel % 2 == 1;
  line.advances.assign(cps.size(), 0.0f);
  line.clusterStarts.assign(cps.size(), false);

  const Coverage covers = [&](Script script, char32_t c) {
    const FontFace* face = fonts.Face(script, weight);
    return !face || face->CanDraw(c);
  };
  const std::vector<TextRun> runs = ItemiseRuns(cps, bidi.levels, covers);
  std::vector<std::uint8_t> runLevels(runs.size());
  std::transform(runs.begin(), runs.end(), runLevels.begin(), [](const TextRun& r) { return r.level; });

  const auto indexOfByte = [&](std::uint32_t byte) {
    const auto it =
        std::lower_bound(cps.begin(), cps.end(), byte, [](const Codepoint& c, std::uint32_t b) { return c.byte < b; });
    return static_cast<std::size_t>(it - cps.begin());
  };

  hb_buffer_t* buffer = hb_buffer_create();
  float pen = 0;
  for (const std::size_t r : VisualOrder(runLevels)) {
    const TextRun& run = runs[r];
    const FontFace* face = fonts.Face(run.script, weight);
    if (!face) {  // still loading: nothing drawn, every character a place to wrap
      line.complete = false;
      for (std::uint32_t k = run.begin; k < run.end; ++k) line.clusterStarts[k] = true;
      continue;
    }
    const std::uint32_t begin = cps[run.begin].byte;
    const std::uint32_t end = run.end < cps.size() ? cps[run.end].byte : static_cast<std::uint32_t>(text.size());
    hb_buffer_clear_contents(buffer);
    // The whole line is given as context so joining and reordering see the neighbours.
    hb_buffer_add_utf8(buffer, text.data(), static_cast<int>(text.size()), begin, static_cast<int>(end - begin));
    hb_buffer_set_direction(buffer, run.level % 2 ? HB_DIRECTION_RTL : HB_DIRECTION_LTR);
    hb_buffer_set_script(buffer, HbScript(run.script));
    if (const char* tag = LanguageTag(run.script)) hb_buffer_set_language(buffer, hb_language_from_string(tag, -1));
    hb_buffer_guess_segment_properties(buffer);
    hb_shape(face->font, buffer, nullptr, 0);

    unsigned count = 0;
    const hb_glyph_info_t* info = hb_buffer_get_glyph_infos(buffer, &count);
    const hb_glyph_position_t* pos = hb_buffer_get_glyph_positions(buffer, &count);
    const float scale = size / static_cast<float>(face->unitsPerEm);
    for (unsigned i = 0; i < count; ++i) {
      line.glyphs.push_back({face->index, info[i].codepoint, pen + static_cast<float>(pos[i].x_offset) * scale,
                             -static_cast<float>(pos[i].y_offset) * scale, info[i].cluster});
      const float advance = static_cast<float>(pos[i].x_advance) * scale;
      pen += advance;
      const std::size_t at = indexOfByte(info[i].cluster);
      if (at < cps.size()) {
        line.advances[at] += advance;
        line.clusterStarts[at] = true;
      }
    }
  }
  hb_buffer_destroy(buffer);
  line.width = pen;
  return line;
}

}  // namespace hw::text
