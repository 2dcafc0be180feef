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

TEST_SUITE_BEGIN("core");

TEST_CASE("CSV cells with separators, quotes and line breaks read back as written") {
  const std::vector<CsvRow> rows = {{"plain", "with,comma", "with \"quote\"", "two\r\nlines", ""},
                                    {"কাঁথা", "ผ้าไหม", "Kāntha; quilt", " spaced ", "last"}};
  const std::string text = WriteCsv(rows);
  CHECK(text.find("\"with,comma\"") != std::string::npos);
  CHECK(text.find("\"with \"\"quote\"\"\"") != std::string::npos);
  const auto table = ReadCsv(text);
  REQUIRE(table.ok());
  CHECK(table.value().rows == rows);
  CHECK(table.value().lines == std::vector<std::size_t>{1, 3});
}

TEST_CASE("the CSV reader accepts what spreadsheets write and reports where it fails") {
  SUBCASE("byte-order mark, LF line ends, blank lines, no final line end") {
    const auto table = ReadCsv("\xEF\xBB\xBFsku,name\nA,One\n\nB,Two");
    REQUIRE(table.ok());
    REQUIRE(table.value().rows.size() == 3);
    CHECK(table.value().rows[0][0] == "sku");
    CHECK(table.value().rows[2] == CsvRow{"B", "Two"});
    CHECK(table.value().lines[2] == 4);
  }
  SUBCASE("semicolons when the header uses them") {
    const auto table = ReadCsv("sku;name;price\nA;One;1,50\n");
    REQUIRE(table.ok());
    CHECK(table.value().rows[1] == CsvRow{"A", "One", "1,50"});
  }
  SUBCASE("an unclosed quote names the line where it opened") {
    const auto table = ReadCsv("a,b\nc,\"open\nmore\n");
    REQUIRE_FALSE(table.ok());
    CHECK(table.error().message == Msg::ErrCsvQuoteUnclosed);
    CHECK(table.error().line == 2);
  }
  SUBCASE("a spreadsheet saved in a Windows code page is refused with the line of its first such letter") {
    // "Café" in Windows-1252 (E9) on the third line.
    const auto table = ReadCsv("sku,name\nA,One\nB,Caf\xE9\n");
    REQUIRE_FALSE(table.ok());
    CHECK(table.error().message == Msg::ErrCsvNotUtf8);
    CHECK(table.error().line == 3);
    CHECK(ReadCsv("sku,name\nA,ক্যাফে ☕\n").ok());  // UTF-8 in any script is read
  }
  SUBCASE("too many rows") {
    CsvLimits limits;
    limits.maxRows = 2;
    CHECK(ReadCsv("a\nb\nc\n", ',', limits).error().message == Msg::ErrTooManyItems);
  }
}

TEST_CASE("formula-like cells are neutralised and read back as text") {
  for (const std::string cell : {"=HYPERLINK(\"x\")", "+1", "-2", "@SUM(A1)", "\tx", "\rx"}) {
    CAPTURE(cell);
    const std::string safe = NeutraliseFormula(cell);
    CHECK(safe == "'" + cell);
    const auto table = ReadCsv(WriteCsv({{safe}}));
    REQUIRE(table.ok());
    CHECK(table.value().rows[0][0] == safe);
  }
  CHECK(NeutraliseFormula("plain") == "plain");
  CHECK(NeutraliseFormula("") == "");
}

TEST_SUITE_END();
