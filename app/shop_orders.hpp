#pragma once
// The buyer's order requests: one draft per artisan group, filled from product
// pages, sent as files (JSON and CSV) with a readable summary, and updated when the
// group's reply is imported.
#include <optional>
#include <string>
#include <vector>

#include "app/app_state.hpp"
#include "app/platform.hpp"
#include "shared/validation.hpp"

namespace hw {

// The draft order request for `groupId`, or null when there is none yet.
OrderRequest* DraftFor(AppData& data, const Id& groupId);
// How many of `productId` (all variants) `order` already asks for.
std::uint32_t QuantityInOrder(const OrderRequest* order, const Id& productId);

// Why `quantity` of `product` cannot be added to its group's draft (which already
// holds `already` of it), with the detail a person needs; nullopt when it can.
struct QuantityProblem {
  Msg message;
  std::string detail;  // "Minimum order: 2"
};
std::optional<QuantityProblem> CheckQuantity(const AppData& data, const Product& product, const Variant* variant,
                                             std::string_view quantityText, Language language);

// The number in `quantityText` (digits only, 1 to Limits::kQuantity); nullopt otherwise.
std::optional<std::uint32_t> ParseQuantity(std::string_view quantityText);

// Why line `line` of the draft `order` cannot ask for `quantityText`: the same
// messages and details as the product page (minimum order over all the product's
// lines, the variant's or product's stock); nullopt when it can.
std::optional<QuantityProblem> CheckLineQuantity(const AppData& data, const OrderRequest& order, std::size_t line,
                                                 std::string_view quantityText, Language language);
// What the stepper keeps line `line` within: from the product's minimum (less what
// its other lines ask for) up to the stock, or Limits::kQuantity when made to order.
struct QuantityRange {
  std::uint32_t lowest = 1, highest = 1;
};
QuantityRange LineQuantityRange(const AppData& data, const OrderRequest& order, std::size_t line);

// Adds the line to the group's draft (made with the remembered buyer details when
// there is none) and returns the draft's id.
Id AddToDraft(AppState& state, const Product& product, const Id& variantId, std::uint32_t quantity, Timestamp now);

// What must be fixed before the order can be sent: the order's own rules and the
// catalogue's (minimum order, stock, products still offered).
ValidationErrors CheckBeforeSending(const AppData& data, const OrderRequest& order);
// Marks the order sent, remembers the buyer's details on the device, and saves the
// order file (JSON) and its CSV through the platform.
void SendOrder(AppState& state, Platform& platform, OrderRequest& order);
// The order file and the CSV, as they are downloaded and shared.
std::vector<SharedFile> OrderFiles(const AppData& data, const OrderRequest& order, Timestamp now);

// A short text a person can read in a chat or an e-mail, in `language`.
std::string OrderSummary(const AppData& data, const OrderRequest& order, Language language);
// wa.me and mailto: links to the order's group with the summary; "" when the group
// has no WhatsApp/phone number or e-mail.
std::string WhatsAppLink(const AppData& data, const OrderRequest& order, Language language);
std::string EmailLink(const AppData& data, const OrderRequest& order, Language language);

Msg StatusLabel(OrderStatus status);

// The group's reply (an order file with a newer status) updates the order it
// answers. Tells the person what happened through state.notice.
inline constexpr const char* kOrderReplyPurpose = "order.reply";
bool HandleOrderReply(AppState& state, const IncomingFile& file);

}  // namespace hw
