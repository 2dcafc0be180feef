#pragma once
// The buyer's order requests while they are drafts: one draft per artisan group, the
// quantities the catalogue allows (minimum order over all of a product's lines, the
// stock of what is in stock), and what must be fixed before a draft can be sent.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "shared/core/validation.hpp"
#include "shared/i18n/i18n.hpp"
#include "shared/model.hpp"

namespace hw {

// The draft order request for `groupId`, or null when there is none yet.
OrderRequest* DraftFor(AppData& data, const Id& groupId);
const OrderRequest* DraftFor(const AppData& data, const Id& groupId);
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

// What must be fixed before the order can be sent: the order's own rules and the
// catalogue's (minimum order, stock, products still offered).
ValidationErrors CheckBeforeSending(const AppData& data, const OrderRequest& order);

}  // namespace hw
