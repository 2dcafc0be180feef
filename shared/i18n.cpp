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

// Translations below are first drafts; the README asks native speakers to review them.
constexpr Table kHindi = MakeTable({
    {Msg::AppTagline, "साथ मिलकर सीखें और बेचें"},
    {Msg::HomeLearn, "सीखें"},
    {Msg::HomeLearnHint, "आपके फ़ोन और काम के लिए छोटे पाठ"},
    {Msg::HomeShop, "ख़रीदें"},
    {Msg::HomeShopHint, "सामान खोजें और कारीगर समूहों से दाम पूछें"},
    {Msg::HomeMyGroup, "मेरा समूह"},
    {Msg::HomeMyGroupHint, "आपकी सूची और आपको मिले ऑर्डर"},
    {Msg::Back, "वापस"},
    {Msg::ComingSoon, "ऐप का यह हिस्सा अभी बन रहा है।"},
    {Msg::Language, "भाषा"},
});

constexpr Table kThai = MakeTable({
    {Msg::AppTagline, "เรียนรู้และขายไปด้วยกัน"},
    {Msg::HomeLearn, "เรียนรู้"},
    {Msg::HomeLearnHint, "บทเรียนสั้น ๆ สำหรับโทรศัพท์และงานของคุณ"},
    {Msg::HomeShop, "ซื้อสินค้า"},
    {Msg::HomeShopHint, "ค้นหาสินค้าและขอใบเสนอราคาจากกลุ่มช่างฝีมือ"},
    {Msg::HomeMyGroup, "กลุ่มของฉัน"},
    {Msg::HomeMyGroupHint, "แคตตาล็อกของคุณและคำสั่งซื้อที่ได้รับ"},
    {Msg::Back, "กลับ"},
    {Msg::ComingSoon, "ส่วนนี้ของแอปกำลังสร้างอยู่"},
    {Msg::Language, "ภาษา"},
});

constexpr Table kIndonesian = MakeTable({
    {Msg::AppTagline, "Belajar dan berjualan bersama"},
    {Msg::HomeLearn, "Belajar"},
    {Msg::HomeLearnHint, "Pelajaran singkat untuk ponsel dan usaha Anda"},
    {Msg::HomeShop, "Belanja"},
    {Msg::HomeShopHint, "Cari produk dan minta penawaran dari kelompok perajin"},
    {Msg::HomeMyGroup, "Kelompok saya"},
    {Msg::HomeMyGroupHint, "Katalog Anda dan pesanan yang Anda terima"},
    {Msg::Back, "Kembali"},
    {Msg::ComingSoon, "Bagian aplikasi ini sedang dibuat."},
    {Msg::Language, "Bahasa"},
});

constexpr Table kFilipino = MakeTable({
    {Msg::AppTagline, "Matuto at magbenta nang magkasama"},
    {Msg::HomeLearn, "Matuto"},
    {Msg::HomeLearnHint, "Maiikling aralin para sa iyong telepono at trabaho"},
    {Msg::HomeShop, "Mamili"},
    {Msg::HomeShopHint, "Maghanap ng produkto at humingi ng presyo sa mga grupo ng artisan"},
    {Msg::HomeMyGroup, "Aking grupo"},
    {Msg::HomeMyGroupHint, "Ang iyong katalogo at mga order na natanggap mo"},
    {Msg::Back, "Bumalik"},
    {Msg::ComingSoon, "Ginagawa pa ang bahaging ito ng app."},
    {Msg::Language, "Wika"},
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
    case Language::Thai: return kThai;
    case Language::Indonesian: return kIndonesian;
    case Language::Filipino: return kFilipino;
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
