#pragma once
// Orders as CSV for a group's books: one row per order line (an order without
// lines still gets one row), RFC 4180, UTF-8, text cells neutralised against
// spreadsheet formulas.
#include <span>
#include <string>
#include <vector>

#include "shared/model.hpp"

namespace hw {

// The header row's column names, in order.
std::vector<std::string> OrdersCsvHeader();

std::string ExportOrdersCsv(std::span<const OrderRequest> orders, const AppData& data);

}  // namespace hw
