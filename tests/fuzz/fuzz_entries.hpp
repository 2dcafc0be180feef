#pragma once
// What each fuzz target does with one input, shared with the unit test that replays
// the kept corpus. Each returns false when a property is broken (the fuzz target
// then traps); crashes, hangs and sanitizer reports are caught by the tools.
#include <cstddef>
#include <cstdint>
#include <span>
#include <sstream>
#include <string>
#include <string_view>

#include "shared/catalogue/catalogue_pack.hpp"
#include "shared/catalogue/demo_catalogue.hpp"
#include "shared/catalogue/product_csv.hpp"
#include "shared/core/csv.hpp"
#include "shared/core/hash.hpp"
#include "shared/learning/lesson_pack.hpp"
#include "shared/orders/order_file.hpp"
#include "shared/storage/snapshot.hpp"

namespace hw::fuzz {

// A loaded state must save and load back equal.
inline bool SnapshotReloads(const AppData& data) {
  const std::string again = SnapshotBytes(data);
  const auto reloaded = LoadSnapshot(std::span(reinterpret_cast<const std::uint8_t*>(again.data()), again.size()));
  return reloaded.ok() && reloaded.value() == data;
}

// The input as a whole file, read from memory and as a stream (the two must agree),
// and as the payload of each compressed format inside a sound envelope, so that the
// parsers behind the checksum get fuzzed too.
inline bool Snapshot(std::span<const std::uint8_t> input) {
  const auto direct = LoadSnapshot(input);
  if (direct.ok() && !SnapshotReloads(direct.value())) return false;
  std::istringstream stream(std::string(reinterpret_cast<const char*>(input.data()), input.size()));
  const auto streamed = LoadSnapshot(stream);
  if (streamed.ok() != direct.ok() || (direct.ok() && !(streamed.value() == direct.value()))) return false;
  for (const std::uint32_t version : {2u, 3u}) {
    std::string wrapped = "HWSNAP\x1a\n";
    auto put = [&](std::uint64_t value, int bytes) {
      for (int i = 0; i < bytes; ++i) wrapped.push_back(static_cast<char>((value >> (8 * i)) & 0xFF));
    };
    put(version, 4);
    put(input.size(), 8);
    put(Crc32(input), 4);
    wrapped.append(reinterpret_cast<const char*>(input.data()), input.size());
    const auto inner = LoadSnapshot(std::span(reinterpret_cast<const std::uint8_t*>(wrapped.data()), wrapped.size()));
    if (inner.ok() && !SnapshotReloads(inner.value())) return false;
  }
  return true;
}

// The demo index and demo source formats (JSON too, fed the same inputs) read any
// text without crashing; an index that loads writes back equal.
inline bool DemoFormats(std::string_view text) {
  (void)ParseDemoGroup(text);
  const auto index = ParseDemoIndex(text);
  if (!index.ok()) return true;
  const auto again = ParseDemoIndex(DemoIndexJson(index.value()));
  return again.ok() && again.value().packs == index.value().packs;
}

inline bool CatalogueImport(std::string_view text) {
  if (!DemoFormats(text)) return false;
  const auto pack = ImportCataloguePack(text);
  if (!pack.ok()) return true;
  AppData data;
  ApplyCatalogue(data, pack.value());
  if (!DiffCatalogue(data, pack.value()).Empty()) return false;
  const auto again = ImportCataloguePack(ExportCataloguePack(data, pack.value().group.id, 0));
  return again.ok() && again.value().products == pack.value().products && again.value().group == pack.value().group;
}

inline bool OrderImport(std::string_view text) {
  const auto file = ImportOrderFile(text);
  if (!file.ok()) return true;
  const auto again = ImportOrderFile(ExportOrderFile(file.value().order, file.value().groupName, 0));
  if (!again.ok() || !(again.value().order == file.value().order)) return false;
  AppData data;
  return AddImportedOrder(data, file.value().order, 1) == OrderImport::Added &&
         AddImportedOrder(data, file.value().order, 2) == OrderImport::Duplicate;
}

inline bool ProductCsv(std::string_view text) {
  ProductCsvOptions options;
  options.groupId = "group";
  options.defaultCurrency = "INR";
  const auto result = ImportProductCsv(text, options);
  for (const Error& e : result.errors) {
    if (e.line == 0 && e.message != Msg::ErrFileEmpty && e.message != Msg::ErrFileTooLarge) return false;
  }
  // Whatever the reader accepts, the writer writes back to the same cells.
  const auto table = ReadCsv(text, ',');
  if (table.ok()) {
    const auto again = ReadCsv(WriteCsv(table.value().rows), ',');
    if (!again.ok()) return false;
    // The writer cannot express a row holding one empty cell (it is a blank line).
    std::vector<CsvRow> expected;
    for (const CsvRow& row : table.value().rows) {
      if (!(row.size() == 1 && row[0].empty())) expected.push_back(row);
    }
    if (again.value().rows != expected) return false;
  }
  return true;
}

// Whatever the importer accepts, the exporter writes back to the same courses.
inline bool LessonPackImport(std::string_view text) {
  const auto courses = ImportLessonPack(text);
  if (!courses.ok()) return true;
  const auto again = ImportLessonPack(ExportLessonPack(courses.value()));
  return again.ok() && again.value() == courses.value();
}

}  // namespace hw::fuzz
