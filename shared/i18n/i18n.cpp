#include "shared/i18n/i18n.hpp"

#include <algorithm>
#include <array>
#include <cstddef>
#include <string>

namespace hw {
namespace {

constexpr std::size_t kMsgCount = static_cast<std::size_t>(Msg::Count);
using Table = std::array<const char*, kMsgCount>;

constexpr Table kEnglish = {
#define HW_MSG(id, english) english,
#include "shared/i18n/messages.inc"
#undef HW_MSG
};

constexpr std::array<std::string_view, kMsgCount> kNames = {
#define HW_MSG(id, english) #id,
#include "shared/i18n/messages.inc"
#undef HW_MSG
};

constexpr std::size_t kLanguageCount = static_cast<std::size_t>(Language::Count);

// The other languages' texts, added at run time (an empty text: not translated).
struct Translations {
  bool loaded = false;
  bool wanted = false;     // text was asked for before the table arrived
  bool requested = false;  // handed out by TakeWantedTranslations
  std::array<std::string, kMsgCount> texts;
};
std::array<Translations, kLanguageCount>& Tables() {
  static std::array<Translations, kLanguageCount> tables;
  return tables;
}

constexpr std::string_view kFileHeader = "homeworks-translations 1";
constexpr std::string_view kFileEnd = "end\n";  // a cut file is refused, not half read

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

std::size_t Index(Msg msg) { return static_cast<std::size_t>(msg); }

Translations* TableOf(Language language) {
  const auto i = static_cast<std::size_t>(language);
  return i > 0 && i < kLanguageCount ? &Tables()[i] : nullptr;  // English is built in
}

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
  if (Translations* table = TableOf(language)) {
    if (!table->loaded) table->wanted = true;
    else if (!table->texts[Index(msg)].empty()) return table->texts[Index(msg)];
  }
  return kEnglish[Index(msg)];
}

bool IsTranslated(Language language, Msg msg) {
  const Translations* table = TableOf(language);
  return Index(msg) < kMsgCount && table && !table->texts[Index(msg)].empty();
}

bool HasTranslations(Language language) {
  const Translations* table = TableOf(language);
  return !table || table->loaded;
}

std::vector<Language> TakeWantedTranslations() {
  std::vector<Language> wanted;
  for (std::size_t i = 1; i < kLanguageCount; ++i) {
    Translations& table = Tables()[i];
    if (table.wanted && !table.loaded && !table.requested) {
      wanted.push_back(static_cast<Language>(i));
      table.requested = true;
    }
    table.wanted = false;
  }
  return wanted;
}

void AddTranslation(Language language, Msg msg, std::string_view text) {
  Translations* table = TableOf(language);
  if (!table || Index(msg) >= kMsgCount) return;
  table->texts[Index(msg)] = text;
  table->loaded = true;
}

std::string TranslationsFile(Language language) {
  std::string file = std::string(kFileHeader) + " " + std::string(Info(language).code) + "\n";
  for (std::size_t i = 0; i < kMsgCount; ++i) {
    if (!IsTranslated(language, static_cast<Msg>(i))) continue;
    file += kNames[i];
    file += '\t';
    for (const char c : Tables()[static_cast<std::size_t>(language)].texts[i]) {
      if (c == '\\') file += "\\\\";
      else if (c == '\n') file += "\\n";
      else if (c == '\t') file += "\\t";
      else file += c;
    }
    file += '\n';
  }
  return file + std::string(kFileEnd);
}

bool LoadTranslations(Language language, std::string_view file) {
  Translations* table = TableOf(language);
  if (!table) return false;
  const std::string header = std::string(kFileHeader) + " " + std::string(Info(language).code) + "\n";
  if (!file.starts_with(header) || !file.ends_with(kFileEnd) || file.size() < header.size() + kFileEnd.size())
    return false;
  file.remove_suffix(kFileEnd.size());
  std::array<std::string, kMsgCount> texts;
  for (std::size_t at = header.size(); at < file.size();) {
    std::size_t end = file.find('\n', at);
    if (end == std::string_view::npos) end = file.size();
    const std::string_view line = file.substr(at, end - at);
    at = end + 1;
    const std::size_t tab = line.find('\t');
    if (tab == std::string_view::npos) return false;
    const auto name = std::find(kNames.begin(), kNames.end(), line.substr(0, tab));
    if (name == kNames.end()) continue;  // a message this version no longer has
    std::string& text = texts[static_cast<std::size_t>(name - kNames.begin())];
    text.clear();
    for (std::size_t i = tab + 1; i < line.size(); ++i) {
      if (line[i] != '\\' || i + 1 == line.size()) {
        text += line[i];
        continue;
      }
      const char next = line[++i];
      text += next == 'n' ? '\n' : next == 't' ? '\t' : next;
    }
  }
  table->texts = std::move(texts);
  table->loaded = true;
  return true;
}

std::string_view MsgName(Msg msg) { return Index(msg) < kMsgCount ? kNames[Index(msg)] : std::string_view{}; }

std::string Fill(std::string_view pattern, std::initializer_list<std::string_view> values) {
  std::string out;
  for (std::size_t i = 0; i < pattern.size(); ++i) {
    const char c = pattern[i];
    if (c == '{' && i + 2 < pattern.size() && pattern[i + 2] == '}' && pattern[i + 1] >= '1' && pattern[i + 1] <= '9') {
      const std::size_t n = static_cast<std::size_t>(pattern[i + 1] - '1');
      if (n < values.size()) out += *(values.begin() + n);
      i += 2;
    } else {
      out += c;
    }
  }
  return out;
}

}  // namespace hw
