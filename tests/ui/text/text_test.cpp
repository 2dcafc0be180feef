#include <doctest/doctest.h>

#include <fstream>
#include <iterator>
#include <set>
#include <string>

#include <imgui_internal.h>

#include "app/text/bidi.hpp"
#include "app/text/line_break.hpp"
#include "app/text/script_runs.hpp"
#include "app/text/text_engine.hpp"
#include "tests/ui/ui_harness.hpp"

using namespace hw::text;

namespace {

std::vector<char32_t> Chars(std::string_view utf8) {
  std::vector<char32_t> out;
  for (const Codepoint& c : DecodeUtf8(utf8)) out.push_back(c.value);
  return out;
}

// The text of each run of `line`, left to right as drawn.
std::vector<std::string> VisualRuns(std::string_view line) {
  const std::vector<Codepoint> cps = DecodeUtf8(line);
  const BidiParagraph bidi = ResolveBidi(Chars(line));
  const std::vector<TextRun> runs = ItemiseRuns(cps, bidi.levels);
  std::vector<std::uint8_t> levels;
  for (const TextRun& r : runs) levels.push_back(r.level);
  std::vector<std::string> out;
  for (const std::size_t i : VisualOrder(levels)) {
    const std::uint32_t begin = cps[runs[i].begin].byte;
    const std::uint32_t end =
        runs[i].end < cps.size() ? cps[runs[i].end].byte : static_cast<std::uint32_t>(line.size());
    out.emplace_back(line.substr(begin, end - begin));
  }
  return out;
}

struct Engine {
  TextEngine engine;
  Engine() {
    hw::test::LoadAllFonts(engine);
    engine.BeginFrame(1.0f);
  }
};

std::vector<std::string> Lines(TextEngine& engine, std::string_view text, float width) {
  std::vector<std::string> out;
  for (const TextLayout::Line& l : engine.Layout(text, {20.0f}, width).lines)
    out.emplace_back(text.substr(l.begin, l.end - l.begin));
  return out;
}

}  // namespace

TEST_SUITE_BEGIN("text");

TEST_CASE("text is split into runs of one script, shared characters joining their neighbours") {
  const std::string text = "Hi नमस्ते 12 ไทย";
  const auto cps = DecodeUtf8(text);
  const auto runs = ItemiseRuns(cps, std::vector<std::uint8_t>(cps.size(), 0));
  REQUIRE(runs.size() == 3);
  CHECK(runs[0].script == Script::Latin);
  CHECK(runs[1].script == Script::Devanagari);  // "नमस्ते 12 " stays in Devanagari
  CHECK(runs[2].script == Script::Thai);
  CHECK(cps[runs[2].begin].value == U'ไ');
}

TEST_CASE("Urdu reads right to left with numbers and Latin words kept in their own order") {
  // "I have 25 scarves from Homeworks" with the digits and the Latin name embedded.
  const std::string text = "میرے پاس 25 دوپٹے Homeworks سے ہیں";
  const BidiParagraph bidi = ResolveBidi(Chars(text));
  CHECK(bidi.paragraphLevel == 1);
  const std::vector<std::string> visual = VisualRuns(text);
  // Visually from the left: the last Urdu words first, the Latin name, ..., the first words last.
  REQUIRE(visual.size() >= 5);
  CHECK(visual.front().find("ہیں") != std::string::npos);
  CHECK(visual.back().find("میرے") != std::string::npos);
  const auto at = [&](std::string_view s) {
    for (std::size_t i = 0; i < visual.size(); ++i)
      if (visual[i].find(s) != std::string::npos) return i;
    return visual.size();
  };
  CHECK(at("Homeworks") < at("25"));  // read right to left: 25 comes before Homeworks
  CHECK(at("25") < at("پاس"));
  // Digits keep left-to-right order inside: "25", not "52".
  CHECK(visual[at("25")].find("25") != std::string::npos);
}

TEST_CASE("a left-to-right paragraph keeps an Urdu phrase in one right-to-left run") {
  const std::vector<std::string> visual = VisualRuns("Price: قیمت 300 rupees");
  REQUIRE(visual.size() >= 3);
  CHECK(visual[0].rfind("Price", 0) == 0);
  CHECK(visual.back().find("rupees") != std::string::npos);
}

