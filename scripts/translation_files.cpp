// Writes each language's translations as lang/<code>.msgs for the web app, which
// fetches only the person's language (shared/i18n/i18n.hpp). Run by scripts/build.sh.
//   translation_files <site/lang folder>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

#include "shared/i18n/i18n.hpp"
#include "shared/i18n/translations.hpp"

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: translation_files <folder>\n");
    return 2;
  }
  const std::filesystem::path folder = argv[1];
  std::filesystem::create_directories(folder);
  hw::AddBuiltInTranslations();
  for (const hw::LanguageInfo& info : hw::AllLanguages()) {
    if (info.language == hw::Language::English) continue;
    const std::filesystem::path path = folder / (std::string(info.code) + ".msgs");
    const std::string text = hw::TranslationsFile(info.language);
    std::ifstream old(path, std::ios::binary);
    if (old && std::string(std::istreambuf_iterator<char>(old), {}) == text) continue;  // kept: no repackaging
    old.close();
    std::ofstream(path, std::ios::binary) << text;
  }
  return 0;
}
