#pragma once
// Products from a spreadsheet a group already keeps. One row per product; columns
// (header names are case-insensitive, spaces or hyphens count as "_"):
//   sku (required), name or name_<lang> (at least one), description[_<lang>],
//   category, materials, tags (lists separated by ; | or ,), price (empty or
//   "on request" for price on request), currency, unit, min_order,
//   lead_time_days (made to order) or stock (in stock).
// A row with errors is skipped and each error names its line and column.
#include <cstddef>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "shared/core/result.hpp"
#include "shared/model.hpp"

namespace hw {

struct ProductCsvOptions {
  Id groupId;
  std::string defaultCurrency = "USD";  // when there is no currency column or cell
  std::string defaultLanguage = "en";   // the language of plain "name"/"description"
  Timestamp now = 0;
  // The group's current products: a row with a known SKU updates that product,
  // keeping its photos and variants.
  std::span<const Product> existing;
};

struct ProductCsvImport {
  std::vector<Product> products;  // product ids derive from group id and SKU
  std::vector<Error> errors;      // line and column of each problem
  std::vector<Error> warnings;    // e.g. columns that are not used
  bool ok() const { return errors.empty(); }
};

ProductCsvImport ImportProductCsv(std::string_view text, const ProductCsvOptions& options);

// What applying an import to the group's catalogue (`existing`, as in the options)
// would do: for each imported product, whether it is new; and the counts.
struct ProductCsvDiff {
  std::vector<bool> isNew;  // one per ProductCsvImport::products
  std::size_t added = 0, changed = 0;
};
ProductCsvDiff DiffProductCsv(std::span<const Product> existing, const ProductCsvImport& import);
// Adds the new products and replaces those with the same id; nothing else changes.
void ApplyProductCsv(AppData& data, const ProductCsvImport& import);

}  // namespace hw
