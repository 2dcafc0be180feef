#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>

#include "shared/catalogue/catalogue_pack.hpp"
#include "shared/catalogue/product_csv.hpp"
#include "shared/core/csv.hpp"
#include "shared/orders/order_file.hpp"
#include "shared/orders/orders_csv.hpp"
#include "shared/storage/snapshot.hpp"
#include "shared/storage/snapshot_store.hpp"
#include "tests/fuzz/fuzz_entries.hpp"
#include "tests/unit/sample_data.hpp"

using namespace hw;

TEST_SUITE_BEGIN("fuzz");

// Inputs that once made a loader misbehave (kept by the fuzzers under
// tests/fuzz/corpus) must now give an error or a valid state.
TEST_CASE("every kept fuzzing input is handled") {
  namespace fs = std::filesystem;
  const fs::path corpus = fs::path(HOMEWORKS_SOURCE_DIR) / "tests" / "fuzz" / "corpus";
  REQUIRE(fs::exists(corpus));
  std::size_t inputs = 0;
  for (const auto& entry : fs::recursive_directory_iterator(corpus)) {
    if (!entry.is_regular_file()) continue;
    const auto bytes = ReadFileBytes(entry.path(), 8u * 1024 * 1024);
    REQUIRE(bytes.has_value());
    const std::string text(bytes->begin(), bytes->end());
    const std::string target = entry.path().parent_path().filename().string();
    ++inputs;
    CAPTURE(entry.path().string());
    if (target == "snapshot") CHECK(fuzz::Snapshot(*bytes));
    else if (target == "catalogue_pack") CHECK(fuzz::CatalogueImport(text));
    else if (target == "order_file") CHECK(fuzz::OrderImport(text));
    else if (target == "product_csv") CHECK(fuzz::ProductCsv(text));
    else if (target == "lesson_pack") CHECK(fuzz::LessonPackImport(text));
    else FAIL("a corpus folder without a target: " << target);
  }
  CHECK(inputs > 0);
}

TEST_SUITE_END();
