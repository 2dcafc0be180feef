#pragma once
// Orders as CSV for a group's books: one row per order line (an order without
// lines still gets one row), RFC 4180, UTF-8, text cells neutralised against
// spreadsheet formulas.
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "shared/model.hpp"

namespace hw {

// The header row's column names, in order.
std::vector<std::string> OrdersCsvHeader();

// The "date" column is each order's day where the device is (`offset` from UTC).
std::string ExportOrdersCsv(std::span<const OrderRequest> orders, const AppData& data, UtcOffset offset);

// Which orders an export takes: those of one status (or of any), made on the days from
// `from` to `to` ("YYYY-MM-DD", both included; empty: no limit), days where the device
// is (`offset` from UTC).
struct OrdersCsvFilter {
  std::optional<OrderStatus> status;
  std::string from, to;
  UtcOffset offset = 0;
};
// The orders the filter keeps, in their order; nullopt when a day is not a date.
std::optional<std::vector<OrderRequest>> SelectOrders(std::span<const OrderRequest* const> orders,
                                                      const OrdersCsvFilter& filter);

}  // namespace hw
