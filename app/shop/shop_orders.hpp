#pragma once
// The buyer's order requests on the phone: lines added to the group's draft from
// product pages, sending (the order file and its CSV, downloaded or shared), and the
// group's reply. The rules themselves are in shared/orders/ (order_draft.hpp,
// order_message.hpp).
#include <vector>

#include "app/app_state.hpp"
#include "app/platform.hpp"
#include "shared/orders/order_draft.hpp"
#include "shared/orders/order_message.hpp"

namespace hw {

// Adds the line to the group's draft (made with the remembered buyer details when
// there is none) and returns the draft's id.
Id AddToDraft(AppState& state, const Product& product, const Id& variantId, std::uint32_t quantity, Timestamp now);

// Marks the order sent, remembers the buyer's details on the device, and saves the
// order file (JSON) and its CSV through the platform.
void SendOrder(AppState& state, Platform& platform, OrderRequest& order);
// The order file and the CSV, as they are downloaded and shared.
std::vector<SharedFile> OrderFiles(const AppData& data, const OrderRequest& order, Timestamp now, UtcOffset offset);

// The group's reply (an order file with a newer status) updates the order it
// answers. Tells the person what happened through state.notice.
void ReceiveOrderReply(AppState& state, Platform& platform, const IncomingFile& file);

}  // namespace hw
