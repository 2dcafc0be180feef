#include "shared/catalogue/product_csv.hpp"

#include <algorithm>
#include <charconv>
#include <map>
#include <set>

#include "shared/core/csv.hpp"
#include "shared/core/number.hpp"
#include "shared/core/validation.hpp"

namespace hw {
namespace {

std::string Trim(std::string_view text) {
  const auto first = text.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) return {};
  const auto last = text.find_last_not_of(" \t\r\n");
  return std::string(text.substr(first, last - first + 1));
}

std::string NormaliseHeader(std::string_view header) {
  std::string out;
  for (char c : Trim(header)) {
    if (c >= 'A' && c <= 'Z') out += static_cast<char>(c - 'A' + 'a');
    else if (c == ' ' || c == '-') out += '_';
    else out += c;
  }
  static constexpr std::pair<std::string_view, std::string_view> kAliases[] = {
      {"minimum_order", "min_order"}, {"min_order_quantity", "min_order"},
      {"moq", "min_order"},           {"lead_time", "lead_time_days"},
      {"stock_on_hand", "stock"},     {"unit_price", "price"},
      {"material", "materials"},      {"tag", "tags"}};
  for (const auto& [alias, name] : kAliases) {
    if (out == alias) return std::string(name);
  }
  return out;
}

std::vector<std::string> SplitList(std::string_view cell) {
  std::vector<std::string> out;
  std::string current;
  auto flush = [&]() {
    std::string item = Trim(current);
    if (!item.empty()) out.push_back(std::move(item));
    current.clear();
  };
  for (char c : cell) {
    if (c == ';' || c == '|' || c == ',') flush();
    else current += c;
  }
  flush();
  return out;
}

// Which column a model field came from, for validation errors.
std::string ColumnOf(std::string_view field) {
  const std::string_view head = field.substr(0, field.find_first_of(".["));
  if (field.rfind("price.currency", 0) == 0) return "currency";
  if (head == "minOrder") return "min_order";
  if (head == "leadTimeDays") return "lead_time_days";
  if (head == "stockOnHand") return "stock";
  if ((head == "name" || head == "description") && field.size() > head.size() + 1 && field[head.size()] == '.') {
    return std::string(head) + "_" + std::string(field.substr(head.size() + 1));
  }
  return std::string(head);
}

}  // namespace

