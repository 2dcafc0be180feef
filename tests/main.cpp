// The one main for every doctest binary (unit natively and as wasm, ui natively).
#define DOCTEST_CONFIG_IMPLEMENT
#include <doctest/doctest.h>

#include "shared/i18n/translations.hpp"

int main(int argc, char** argv) {
  hw::AddBuiltInTranslations();  // the web app fetches the person's language instead
  return doctest::Context(argc, argv).run();
}