TEST_CASE("Devanagari is shaped with its conjunct: नमस्ते gives 5 glyphs, not 6 characters") {
  Engine e;
  const ShapedLine& line = e.engine.Shape("नमस्ते", {24.0f});
  REQUIRE(line.complete);
  CHECK(line.glyphs.size() == 5);  // न म स्ते: the virama is absorbed into the half form
  CHECK(line.width > 40.0f);
  const ShapedLine& hindi = e.engine.Shape("हिन्दी", {24.0f});
  // The i-matra is drawn before ह although it comes after it: glyph order differs from characters.
  REQUIRE(hindi.glyphs.size() >= 2);
  CHECK(hindi.glyphs[0].cluster == hindi.glyphs[1].cluster);
}

TEST_CASE("every script of the region shapes with its own font, without missing glyphs") {
  Engine e;
  for (const char* text : {"নমস্কার", "สวัสดีครับ", "ជំរាបសួរ", "ສະບາຍດີ", "اردو", "Tiếng Việt", "हिन्दी"}) {
    CAPTURE(text);
    const ShapedLine& line = e.engine.Shape(text, {20.0f});
    REQUIRE(line.complete);
    REQUIRE_FALSE(line.glyphs.empty());
    for (const ShapedGlyph& g : line.glyphs) CHECK(g.id != 0);  // 0 would be tofu
  }
  // Urdu joins: ک at the start of کتاب takes its initial form (drawn rightmost).
  const ShapedLine& joined = e.engine.Shape("کتاب", {20.0f});
  const ShapedLine& alone = e.engine.Shape("ک ت ا ب", {20.0f});
  CHECK(joined.glyphs.back().id != alone.glyphs.back().id);
  CHECK(joined.rightToLeft);
}

TEST_CASE("text in a script whose font is not loaded yet is asked for and drawn when it arrives") {
  TextEngine engine;
  engine.BeginFrame(1.0f);
  const ShapedLine& waiting = engine.Shape("ไทย", {20.0f});
  CHECK_FALSE(waiting.complete);
  CHECK(waiting.glyphs.empty());
  const std::vector<std::string> asked = engine.Fonts().TakeRequests();
  CHECK(std::find(asked.begin(), asked.end(), "NotoSansThai-Regular.ttf") != asked.end());
  hw::test::LoadAllFonts(engine);
  engine.BeginFrame(1.0f);
  CHECK(engine.Shape("ไทย", {20.0f}).complete);
}

TEST_CASE(
    "Latin letters the first load's font lacks are drawn from their parts, or with a Latin font fetched when needed") {
  TextEngine engine;
  // What the first load brings: the Latin fonts alone.
  for (const char* file : {"NotoSans-Regular.ttf", "NotoSans-Bold.ttf"}) {
    std::ifstream in(std::string(HOMEWORKS_LATIN_FONT_DIR) + "/" + file, std::ios::binary);
    REQUIRE(engine.Fonts().Add(file, {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()}));
  }
  engine.BeginFrame(1.0f);
  const FontFace* latin = engine.Fonts().Face(Script::Latin, Weight::Regular);
  REQUIRE(latin != nullptr);
  CHECK(latin->Has(U'ā'));
  CHECK_FALSE(latin->Has(U'ṣ'));  // not in the first load...
  CHECK(latin->CanDraw(U'ṣ'));    // ...but s and the dot below are
  CHECK_FALSE(latin->CanDraw(U'ɗ'));

  // Latin-1, Extended-A, Vietnamese and a romanised Hindi name: no other font asked for.
  const ShapedLine& names = engine.Shape("Lakshmi Bānu, Việt, Kṛṣṇa Ḍhākā", {20.0f});
  REQUIRE(names.complete);
  for (const ShapedGlyph& g : names.glyphs) CHECK(g.id != 0);  // 0 would be tofu
  CHECK(engine.Fonts().TakeRequests().empty());

  // Hausa's hooked letters have no parts: "ɗan ƙasa" waits for the other font.
  const ShapedLine& waiting = engine.Shape("Kano: ɗan ƙasa", {20.0f});
  CHECK_FALSE(waiting.complete);
  const std::vector<std::string> asked = engine.Fonts().TakeRequests();
  CHECK(std::find(asked.begin(), asked.end(), "NotoSans-Extended-Regular.ttf") != asked.end());

  hw::test::LoadAllFonts(engine);
  engine.BeginFrame(1.0f);
  const ShapedLine& line = engine.Shape("Kano: ɗan ƙasa", {20.0f});
  REQUIRE(line.complete);
  std::set<std::uint16_t> faces;
  for (const ShapedGlyph& g : line.glyphs) {
    CHECK(g.id != 0);
    faces.insert(g.face);
  }
  CHECK(faces.size() == 2);
  // The runs: a word is cut where the font changes; spaces and marks go with the letter before.
  const std::string text = "aɗa ƙ";
  const std::vector<Codepoint> cps = DecodeUtf8(text);
  const std::vector<TextRun> runs =
      ItemiseRuns(cps, std::vector<std::uint8_t>(cps.size(), 0),
                  [&](Script s, char32_t c) { return engine.Fonts().Face(s, Weight::Regular)->CanDraw(c); });
  REQUIRE(runs.size() == 4);
  CHECK(runs[0].script == Script::Latin);
  CHECK(runs[1].script == Script::LatinExtended);
  CHECK(runs[2].script == Script::Latin);
  CHECK(runs[2].end - runs[2].begin == 2);  // "a "
  CHECK(runs[3].script == Script::LatinExtended);
}

