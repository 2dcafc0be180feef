#include "app/text/font_library.hpp"

#include <hb.h>

namespace hw::text {
namespace {

constexpr std::string_view kFamilies[] = {"NotoSans",    "NotoSansDevanagari", "NotoSansBengali", "NotoSansThai",
                                          "NotoSansLao", "NotoSansKhmer",      "NotoNaskhArabic", "NotoSans-Extended"};
static_assert(std::size(kFamilies) == FontLibrary::kScripts);

std::size_t Slot(Script script, Weight weight) {
  return static_cast<std::size_t>(script) * 2 + static_cast<std::size_t>(weight);
}

}  // namespace

FontFace::~FontFace() {
  hb_font_destroy(font);
  hb_face_destroy(face);
  hb_blob_destroy(blob);
}

bool FontFace::Has(char32_t c) const { return stbtt_FindGlyphIndex(&info, static_cast<int>(c)) != 0; }

bool FontFace::CanDraw(char32_t c) const {
  if (Has(c)) return true;
  hb_codepoint_t first = 0, second = 0;
  if (!hb_unicode_decompose(hb_unicode_funcs_get_default(), c, &first, &second)) return false;
  return CanDraw(first) && (second == 0 || CanDraw(second));
}

WordList::WordList(std::string_view text) {
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::u32string word;
    for (const Codepoint& c : DecodeUtf8(text.substr(start, end - start)))
      if (c.value != '\r') word += c.value;
    if (!word.empty()) {
      longest_ = std::max(longest_, word.size());
      words_.insert(std::move(word));
    }
    start = end + 1;
  }
}

std::string FontLibrary::FontFile(Script script, Weight weight) {
  return std::string(kFamilies[static_cast<std::size_t>(script)]) +
         (weight == Weight::Bold ? "-Bold.ttf" : "-Regular.ttf");
}

std::string FontLibrary::WordFile(Script script) {
  switch (script) {
    case Script::Thai: return "thai.words";
    case Script::Lao: return "lao.words";
    case Script::Khmer: return "khmer.words";
    default: return {};
  }
}

bool FontLibrary::Add(std::string_view fileName, std::vector<unsigned char> bytes) {
  for (std::size_t s = 0; s < kScripts; ++s) {
    const auto script = static_cast<Script>(s);
    if (fileName == WordFile(script)) {
      words_[s] =
          std::make_unique<WordList>(std::string_view(reinterpret_cast<const char*>(bytes.data()), bytes.size()));
      wordState_[s] = State::Loaded;
      ++generation_;
      return true;
    }
    for (const Weight weight : {Weight::Regular, Weight::Bold}) {
      if (fileName != FontFile(script, weight)) continue;
      auto face = std::make_unique<FontFace>();
      face->bytes = std::move(bytes);
      const auto* data = face->bytes.data();
      if (face->bytes.empty() || !stbtt_InitFont(&face->info, data, stbtt_GetFontOffsetForIndex(data, 0))) {
        faceState_[Slot(script, weight)] = State::Failed;
        return false;
      }
      face->blob = hb_blob_create(reinterpret_cast<const char*>(data), static_cast<unsigned>(face->bytes.size()),
                                  HB_MEMORY_MODE_READONLY, nullptr, nullptr);
      face->face = hb_face_create(face->blob, 0);
      face->font = hb_font_create(face->face);
      face->unitsPerEm = static_cast<int>(hb_face_get_upem(face->face));
      hb_font_set_scale(face->font, face->unitsPerEm, face->unitsPerEm);
      face->index = static_cast<std::uint16_t>(Slot(script, weight));
      faces_[Slot(script, weight)] = std::move(face);
      faceState_[Slot(script, weight)] = State::Loaded;
      ++generation_;
      return true;
    }
  }
  return false;
}

void FontLibrary::Failed(std::string_view fileName) {
  for (std::size_t s = 0; s < kScripts; ++s) {
    const auto script = static_cast<Script>(s);
    if (fileName == WordFile(script)) wordState_[s] = State::Failed;
    for (const Weight weight : {Weight::Regular, Weight::Bold})
      if (fileName == FontFile(script, weight)) faceState_[Slot(script, weight)] = State::Failed;
  }
}

void FontLibrary::Request(State& state, std::string file) {
  if (state != State::Missing || file.empty()) return;
  state = State::Requested;
  requests_.push_back(std::move(file));
}

const FontFace* FontLibrary::Face(Script script, Weight weight) {
  const std::size_t slot = Slot(script, weight);
  if (faces_[slot]) return faces_[slot].get();
  Request(faceState_[slot], FontFile(script, weight));
  const Weight other = weight == Weight::Bold ? Weight::Regular : Weight::Bold;
  if (!faces_[Slot(script, other)]) Request(faceState_[Slot(script, other)], FontFile(script, other));
  return faces_[Slot(script, other)].get();
}

const FontFace* FontLibrary::FaceAt(std::uint16_t index) const {
  return index < faces_.size() ? faces_[index].get() : nullptr;
}

const WordList* FontLibrary::Words(Script script) {
  const auto s = static_cast<std::size_t>(script);
  if (!words_[s]) Request(wordState_[s], WordFile(script));
  return words_[s].get();
}

void FontLibrary::Want(Script script) {
  Face(script, Weight::Regular);
  Face(script, Weight::Bold);
  if (NeedsWordList(script)) Words(script);
}

bool FontLibrary::Has(Script script, Weight weight) const { return faces_[Slot(script, weight)] != nullptr; }

std::vector<std::string> FontLibrary::TakeRequests() {
  std::vector<std::string> out;
  out.swap(requests_);
  return out;
}

}  // namespace hw::text
