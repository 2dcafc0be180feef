#pragma once
// One view per screen: free functions drawing from and changing the AppState.
#include "app/app_state.hpp"
#include "app/platform.hpp"

namespace hw {

// Banners above every screen: another tab is saving, saved data had to be restored.
bool HasNotices(const AppState& state);
void DrawNotices(AppState& state, Platform& platform);
void DrawHome(AppState& state);
// Every language, each named in its own script; choosing one applies it at once.
void DrawLanguageChoice(AppState& state);
// One sample line per script, drawn at a known size on white, for comparing with
// the browser's own rendering of the same fonts.
void DrawSamples(AppState& state);
// The language and how the app keeps its data on this device.
void DrawSettings(AppState& state, Platform& platform);
// A screen still being built: its title, a note and the way back home.
void DrawPlaceholder(AppState& state, Msg title);
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
// Learn until its screens exist: the courses on the device, with their lesson counts.
void DrawLearnPlaceholder(AppState& state);

}  // namespace hw