TEST_CASE("Thai is broken between words found in the dictionary") {
  Engine e;
  const WordList* thai = e.engine.Fonts().Words(Script::Thai);
  REQUIRE(thai != nullptr);
  CHECK(thai->Size() > 10000);
  // "I like to eat rice" : ฉัน ชอบ กิน ข้าว
  const std::u32string text = U"ฉันชอบกินข้าว";
  const std::vector<std::size_t> ends = SegmentWords(text, *thai);
  CHECK(ends == std::vector<std::size_t>{3, 6, 9, 13});
  const std::vector<char32_t> chars(text.begin(), text.end());
  const std::vector<bool> breaks = BreakOpportunities(chars, [&](Script) { return thai; });
  CHECK(breaks[3]);
  CHECK(breaks[6]);
  CHECK_FALSE(breaks[10]);  // inside ข้าว, before its tone mark
  // The repetition mark stays with its word: เด็กๆ | กิน | ข้าว ("the children eat rice").
  CHECK(SegmentWords(U"เด็กๆกินข้าว", *thai) == std::vector<std::size_t>{5, 8, 12});
}

TEST_CASE("Lao and Khmer are broken between dictionary words too") {
  Engine e;
  const WordList* lao = e.engine.Fonts().Words(Script::Lao);
  const WordList* khmer = e.engine.Fonts().Words(Script::Khmer);
  REQUIRE(lao != nullptr);
  REQUIRE(khmer != nullptr);
  // ພາສາ | ລາວ ("Lao language"); ភាសា | ខ្មែរ ("Khmer language").
  CHECK(SegmentWords(U"ພາສາລາວ", *lao) == std::vector<std::size_t>{4, 7});
  CHECK(SegmentWords(U"ភាសាខ្មែរ", *khmer) == std::vector<std::size_t>{4, 9});
  // Longer dictionary words our own messages use are kept (scripts/word_list.py):
  // "orders per week" ends with សប្ដាហ៍ ("week", 7 characters) whole.
  const std::vector<std::size_t> ends = SegmentWords(U"ការបញ្ជាទិញក្នុងមួយសប្ដាហ៍", *khmer);
  const std::size_t length = std::u32string_view(U"ការបញ្ជាទិញក្នុងមួយសប្ដាហ៍").size();
  REQUIRE(ends.size() >= 2);
  CHECK(ends.back() == length);
  CHECK(ends[ends.size() - 2] == length - std::u32string_view(U"សប្ដាហ៍").size());
}

