#pragma once
// The buyer's screens: the Shop, a product, an order request, My orders and the
// import of a catalogue pack. Each is drawn by its own view_*.cpp in this folder.
#include "app/app_state.hpp"
#include "app/platform.hpp"

namespace hw {

// The buyer's Shop: search, groups, categories, filters and the product cards.
void DrawShop(AppState& state, Platform& platform);
// A product's page, opened with OpenProduct.
void OpenProduct(AppState& state, const Id& productId);
void DrawProduct(AppState& state, Platform& platform);
// An order request (draft or sent), opened with OpenOrder.
void OpenOrder(AppState& state, const Id& orderId);
void DrawOrderRequest(AppState& state, Platform& platform);
// The buyer's order requests and their statuses.
void DrawMyOrders(AppState& state, Platform& platform);
// The buyer adds a catalogue pack from a file or a link, after seeing what it holds.
void DrawCatalogueImport(AppState& state, Platform& platform);
void ReceiveCataloguePack(AppState& state, Platform& platform, const IncomingFile& file);

}  // namespace hw
