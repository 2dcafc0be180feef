#include "shared/orders/order_file.hpp"

#include "shared/core/json_file.hpp"
#include "shared/core/utf8.hpp"
#include "shared/core/validation.hpp"

namespace hw {

std::string ExportOrderFile(const OrderRequest& order, std::string_view groupName, Timestamp now) {
  OrderFile file;
  file.exportedAt = now;
  file.groupName = std::string(groupName);
  file.order = order;
  return SaveJson("orderRequest", file);
}

Result<OrderFile> ImportOrderFile(std::string_view json) {
  OrderFile file;
  if (auto error = LoadJsonFile(json, "orderRequest", file)) return *error;
  if (file.groupName.size() > Limits::kNameBytes) return Error{Msg::ErrTextTooLong, "groupName", 0};
  if (!IsValidUtf8(file.groupName)) return Error{Msg::ErrTextNotUtf8, "groupName", 0};
  if (auto errors = ValidateShape(file.order); !errors.empty()) {
    const ValidationError& first = errors.front();
    return Error{first.message, "order." + first.field, 0, first.detail};
  }
  return file;
}

OrderImport AddImportedOrder(AppData& data, OrderRequest order, Timestamp now) {
  if (data.FindOrder(order.id)) return OrderImport::Duplicate;
  if (order.Status() == OrderStatus::Sent) (void)order.ChangeStatus(OrderStatus::Received, now);
  data.orders.push_back(std::move(order));
  return OrderImport::Added;
}

}  // namespace hw
