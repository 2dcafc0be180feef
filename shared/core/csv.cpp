#include "shared/core/csv.hpp"

#include "shared/core/utf8.hpp"

namespace hw {

std::string CsvCell(std::string_view cell) {
  // A leading byte-order mark is quoted too, or a reader would take it for the file's.
  const bool startsWithBom = cell.substr(0, 3) == "\xEF\xBB\xBF";
  if (!startsWithBom && cell.find_first_of(",;\"\r\n") == std::string_view::npos) return std::string(cell);
  std::string out = "\"";
  for (char c : cell) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
  return out;
}

std::string WriteCsv(const std::vector<CsvRow>& rows) {
  std::string out;
  for (const CsvRow& row : rows) {
    for (std::size_t i = 0; i < row.size(); ++i) {
      if (i > 0) out += ',';
      out += CsvCell(row[i]);
    }
    out += "\r\n";
  }
  return out;
}

std::string NeutraliseFormula(std::string_view cell) {
  if (!cell.empty() &&
      (cell[0] == '=' || cell[0] == '+' || cell[0] == '-' || cell[0] == '@' || cell[0] == '\t' || cell[0] == '\r')) {
    std::string out;
    out.reserve(cell.size() + 1);
    out += '\'';
    out += cell;
    return out;
  }
  return std::string(cell);
}

namespace {
char DetectDelimiter(std::string_view text) {
  std::size_t commas = 0, semicolons = 0;
  bool quoted = false;
  for (char c : text) {
    if (c == '"') quoted = !quoted;
    if (quoted) continue;
    if (c == '\n') break;
    if (c == ',') ++commas;
    if (c == ';') ++semicolons;
  }
  return semicolons > commas ? ';' : ',';
}
}  // namespace

Result<CsvTable> ReadCsv(std::string_view text, char delimiter, const CsvLimits& limits) {
  if (text.size() > limits.maxBytes) return Error{Msg::ErrFileTooLarge};
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  // A spreadsheet saved as "CSV" in a Windows code page: refused with the line, before
  // any of it is read (the person saves it again as "CSV UTF-8").
  if (const std::size_t bad = InvalidUtf8At(text); bad != std::string_view::npos)
    return Error{Msg::ErrCsvNotUtf8, "", LineAt(text, bad)};
  if (delimiter == 0) delimiter = DetectDelimiter(text);
  CsvTable table;
  CsvRow row;
  std::string cell;
  std::size_t line = 1;
  std::size_t rowLine = 1;
  std::size_t quoteLine = 0;
  bool quoted = false;
  bool cellWasQuoted = false;
  bool rowHasContent = false;

  auto endCell = [&]() -> bool {
    if (row.size() >= limits.maxCellsPerRow) return false;
    row.push_back(std::move(cell));
    cell.clear();
    cellWasQuoted = false;
    return true;
  };
  auto endRow = [&]() -> bool {
    // A blank line is no row (spreadsheets often end with one).
    if (rowHasContent || !row.empty()) {
      if (table.rows.size() >= limits.maxRows) return false;
      table.rows.push_back(std::move(row));
      table.lines.push_back(rowLine);
    }
    row.clear();
    rowHasContent = false;
    return true;
  };

  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (quoted) {
      if (c == '"') {
        if (i + 1 < text.size() && text[i + 1] == '"') {
          cell += '"';
          ++i;
        } else {
          quoted = false;
        }
      } else {
        if (c == '\n') ++line;
        cell += c;
      }
      continue;
    }
    if (c == '"' && cell.empty() && !cellWasQuoted) {
      quoted = true;
      cellWasQuoted = true;
      rowHasContent = true;
      quoteLine = line;
    } else if (c == delimiter) {
      rowHasContent = true;
      if (!endCell()) return Error{Msg::ErrTooManyItems, "", line, "cells in a row"};
    } else if (c == '\r' || c == '\n') {
      if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
      if (rowHasContent || !cell.empty()) {
        if (!endCell()) return Error{Msg::ErrTooManyItems, "", line, "cells in a row"};
      }
      if (!endRow()) return Error{Msg::ErrTooManyItems, "", line, "rows"};
      ++line;
      rowLine = line;
    } else {
      // A quote inside an unquoted cell is kept as text, as spreadsheets do.
      cell += c;
      rowHasContent = true;
    }
  }
  if (quoted) return Error{Msg::ErrCsvQuoteUnclosed, "", quoteLine};
  if (rowHasContent || !cell.empty()) {
    if (!endCell()) return Error{Msg::ErrTooManyItems, "", line, "cells in a row"};
  }
  if (!endRow()) return Error{Msg::ErrTooManyItems, "", line, "rows"};
  return table;
}

}  // namespace hw
