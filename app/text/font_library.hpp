#pragma once
// Everything a script needs to be drawn: its fonts (regular and bold) and, for Thai,
// Lao and Khmer, its word list. Latin comes with the app; other scripts are asked
// for (TakeRequests) when text needs them, and the platform hands the files in (Add).
#include <stb/stb_truetype.h>

#include <array>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "app/text/script.hpp"

struct hb_blob_t;
struct hb_face_t;
struct hb_font_t;

namespace hw::text {

struct FontFace {
  FontFace() = default;
  FontFace(const FontFace&) = delete;
  FontFace& operator=(const FontFace&) = delete;
  ~FontFace();

  std::vector<unsigned char> bytes;
  hb_blob_t* blob = nullptr;
  hb_face_t* face = nullptr;
  hb_font_t* font = nullptr;  // scaled to font units: positions are multiplied by size / unitsPerEm
  stbtt_fontinfo info{};
  int unitsPerEm = 1000;
  std::uint16_t index = 0;  // stable number of this face (its slot), for the glyph atlas
  bool Has(char32_t c) const;
  // Has it, or its canonical parts (ṣ as s and a dot below, which HarfBuzz puts together).
  bool CanDraw(char32_t c) const;
};

// Words of a script written without spaces, for line breaking.
class WordList {
 public:
  explicit WordList(std::string_view oneWordPerLine);
  bool Contains(std::u32string_view word) const { return words_.count(std::u32string(word)) > 0; }
  std::size_t LongestWord() const { return longest_; }
  std::size_t Size() const { return words_.size(); }

 private:
  std::unordered_set<std::u32string> words_;
  std::size_t longest_ = 0;
};

class FontLibrary {
 public:
  static constexpr std::size_t kScripts = static_cast<std::size_t>(Script::Count);

  static std::string FontFile(Script script, Weight weight);  // "NotoSansThai-Bold.ttf"
  static std::string WordFile(Script script);                 // "thai.words", or empty

  // A file the platform fetched, known by its name; false when unknown or unreadable.
  bool Add(std::string_view fileName, std::vector<unsigned char> bytes);
  // The platform could not fetch it: it is not asked for again.
  void Failed(std::string_view fileName);

  // The face for the script and weight, or the other weight while this one loads;
  // null until loaded. Asking for a face that is missing requests its file.
  const FontFace* Face(Script script, Weight weight);
  const FontFace* FaceAt(std::uint16_t index) const;
  const WordList* Words(Script script);
  // Asks for a script's files ahead of drawing it (a language was chosen).
  void Want(Script script);
  bool Has(Script script, Weight weight) const;

  // File names asked for since the last call.
  std::vector<std::string> TakeRequests();
  // Changes whenever a file arrives: what was shaped before may look different now.
  std::uint32_t Generation() const { return generation_; }

 private:
  enum class State : std::uint8_t { Missing, Requested, Loaded, Failed };
  void Request(State& state, std::string file);

  std::array<std::unique_ptr<FontFace>, kScripts * 2> faces_;
  std::array<State, kScripts * 2> faceState_{};
  std::array<std::unique_ptr<WordList>, kScripts> words_;
  std::array<State, kScripts> wordState_{};
  std::vector<std::string> requests_;
  std::uint32_t generation_ = 0;
};

}  // namespace hw::text
