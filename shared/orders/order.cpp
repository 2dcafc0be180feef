#include "shared/orders/order.hpp"

#include <array>

#include <set>
#include "shared/core/money.hpp"

namespace hw {

namespace {
constexpr std::array<std::string_view, static_cast<std::size_t>(OrderStatus::Count)> kStatusNames = {
    "draft", "sent", "received", "accepted", "declined", "in production", "shipped", "completed", "cancelled"};
}

std::string_view StatusName(OrderStatus status) {
  const auto index = static_cast<std::size_t>(status);
  return index < kStatusNames.size() ? kStatusNames[index] : std::string_view("unknown");
}

std::optional<OrderStatus> StatusFromName(std::string_view name) {
  for (std::size_t i = 0; i < kStatusNames.size(); ++i) {
    if (kStatusNames[i] == name) return static_cast<OrderStatus>(i);
  }
  return std::nullopt;
}

Msg StatusMsg(OrderStatus status) {
  static constexpr Msg kLabels[] = {Msg::OrderStatusDraft,    Msg::OrderStatusSent,      Msg::OrderStatusReceived,
                                    Msg::OrderStatusAccepted, Msg::OrderStatusDeclined,  Msg::OrderStatusInProduction,
                                    Msg::OrderStatusShipped,  Msg::OrderStatusCompleted, Msg::OrderStatusCancelled};
  static_assert(std::size(kLabels) == static_cast<std::size_t>(OrderStatus::Count));
  const auto index = static_cast<std::size_t>(status);
  return index < std::size(kLabels) ? kLabels[index] : Msg::OrderStatusCancelled;
}

bool IsFinal(OrderStatus status) {
  return status == OrderStatus::Declined || status == OrderStatus::Completed || status == OrderStatus::Cancelled;
}

bool CanChangeStatus(OrderStatus from, OrderStatus to) {
  using S = OrderStatus;
  if (to == S::Cancelled) {
    return from == S::Draft || from == S::Sent || from == S::Received || from == S::Accepted || from == S::InProduction;
  }
  switch (from) {
    case S::Draft: return to == S::Sent;
    case S::Sent: return to == S::Received;
    case S::Received: return to == S::Accepted || to == S::Declined;
    case S::Accepted: return to == S::InProduction;
    case S::InProduction: return to == S::Shipped;
    case S::Shipped: return to == S::Completed;
    default: return false;
  }
}

std::optional<Msg> OrderRequest::ChangeStatus(OrderStatus to, Timestamp at) {
  if (!CanChangeStatus(Status(), to)) return Msg::ErrStatusChangeNotAllowed;
  history.push_back({to, at, {}});
  return std::nullopt;
}

std::optional<std::int64_t> LineTotal(const OrderLine& line) {
  if (line.priceOnRequest) return 0;
  return CheckedMul(line.unitPriceMinor, static_cast<std::int64_t>(line.quantity));
}

std::optional<std::int64_t> OrderTotal(const OrderRequest& order) {
  std::int64_t total = 0;
  for (const OrderLine& line : order.lines) {
    const auto lineTotal = LineTotal(line);
    if (!lineTotal) return std::nullopt;
    const auto sum = CheckedAdd(total, *lineTotal);
    if (!sum) return std::nullopt;
    total = *sum;
  }
  return total;
}

bool HasLinesOnRequest(const OrderRequest& order) {
  return std::any_of(order.lines.begin(), order.lines.end(), [](const OrderLine& l) { return l.priceOnRequest; });
}

OrderRequest NewOrder(Id id, const ArtisanGroup& group, Buyer buyer, std::string currency, Timestamp now) {
  OrderRequest order;
  order.id = std::move(id);
  order.groupId = group.id;
  order.buyer = std::move(buyer);
  order.currency = std::move(currency);
  order.history.push_back({OrderStatus::Draft, now, {}});
  return order;
}

void AddLine(OrderRequest& order, const Product& product, std::string_view variantId, std::uint32_t quantity,
             std::string_view language) {
  for (OrderLine& line : order.lines) {
    if (line.productId == product.id && line.variantId == variantId) {
      const std::uint64_t sum = std::uint64_t{line.quantity} + quantity;
      line.quantity = sum > UINT32_MAX ? UINT32_MAX : static_cast<std::uint32_t>(sum);
      return;
    }
  }
  const Variant* variant = product.FindVariant(variantId);
  OrderLine line;
  line.productId = product.id;
  line.variantId = variant ? variant->id : Id();
  line.sku = variant && !variant->sku.empty() ? variant->sku : product.sku;
  line.productName = std::string(product.name.Get(language));
  if (variant) line.variantLabel = std::string(variant->label.Get(language));
  const auto price = product.UnitPrice(variant);
  line.priceOnRequest = !price.has_value();
  line.unitPriceMinor = price.value_or(0);
  line.quantity = quantity;
  order.lines.push_back(std::move(line));
}

ValidationErrors ValidateShape(const OrderRequest& order) {
  FieldChecker c;
  c.IdField("id", order.id);
  c.IdField("groupId", order.groupId);
  c.Required("buyer.name", order.buyer.name, Limits::kNameBytes);
  c.Length("buyer.organisation", order.buyer.organisation, Limits::kNameBytes);
  c.Length("buyer.deliveryPlace", order.buyer.deliveryPlace, Limits::kNameBytes);
  if (!order.buyer.phone.empty() && !LooksLikePhone(order.buyer.phone)) c.Add("buyer.phone", Msg::ErrPhoneInvalid);
  if (!order.buyer.email.empty() && !LooksLikeEmail(order.buyer.email)) c.Add("buyer.email", Msg::ErrEmailInvalid);
  c.Length("buyer.email", order.buyer.email, Limits::kNameBytes);
  if (order.buyer.phone.empty() && order.buyer.email.empty()) c.Add("buyer", Msg::ErrContactMissing);
  if (!order.buyer.country.empty() && !IsCountryCode(order.buyer.country))
    c.Add("buyer.country", Msg::ErrCountryInvalid);
  if (!MinorDigits(order.currency)) c.Add("currency", Msg::ErrCurrencyUnknown, order.currency.substr(0, 10));
  c.Length("notes", order.notes, Limits::kLongTextBytes);
  if (order.lines.empty()) c.Add("lines", Msg::ErrOrderEmpty);
  c.Count("lines", order.lines.size(), Limits::kOrderLines);
  for (std::size_t i = 0; i < order.lines.size(); ++i) {
    const OrderLine& line = order.lines[i];
    const std::string base = At("lines", i);
    c.IdField(base + ".productId", line.productId);
    if (!line.variantId.empty()) c.IdField(base + ".variantId", line.variantId);
    c.Length(base + ".sku", line.sku, Limits::kShortTextBytes);
    c.Required(base + ".productName", line.productName, Limits::kNameBytes);
    c.Length(base + ".variantLabel", line.variantLabel, Limits::kNameBytes);
    if (line.quantity < 1 || line.quantity > Limits::kQuantity) c.Add(base + ".quantity", Msg::ErrQuantityInvalid);
    if (line.unitPriceMinor < 0) c.Add(base + ".unitPrice", Msg::ErrPriceNegative);
    if (line.unitPriceMinor > Limits::kPriceMinor) c.Add(base + ".unitPrice", Msg::ErrPriceTooLarge);
  }
  if (!OrderTotal(order)) c.Add("lines", Msg::ErrTotalTooLarge);
  if (order.history.empty() || order.history.front().status != OrderStatus::Draft) {
    c.Add("history", Msg::ErrStatusChangeNotAllowed);
  }
  for (std::size_t i = 0; i < order.history.size(); ++i)
    c.Length(At("history", i) + ".note", order.history[i].note, Limits::kLongTextBytes);
  for (std::size_t i = 1; i < order.history.size(); ++i) {
    if (!CanChangeStatus(order.history[i - 1].status, order.history[i].status)) {
      c.Add(At("history", i), Msg::ErrStatusChangeNotAllowed, std::string(StatusName(order.history[i].status)));
    }
  }
  return c.errors;
}

ValidationErrors Validate(const OrderRequest& order, std::span<const Product> products) {
  FieldChecker c;
  c.errors = ValidateShape(order);
  for (std::size_t i = 0; i < order.lines.size(); ++i) {
    const OrderLine& line = order.lines[i];
    const std::string base = At("lines", i);
    const auto found =
        std::find_if(products.begin(), products.end(), [&](const Product& p) { return p.id == line.productId; });
    if (found == products.end()) {
      c.Add(base + ".productId", Msg::ErrProductUnknown, line.sku);
      continue;
    }
    const Product& product = *found;
    if (product.groupId != order.groupId) c.Add(base + ".productId", Msg::ErrProductOtherGroup, line.sku);
    if (product.archived) c.Add(base + ".productId", Msg::ErrProductArchived, line.sku);
    if (!product.priceOnRequest && product.price.currency != order.currency) {
      c.Add(base + ".currency", Msg::ErrCurrencyMismatch, product.price.currency);
    }
    const Variant* variant = nullptr;
    if (!line.variantId.empty()) {
      variant = product.FindVariant(line.variantId);
      if (!variant) c.Add(base + ".variantId", Msg::ErrVariantUnknown, line.sku);
    }
    // The minimum applies to the product as a whole, summed over its variants.
    std::uint64_t productQuantity = 0;
    for (const OrderLine& other : order.lines) {
      if (other.productId == line.productId) productQuantity += other.quantity;
    }
    if (productQuantity < product.minOrder) {
      c.Add(base + ".quantity", Msg::ErrQuantityBelowMinimum, std::to_string(product.minOrder));
    }
    if (product.availability == Availability::InStock) {
      const std::int64_t stock = variant ? variant->stock : product.stockOnHand;
      if (static_cast<std::int64_t>(line.quantity) > stock)
        c.Add(base + ".quantity", Msg::ErrQuantityAboveStock, std::to_string(stock));
    }
  }
  return c.errors;
}

}  // namespace hw