ProductCsvImport ImportProductCsv(std::string_view text, const ProductCsvOptions& options) {
  ProductCsvImport result;
  auto table = ReadCsv(text);
  if (!table) {
    result.errors.push_back(table.error());
    return result;
  }
  const CsvTable& csv = table.value();
  if (csv.rows.empty()) {
    result.errors.push_back(Error{Msg::ErrFileEmpty});
    return result;
  }
  // Column name -> index; name_xx / description_xx carry a language.
  std::map<std::string, std::size_t> columns;
  std::vector<std::pair<std::string, std::size_t>> names, descriptions;
  const std::set<std::string_view> known = {"sku",      "category", "materials", "tags",           "price",
                                            "currency", "unit",     "min_order", "lead_time_days", "stock"};
  const CsvRow& header = csv.rows[0];
  for (std::size_t i = 0; i < header.size(); ++i) {
    const std::string name = NormaliseHeader(header[i]);
    if (name.empty()) continue;
    if (columns.count(name)) {
      result.errors.push_back(Error{Msg::ErrIdDuplicate, name, csv.lines[0], "column"});
      continue;
    }
    columns[name] = i;
    auto withLanguage = [&](std::string_view base, auto& list) {
      if (name == base) {
        list.emplace_back(options.defaultLanguage, i);
        return true;
      }
      if (name.size() > base.size() + 1 && name.compare(0, base.size(), base) == 0 && name[base.size()] == '_') {
        const std::string language = name.substr(base.size() + 1);
        if (IsLanguageCode(language)) {
          list.emplace_back(language, i);
          return true;
        }
      }
      return false;
    };
    if (withLanguage("name", names) || withLanguage("description", descriptions)) continue;
    if (!known.count(name)) result.warnings.push_back(Error{Msg::ErrCsvColumnUnknown, Trim(header[i]), csv.lines[0]});
  }
  if (!columns.count("sku")) result.errors.push_back(Error{Msg::ErrCsvColumnMissing, "sku", csv.lines[0]});
  if (names.empty()) result.errors.push_back(Error{Msg::ErrCsvColumnMissing, "name", csv.lines[0]});
  if (!result.errors.empty()) return result;

  std::set<std::string> seenSkus;
  for (std::size_t r = 1; r < csv.rows.size(); ++r) {
    const CsvRow& row = csv.rows[r];
    const std::size_t line = csv.lines[r];
    auto cell = [&](std::string_view column) -> std::string {
      const auto it = columns.find(std::string(column));
      if (it == columns.end() || it->second >= row.size()) return {};
      return Trim(row[it->second]);
    };
    if (std::all_of(row.begin(), row.end(), [](const std::string& c) { return Trim(c).empty(); })) continue;
    const std::size_t errorsBefore = result.errors.size();
    auto fail = [&](Msg message, std::string column, std::string detail = {}) {
      result.errors.push_back(Error{message, std::move(column), line, detail.substr(0, 80)});
    };

    const std::string sku = cell("sku");
    if (sku.empty()) {
      fail(Msg::ErrSkuMissing, "sku");
      continue;
    }
    if (!seenSkus.insert(sku).second) {
      fail(Msg::ErrSkuDuplicate, "sku", sku);
      continue;
    }
    const Id id = DerivedId(options.groupId, sku);
    Product product;
    const auto existing = std::find_if(options.existing.begin(), options.existing.end(), [&](const Product& p) {
      return p.id == id || (p.groupId == options.groupId && p.sku == sku);
    });
    if (existing != options.existing.end()) {
      product = *existing;
    } else {
      product.id = id;
      product.groupId = options.groupId;
    }
    product.sku = sku;
    product.updatedAt = options.now;
    for (const auto& [language, index] : names) {
      if (index < row.size() && !Trim(row[index]).empty()) product.name.Set(language, Trim(row[index]));
    }
    for (const auto& [language, index] : descriptions) {
      if (index < row.size() && !Trim(row[index]).empty()) product.description.Set(language, Trim(row[index]));
    }
    product.name.fallback = names.front().first;
    product.description.fallback = names.front().first;
    if (columns.count("category")) product.category = cell("category");
    if (columns.count("materials")) product.materials = SplitList(cell("materials"));
    if (columns.count("tags")) product.tags = SplitList(cell("tags"));
    if (columns.count("unit") && !cell("unit").empty()) product.unit = cell("unit");

    std::string currency = cell("currency");
    for (char& ch : currency) {
      if (ch >= 'a' && ch <= 'z') ch = static_cast<char>(ch - 'a' + 'A');
    }
    if (currency.empty()) currency = product.price.currency.empty() ? options.defaultCurrency : product.price.currency;
    if (!MinorDigits(currency)) fail(Msg::ErrCurrencyUnknown, "currency", currency);
    product.price.currency = currency;
    if (columns.count("price")) {
      std::string price = cell("price");
      std::string lower;
      for (char ch : price) lower += (ch >= 'A' && ch <= 'Z') ? static_cast<char>(ch - 'A' + 'a') : ch;
      if (price.empty() || lower == "on request") {
        product.priceOnRequest = true;
        product.price.minor = 0;
      } else if (MinorDigits(currency)) {
        const auto minor = ParseAmount(price, currency);
        if (!minor) fail(Msg::ErrPriceInvalid, "price", price);
        else if (*minor < 0) fail(Msg::ErrPriceNegative, "price", price);
        else {
          product.priceOnRequest = false;
          product.price.minor = *minor;
        }
      }
    }
    if (const std::string minOrder = cell("min_order"); !minOrder.empty()) {
      if (const auto n = ParseWhole<std::uint32_t>(minOrder)) product.minOrder = *n;
      else fail(Msg::ErrNumberInvalid, "min_order", minOrder);
    }
    const std::string stock = cell("stock");
    const std::string leadTime = cell("lead_time_days");
    if (!stock.empty()) {
      if (const auto n = ParseWhole<std::int64_t>(stock)) product.stockOnHand = *n;
      else fail(Msg::ErrNumberInvalid, "stock", stock);
      product.availability = Availability::InStock;
    }
    if (!leadTime.empty()) {
      if (const auto n = ParseWhole<std::uint32_t>(leadTime)) product.leadTimeDays = *n;
      else fail(Msg::ErrNumberInvalid, "lead_time_days", leadTime);
      if (stock.empty()) product.availability = Availability::MadeToOrder;
    }
    if (result.errors.size() == errorsBefore) {
      for (const ValidationError& v : Validate(product)) fail(v.message, ColumnOf(v.field), v.detail);
    }
    if (result.errors.size() == errorsBefore) result.products.push_back(std::move(product));
  }
  return result;
}

ProductCsvDiff DiffProductCsv(std::span<const Product> existing, const ProductCsvImport& import) {
  std::set<std::string_view> known;
  for (const Product& p : existing) known.insert(p.id);
  ProductCsvDiff diff;
  for (const Product& p : import.products) {
    const bool fresh = known.count(p.id) == 0;
    diff.isNew.push_back(fresh);
    ++(fresh ? diff.added : diff.changed);
  }
  return diff;
}

void ApplyProductCsv(AppData& data, const ProductCsvImport& import) {
  for (const Product& product : import.products) {
    auto it =
        std::find_if(data.products.begin(), data.products.end(), [&](const Product& p) { return p.id == product.id; });
    if (it != data.products.end()) *it = product;
    else data.products.push_back(product);
  }
}

}  // namespace hw
