#include "shared/orders/orders_csv.hpp"

#include <cstdint>

#include "shared/core/csv.hpp"

namespace hw {

std::vector<std::string> OrdersCsvHeader() {
  return {"order id", "date",    "status",   "buyer",      "contact",    "group",    "sku",
          "product",  "variant", "quantity", "unit price", "line total", "currency", "notes"};
}

std::string ExportOrdersCsv(std::span<const OrderRequest> orders, const AppData& data, UtcOffset offset) {
  std::vector<CsvRow> rows;
  rows.push_back(OrdersCsvHeader());
  for (const OrderRequest& order : orders) {
    const ArtisanGroup* group = data.FindGroup(order.groupId);
    std::string buyer = order.buyer.name;
    if (!order.buyer.organisation.empty()) buyer += " (" + order.buyer.organisation + ")";
    std::string contact = order.buyer.phone;
    if (!order.buyer.email.empty()) contact += (contact.empty() ? "" : " / ") + order.buyer.email;
    const CsvRow common = {NeutraliseFormula(order.id),
                           FormatDate(LocalDay(order.CreatedAt(), offset)),
                           std::string(StatusName(order.Status())),
                           NeutraliseFormula(buyer),
                           NeutraliseFormula(contact),
                           NeutraliseFormula(group ? group->name : order.groupId)};
    auto emit = [&](const OrderLine* line) {
      CsvRow row = common;
      if (line) {
        row.push_back(NeutraliseFormula(line->sku));
        row.push_back(NeutraliseFormula(line->productName));
        row.push_back(NeutraliseFormula(line->variantLabel));
        row.push_back(std::to_string(line->quantity));
        const auto total = LineTotal(*line);
        row.push_back(line->priceOnRequest ? "" : FormatAmount(line->unitPriceMinor, order.currency));
        row.push_back(line->priceOnRequest || !total ? "" : FormatAmount(*total, order.currency));
      } else {
        row.insert(row.end(), 6, std::string());
      }
      row.push_back(NeutraliseFormula(order.currency));
      row.push_back(NeutraliseFormula(order.notes));
      rows.push_back(std::move(row));
    };
    if (order.lines.empty()) emit(nullptr);
    for (const OrderLine& line : order.lines) emit(&line);
  }
  return WriteCsv(rows);
}

std::optional<std::vector<OrderRequest>> SelectOrders(std::span<const OrderRequest* const> orders,
                                                      const OrdersCsvFilter& filter) {
  const std::optional<Timestamp> from =
      filter.from.empty() ? std::optional<Timestamp>(INT64_MIN) : ParseDate(filter.from);
  const std::optional<Timestamp> to = filter.to.empty() ? std::optional<Timestamp>(INT64_MAX) : ParseDate(filter.to);
  if (!from || !to) return std::nullopt;
  std::vector<OrderRequest> chosen;
  for (const OrderRequest* order : orders) {
    if (filter.status && order->Status() != *filter.status) continue;
    const Timestamp day = LocalDay(order->CreatedAt(), filter.offset);
    if (day < *from || day > *to) continue;
    chosen.push_back(*order);
  }
  return chosen;
}

}  // namespace hw
