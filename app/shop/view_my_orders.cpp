// My orders: the buyer's order requests on this device, newest first, each with its
// group, status and total; a group's reply (an order file) updates its request.
#include <imgui.h>

#include <algorithm>

#include "app/shop/shop.hpp"
#include "app/shop/shop_orders.hpp"
#include "app/shop/shop_widgets.hpp"
#include "app/ui/theme.hpp"
#include "app/ui/widget_registry.hpp"
#include "app/ui/widgets.hpp"
#include "shared/i18n/format.hpp"

namespace hw {

void DrawMyOrders(AppState& state, Platform& platform) {
  const ScrollKeeper scroll(state);
  const Language lang = state.language;
  if (TouchButton("nav.back", Tr(lang, Msg::Back))) state.screen = Screen::Shop;
  Heading(Tr(lang, Msg::ShopMyOrders));
  if (TouchButton("myorders.reply", Tr(lang, Msg::MyOrdersImportReply))) {
    platform.ChooseFile(FilePurpose::OrderReply, ".json,application/json");
  }
  // A group this device sells for keeps its received orders in its inbox, not here.
  std::vector<const OrderRequest*> mine;
  for (const OrderRequest& order : state.data.orders) {
    const ArtisanGroup* group = state.data.FindGroup(order.groupId);
    if (group && group->sellerPin) continue;
    if (order.Status() == OrderStatus::Draft && order.lines.empty()) continue;
    mine.push_back(&order);
  }
  std::stable_sort(mine.begin(), mine.end(),
                   [](const OrderRequest* a, const OrderRequest* b) { return a->CreatedAt() > b->CreatedAt(); });
  if (mine.empty()) {
    const std::string none(Tr(lang, Msg::MyOrdersNone));
    Say(none, "myorders.none");
  }
  Id open;
  for (const OrderRequest* order : mine) {
    const ArtisanGroup* group = state.data.FindGroup(order->groupId);
    const std::string title =
        std::string(Tr(lang, StatusMsg(order->Status()))) + ": " + (group ? group->name : order->groupId);
    std::string hint = FormatDay(lang, platform.LocalDayOf(order->CreatedAt())) + " \xC2\xB7 " +
                       FormatMoney(lang, {OrderTotal(*order).value_or(0), order->currency});
    if (HasLinesOnRequest(*order)) hint += " " + std::string(Tr(lang, Msg::OrderPlusOnRequest));
    const std::string id = "myorders.order." + order->id;
    if (EntryCard(id.c_str(), title, hint)) open = order->id;
  }
  if (!open.empty()) OpenOrder(state, open);
}

}  // namespace hw
