#pragma once
// RFC 4180 CSV, UTF-8: a writer (CRLF line ends, quotes only where needed) and a
// reader that accepts what spreadsheets produce (LF or CRLF, a UTF-8 byte-order
// mark, ';' as separator when the header uses it) and reports where it failed.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "shared/core/result.hpp"

namespace hw {

using CsvRow = std::vector<std::string>;

struct CsvTable {
  std::vector<CsvRow> rows;
  std::vector<std::size_t> lines;  // 1-based line where each row starts
};

struct CsvLimits {
  std::size_t maxBytes = 32u * 1024 * 1024;
  std::size_t maxRows = 200'000;
  std::size_t maxCellsPerRow = 256;
};

std::string CsvCell(std::string_view cell);  // quoted when it holds , " CR or LF
std::string WriteCsv(const std::vector<CsvRow>& rows);
// Spreadsheets run a cell starting with = + - @ tab or CR as a formula: such text
// cells get a leading apostrophe so they are shown as text.
std::string NeutraliseFormula(std::string_view cell);

// delimiter 0: ',' unless the first line has more ';' than ',' outside quotes.
Result<CsvTable> ReadCsv(std::string_view text, char delimiter = 0, const CsvLimits& limits = {});

}  // namespace hw