TEST_CASE("lines never break inside a cluster, and Thai wraps at word boundaries") {
  Engine e;
  SUBCASE("Thai") {
    const std::string text = "บทเรียนสั้นๆสำหรับโทรศัพท์และงานของคุณ";
    const std::vector<std::string> lines = Lines(e.engine, text, 120.0f);
    REQUIRE(lines.size() > 1);
    std::string joined;
    for (const std::string& l : lines) joined += l;
    CHECK(joined == text);
    for (const std::string& l : lines) {
      CAPTURE(l);
      const std::vector<char32_t> chars = Chars(l);
      CHECK_FALSE(IsClusterBoundary(U'x', chars.front()) == false);  // no line starts with a mark
      CHECK(e.engine.Shape(l, {20.0f}).width <= 120.0f + 0.5f);
    }
    // Each line ends at a dictionary word: "สั้นๆ" stays whole.
    for (const std::string& l : lines) CHECK(l.find("ๆ") != 0);
  }
  SUBCASE("Devanagari breaks only at spaces, never inside स्ते") {
    const std::vector<std::string> lines = Lines(e.engine, "नमस्ते नमस्ते नमस्ते नमस्ते", 80.0f);
    REQUIRE(lines.size() >= 2);
    for (const std::string& l : lines) CHECK((l == "नमस्ते" || l == "नमस्ते नमस्ते"));
  }
  SUBCASE("a word longer than the line breaks between clusters") {
    const std::vector<std::string> lines = Lines(e.engine, "ខ្មែរខ្មែរខ្មែរខ្មែរខ្មែរ", 60.0f);
    REQUIRE(lines.size() > 1);
    for (const std::string& l : lines) {
      const std::vector<char32_t> chars = Chars(l);
      CHECK(chars.front() != U'\u17D2');  // never starts with the coeng
      CHECK(chars.back() != U'\u17D2');   // nor ends with it
    }
  }
  SUBCASE("Urdu lines wrap at spaces and stay right to left") {
    const TextLayout& layout = e.engine.Layout("میرے پاس پچیس دوپٹے ہیں اور دس تھیلے", {20.0f}, 120.0f);
    CHECK(layout.lines.size() > 1);
    CHECK(layout.rightToLeft);
  }
}

TEST_CASE("measuring uses the shaped runs: the conjunct makes the word narrower than its letters") {
  Engine e;
  const float joined = e.engine.Measure("स्त", {20.0f}).x;
  const float apart = e.engine.Measure("स\u200C्त", {20.0f}).x;  // ZWNJ prevents the conjunct
  CHECK(joined < apart);
  CHECK(e.engine.Measure("Learn", {20.0f}).y == doctest::Approx(TextEngine::LineHeight({20.0f})));
}

TEST_CASE("drawing emits one textured quad per visible glyph and fills the atlas") {
  Engine e;
  e.engine.SetAtlasTexture(reinterpret_cast<ImTextureID>(std::intptr_t{7}));
  ImDrawListSharedData shared;
  ImDrawList list(&shared);
  list._ResetForNewFrame();
  list.PushClipRectFullScreen();
  e.engine.Draw(&list, ImVec2(10, 10), IM_COL32_BLACK, "नमस्ते ไทย", {24.0f});
  CHECK(list.VtxBuffer.Size == 4 * 8);  // 5 + ไ ท ย, the space has no ink
  CHECK(std::any_of(list.CmdBuffer.begin(), list.CmdBuffer.end(), [](const ImDrawCmd& c) {
    return c.TextureId == reinterpret_cast<ImTextureID>(std::intptr_t{7}) && c.ElemCount == 6 * 8;
  }));
  CHECK(e.engine.Atlas().GlyphCount() >= 8);
  const auto rows = e.engine.Atlas().TakeDirtyRows();
  CHECK(rows.end > rows.first);
}

TEST_CASE("brackets take the direction of the paragraph around an embedded word, as browsers draw them") {
  SUBCASE("a Latin name in brackets inside Urdu") {
    const std::vector<char32_t> text = Chars("اردو (Homeworks) ہے");
    const BidiParagraph bidi = ResolveBidi(text);
    REQUIRE(bidi.paragraphLevel == 1);
    CHECK(bidi.levels[5] == 1);   // (
    CHECK(bidi.levels[6] == 2);   // H
    CHECK(bidi.levels[15] == 1);  // )
  }
  SUBCASE("an Urdu word in brackets inside English") {
    const std::vector<char32_t> text = Chars("Price (قیمت) list");
    const BidiParagraph bidi = ResolveBidi(text);
    REQUIRE(bidi.paragraphLevel == 0);
    CHECK(bidi.levels[6] == 0);   // (
    CHECK(bidi.levels[7] == 1);   // ق
    CHECK(bidi.levels[11] == 0);  // )
  }
}

TEST_SUITE_END();
