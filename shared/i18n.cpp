#include "shared/i18n.hpp"

#include <array>
#include <cstddef>
#include <initializer_list>

namespace hw {
namespace {

constexpr std::size_t kMsgCount = static_cast<std::size_t>(Msg::Count);
using Table = std::array<const char*, kMsgCount>;

struct Entry {
  Msg msg;
  const char* text;
};

// Builds a table indexed by message at compile time; untranslated entries stay null.
consteval Table MakeTable(std::initializer_list<Entry> entries) {
  Table table{};
  for (const Entry& e : entries) table[static_cast<std::size_t>(e.msg)] = e.text;
  return table;
}

constexpr Table kEnglish = {
#define HW_MSG(id, english) english,
#include "shared/messages.inc"
#undef HW_MSG
};

constexpr std::array<std::string_view, kMsgCount> kNames = {
#define HW_MSG(id, english) #id,
#include "shared/messages.inc"
#undef HW_MSG
};

// Translations are first drafts, one file per language in shared/translations/; the
// README asks native speakers to review them.
constexpr Table kHindi = MakeTable({
#include "shared/translations/hi.inc"
});
constexpr Table kNepali = MakeTable({
#include "shared/translations/ne.inc"
});
constexpr Table kBengali = MakeTable({
#include "shared/translations/bn.inc"
});
constexpr Table kUrdu = MakeTable({
#include "shared/translations/ur.inc"
});
constexpr Table kThai = MakeTable({
#include "shared/translations/th.inc"
});
constexpr Table kKhmer = MakeTable({
#include "shared/translations/km.inc"
});
constexpr Table kLao = MakeTable({
#include "shared/translations/lo.inc"
});
constexpr Table kIndonesian = MakeTable({
#include "shared/translations/id.inc"
});
constexpr Table kFilipino = MakeTable({
#include "shared/translations/fil.inc"
});
constexpr Table kVietnamese = MakeTable({
#include "shared/translations/vi.inc"
});

constexpr Table kEmpty{};

constexpr std::array<LanguageInfo, static_cast<std::size_t>(Language::Count)> kLanguages = {{
    {Language::English, "en", "English", false},
    {Language::Hindi, "hi", "हिन्दी", false},
    {Language::Nepali, "ne", "नेपाली", false},
    {Language::Bengali, "bn", "বাংলা", false},
    {Language::Urdu, "ur", "اردو", true},
    {Language::Thai, "th", "ไทย", false},
    {Language::Khmer, "km", "ខ្មែរ", false},
    {Language::Lao, "lo", "ລາວ", false},
    {Language::Indonesian, "id", "Bahasa Indonesia", false},
    {Language::Filipino, "fil", "Filipino", false},
    {Language::Vietnamese, "vi", "Tiếng Việt", false},
}};

const Table& TableFor(Language language) {
  switch (language) {
    case Language::English: return kEnglish;
    case Language::Hindi: return kHindi;
    case Language::Nepali: return kNepali;
    case Language::Bengali: return kBengali;
    case Language::Urdu: return kUrdu;
    case Language::Thai: return kThai;
    case Language::Khmer: return kKhmer;
    case Language::Lao: return kLao;
    case Language::Indonesian: return kIndonesian;
    case Language::Filipino: return kFilipino;
    case Language::Vietnamese: return kVietnamese;
    default: return kEmpty;
  }
}

std::size_t Index(Msg msg) { return static_cast<std::size_t>(msg); }

}  // namespace

std::span<const LanguageInfo> AllLanguages() { return kLanguages; }

const LanguageInfo& Info(Language language) {
  const auto i = static_cast<std::size_t>(language);
  return i < kLanguages.size() ? kLanguages[i] : kLanguages[0];
}

std::optional<Language> LanguageFromCode(std::string_view code) {
  for (const LanguageInfo& info : kLanguages)
    if (info.code == code) return info.language;
  return std::nullopt;
}

std::string_view Tr(Language language, Msg msg) {
  if (Index(msg) >= kMsgCount) return {};
  const char* text = TableFor(language)[Index(msg)];
  return text ? text : kEnglish[Index(msg)];
}

bool IsTranslated(Language language, Msg msg) {
  return Index(msg) < kMsgCount && TableFor(language)[Index(msg)] != nullptr;
}

std::string_view MsgName(Msg msg) { return Index(msg) < kMsgCount ? kNames[Index(msg)] : std::string_view{}; }

}  // namespace hw
