// Lists the words of one of ICU's line-break dictionaries ("thaidict", "laodict",
// "khmerdict"), one per line in UTF-8, from the ICU data Debian installs with libicu.
// Run once by scripts/setup.sh; the app breaks Thai, Lao and Khmer lines with them.
// Build: c++ -std=c++17 icu_words.cpp -licuuc -o icu_words
#include <unicode/bytestrie.h>
#include <unicode/ucharstrie.h>
#include <unicode/udata.h>
#include <unicode/unistr.h>
#include <unicode/utypes.h>

#include <cstdint>
#include <cstdio>
#include <string>

namespace {
// The layout of ICU's .dict files (icu/source/common/dictionarydata.h).
enum { kTrieOffset = 0, kTrieType = 4, kTransform = 5 };
constexpr int32_t kTypeMask = 7, kTypeBytes = 0, kTypeUChars = 1;
constexpr int32_t kTransformOffsetMask = 0x1fffff;

void Print(const icu::UnicodeString& word) {
  std::string utf8;
  word.toUTF8String(utf8);
  std::puts(utf8.c_str());
}
}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: icu_words thaidict|laodict|khmerdict\n");
    return 2;
  }
  UErrorCode status = U_ZERO_ERROR;
  UDataMemory* data = udata_open(U_ICUDATA_NAME U_TREE_SEPARATOR_STRING "brkitr", "dict", argv[1], &status);
  if (U_FAILURE(status)) {
    std::fprintf(stderr, "icu_words: %s: %s\n", argv[1], u_errorName(status));
    return 1;
  }
  const auto* indexes = static_cast<const int32_t*>(udata_getMemory(data));
  const auto* base = reinterpret_cast<const char*>(indexes);
  const int32_t type = indexes[kTrieType] & kTypeMask;
  if (type == kTypeBytes) {
    // Bytes tries store each character as its offset from the script's block.
    const int32_t offset = indexes[kTransform] & kTransformOffsetMask;
    icu::BytesTrie::Iterator it(base + indexes[kTrieOffset], 0, status);
    while (it.next(status)) {
      icu::UnicodeString word;
      for (const char ch : std::string(it.getString().data(), static_cast<size_t>(it.getString().length()))) {
        const auto b = static_cast<uint8_t>(ch);
        word.append(static_cast<UChar32>(b == 0xff ? 0x200d : b == 0xfe ? 0x200c : b + offset));
      }
      Print(word);
    }
  } else if (type == kTypeUChars) {
    icu::UCharsTrie::Iterator it(reinterpret_cast<const char16_t*>(base + indexes[kTrieOffset]), 0, status);
    while (it.next(status)) Print(it.getString());
  }
  udata_close(data);
  return U_SUCCESS(status) ? 0 : 1;
}
