#include "shared/orders/order_draft.hpp"

#include <algorithm>

#include "shared/catalogue/catalogue_text.hpp"
#include "shared/i18n/format.hpp"

namespace hw {
namespace {

// How many of the line's product the order's other lines ask for.
std::uint64_t OtherLinesOfProduct(const OrderRequest& order, std::size_t line) {
  std::uint64_t sum = 0;
  for (std::size_t i = 0; i < order.lines.size(); ++i)
    if (i != line && order.lines[i].productId == order.lines[line].productId) sum += order.lines[i].quantity;
  return sum;
}

}  // namespace

OrderRequest* DraftFor(AppData& data, const Id& groupId) {
  for (OrderRequest& order : data.orders)
    if (order.groupId == groupId && order.Status() == OrderStatus::Draft) return &order;
  return nullptr;
}

const OrderRequest* DraftFor(const AppData& data, const Id& groupId) {
  return DraftFor(const_cast<AppData&>(data), groupId);
}

std::uint32_t QuantityInOrder(const OrderRequest* order, const Id& productId) {
  std::uint64_t sum = 0;
  if (order)
    for (const OrderLine& line : order->lines)
      if (line.productId == productId) sum += line.quantity;
  return static_cast<std::uint32_t>(std::min<std::uint64_t>(sum, UINT32_MAX));
}

std::optional<std::uint32_t> ParseQuantity(std::string_view quantityText) {
  std::uint64_t quantity = 0;
  if (quantityText.empty() || quantityText.size() > 9) return std::nullopt;
  for (const char c : quantityText) {
    if (c < '0' || c > '9') return std::nullopt;
    quantity = quantity * 10 + static_cast<std::uint64_t>(c - '0');
  }
  if (quantity < 1 || quantity > Limits::kQuantity) return std::nullopt;
  return static_cast<std::uint32_t>(quantity);
}

std::optional<QuantityProblem> CheckQuantity(const AppData& data, const Product& product, const Variant* variant,
                                             std::string_view quantityText, Language language) {
  const std::optional<std::uint32_t> parsed = ParseQuantity(quantityText);
  if (!parsed) return QuantityProblem{Msg::ErrQuantityInvalid, ""};
  const std::uint64_t quantity = *parsed;
  const OrderRequest* draft = DraftFor(data, product.groupId);
  const std::uint64_t total = quantity + QuantityInOrder(draft, product.id);
  if (total < product.minOrder) {
    return QuantityProblem{Msg::ErrQuantityBelowMinimum, MinimumOrderText(product, language)};
  }
  if (product.availability == Availability::InStock) {
    const std::int64_t stock = variant ? variant->stock : product.stockOnHand;
    std::uint64_t sameLine = 0;
    if (draft)
      for (const OrderLine& line : draft->lines)
        if (line.productId == product.id && line.variantId == (variant ? variant->id : Id())) sameLine += line.quantity;
    if (static_cast<std::int64_t>(quantity + sameLine) > stock) {
      return QuantityProblem{Msg::ErrQuantityAboveStock, StockText(stock, language)};
    }
  }
  if (draft && !product.priceOnRequest && !draft->lines.empty() && product.price.currency != draft->currency) {
    return QuantityProblem{Msg::ErrCurrencyMismatch, draft->currency + " / " + product.price.currency};
  }
  return std::nullopt;
}

std::optional<QuantityProblem> CheckLineQuantity(const AppData& data, const OrderRequest& order, std::size_t line,
                                                 std::string_view quantityText, Language language) {
  const std::optional<std::uint32_t> quantity = ParseQuantity(quantityText);
  if (!quantity) return QuantityProblem{Msg::ErrQuantityInvalid, ""};
  if (line >= order.lines.size()) return std::nullopt;
  const OrderLine& orderLine = order.lines[line];
  const Product* product = data.FindProduct(orderLine.productId);
  if (!product) return std::nullopt;  // told by the order's own check (Validate)
  if (*quantity + OtherLinesOfProduct(order, line) < product->minOrder)
    return QuantityProblem{Msg::ErrQuantityBelowMinimum, MinimumOrderText(*product, language)};
  if (product->availability == Availability::InStock) {
    const Variant* variant = orderLine.variantId.empty() ? nullptr : product->FindVariant(orderLine.variantId);
    const std::int64_t stock = variant ? variant->stock : product->stockOnHand;
    if (static_cast<std::int64_t>(*quantity) > stock)
      return QuantityProblem{Msg::ErrQuantityAboveStock, StockText(stock, language)};
  }
  return std::nullopt;
}

QuantityRange LineQuantityRange(const AppData& data, const OrderRequest& order, std::size_t line) {
  QuantityRange range{1, Limits::kQuantity};
  if (line >= order.lines.size()) return range;
  const OrderLine& orderLine = order.lines[line];
  const Product* product = data.FindProduct(orderLine.productId);
  if (!product) return range;
  const std::uint64_t others = OtherLinesOfProduct(order, line);
  if (product->minOrder > others) range.lowest = static_cast<std::uint32_t>(product->minOrder - others);
  if (product->availability == Availability::InStock) {
    const Variant* variant = orderLine.variantId.empty() ? nullptr : product->FindVariant(orderLine.variantId);
    const std::int64_t stock = variant ? variant->stock : product->stockOnHand;
    range.highest = static_cast<std::uint32_t>(std::clamp<std::int64_t>(stock, 0, Limits::kQuantity));
  }
  return range;
}

ValidationErrors CheckBeforeSending(const AppData& data, const OrderRequest& order) {
  return Validate(order, data.products);
}

}  // namespace hw
