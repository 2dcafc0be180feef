#include "app/shop/shop_orders.hpp"

#include <span>

#include "shared/orders/order_file.hpp"
#include "shared/orders/order_message.hpp"
#include "shared/orders/orders_csv.hpp"

namespace hw {

Id AddToDraft(AppState& state, const Product& product, const Id& variantId, std::uint32_t quantity, Timestamp now) {
  AppData& data = state.data;
  OrderRequest* draft = DraftFor(data, product.groupId);
  if (!draft) {
    const ArtisanGroup* group = data.FindGroup(product.groupId);
    if (!group) return {};
    const std::string currency =
        !product.price.currency.empty() ? product.price.currency : data.settings.preferredCurrency;
    data.orders.push_back(NewOrder(NewRandomId(), *group, ActiveBuyerDetails(state), currency, now));
    draft = &data.orders.back();
  }
  if (draft->lines.empty() && !product.priceOnRequest) draft->currency = product.price.currency;
  AddLine(*draft, product, variantId, quantity, Info(state.language).code);
  state.Changed();
  return draft->id;
}

std::vector<SharedFile> OrderFiles(const AppData& data, const OrderRequest& order, Timestamp now, UtcOffset offset) {
  const ArtisanGroup* group = data.FindGroup(order.groupId);
  const std::string json = ExportOrderFile(order, group ? group->name : std::string(), now);
  const std::string csv = ExportOrdersCsv(std::span<const OrderRequest>(&order, 1), data, offset);
  const std::string stem = OrderFileStem(order, order.history.empty() ? now : order.history.back().at, offset);
  return {{stem + ".json", "application/json", {json.begin(), json.end()}},
          {stem + ".csv", "text/csv", {csv.begin(), csv.end()}}};
}

void SendOrder(AppState& state, Platform& platform, OrderRequest& order) {
  const Timestamp now = platform.Now();
  if (order.ChangeStatus(OrderStatus::Sent, now)) return;
  ActiveBuyerDetails(state) = order.buyer;  // remembered for the next order request
  state.Changed();
  for (const SharedFile& file : OrderFiles(state.data, order, now, platform.TimeZoneOffset()))
    platform.Download(file.name, file.mimeType, file.bytes);
}

void ReceiveOrderReply(AppState& state, Platform&, const IncomingFile& file) {
  const auto tell = [&](Msg message, std::string detail) {
    state.notice = message;
    state.noticeDetail = std::move(detail);
  };
  if (!file.error.empty()) {
    tell(Msg::MyOrdersReplyNotRead, file.name + ": " + file.error);
    return;
  }
  Result<OrderFile> reply =
      ImportOrderFile(std::string_view(reinterpret_cast<const char*>(file.bytes.data()), file.bytes.size()));
  if (!reply) {
    tell(Msg::MyOrdersReplyNotRead, file.name + ": " + Describe(reply.error(), state.language));
    return;
  }
  switch (ApplyReply(state.data, reply.value().order)) {
    case ReplyOutcome::UnknownOrder: tell(Msg::MyOrdersReplyUnknown, file.name); return;
    case ReplyOutcome::NotNewer: tell(Msg::MyOrdersReplyNotNewer, file.name); return;
    case ReplyOutcome::Updated: break;
  }
  state.Changed();
  tell(Msg::MyOrdersReplyUpdated, std::string(Tr(state.language, Msg::OrderStatus)) + ": " +
                                      std::string(Tr(state.language, StatusMsg(reply.value().order.Status()))));
}

}  // namespace hw
