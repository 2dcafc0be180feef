#include "app/shop_orders.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <random>
#include <span>

#include "app/shop_widgets.hpp"
#include "shared/format.hpp"
#include "shared/order_file.hpp"
#include "shared/orders_csv.hpp"

namespace hw {
namespace {

// Order ids are made on this device: 128 random bits (crypto.getRandomValues in a
// browser, through std::random_device).
Id RandomId() {
  std::random_device device;
  std::array<std::uint8_t, 16> entropy{};
  for (std::size_t i = 0; i < entropy.size(); i += 4) {
    const std::uint32_t bits = device();
    for (std::size_t b = 0; b < 4; ++b) entropy[i + b] = static_cast<std::uint8_t>(bits >> (8 * b));
  }
  return NewId(entropy);
}

std::string PercentEncode(std::string_view text) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (const unsigned char c : text) {
    if (std::isalnum(c) || c == '-' || c == '_' || c == '.' || c == '~') {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 15];
    }
  }
  return out;
}

// "order-2026-01-01-1a2b3c4d": the date and the start of the id, safe in file names.
std::string FileStem(const OrderRequest& order, Timestamp now) {
  return "order-" + FormatDate(now) + "-" + order.id.substr(0, 8);
}

std::string MinimumDetail(const Product& product, Language language) {
  return std::string(Tr(language, Msg::ShopMinOrder)) + ": " + FormatNumber(language, product.minOrder) + " " +
         std::string(UnitName(language, product.unit));
}

std::string StockDetail(std::int64_t stock, Language language) {
  return std::string(Tr(language, Msg::ShopStockLeft)) + ": " + FormatNumber(language, stock);
}

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
  const OrderRequest* draft = DraftFor(const_cast<AppData&>(data), product.groupId);
  const std::uint64_t total = quantity + QuantityInOrder(draft, product.id);
  if (total < product.minOrder) {
    return QuantityProblem{Msg::ErrQuantityBelowMinimum, MinimumDetail(product, language)};
  }
  if (product.availability == Availability::InStock) {
    const std::int64_t stock = variant ? variant->stock : product.stockOnHand;
    std::uint64_t sameLine = 0;
    if (draft)
      for (const OrderLine& line : draft->lines)
        if (line.productId == product.id && line.variantId == (variant ? variant->id : Id())) sameLine += line.quantity;
    if (static_cast<std::int64_t>(quantity + sameLine) > stock) {
      return QuantityProblem{Msg::ErrQuantityAboveStock, StockDetail(stock, language)};
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
    return QuantityProblem{Msg::ErrQuantityBelowMinimum, MinimumDetail(*product, language)};
  if (product->availability == Availability::InStock) {
    const Variant* variant = orderLine.variantId.empty() ? nullptr : product->FindVariant(orderLine.variantId);
    const std::int64_t stock = variant ? variant->stock : product->stockOnHand;
    if (static_cast<std::int64_t>(*quantity) > stock) return QuantityProblem{Msg::ErrQuantityAboveStock, StockDetail(stock, language)};
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

Id AddToDraft(AppState& state, const Product& product, const Id& variantId, std::uint32_t quantity, Timestamp now) {
  AppData& data = state.data;
  OrderRequest* draft = DraftFor(data, product.groupId);
  if (!draft) {
    const ArtisanGroup* group = data.FindGroup(product.groupId);
    if (!group) return {};
    const std::string currency = !product.price.currency.empty() ? product.price.currency : data.settings.preferredCurrency;
    data.orders.push_back(NewOrder(RandomId(), *group, ActiveBuyerDetails(state), currency, now));
    draft = &data.orders.back();
  }
  if (draft->lines.empty() && !product.priceOnRequest) draft->currency = product.price.currency;
  AddLine(*draft, product, variantId, quantity, Info(state.language).code);
  state.Changed();
  return draft->id;
}

ValidationErrors CheckBeforeSending(const AppData& data, const OrderRequest& order) {
  return Validate(order, data.products);
}

std::vector<SharedFile> OrderFiles(const AppData& data, const OrderRequest& order, Timestamp now) {
  const ArtisanGroup* group = data.FindGroup(order.groupId);
  const std::string json = ExportOrderFile(order, group ? group->name : std::string(), now);
  const std::string csv = ExportOrdersCsv(std::span<const OrderRequest>(&order, 1), data);
  const std::string stem = FileStem(order, order.history.empty() ? now : order.history.back().at);
  return {{stem + ".json", "application/json", {json.begin(), json.end()}},
          {stem + ".csv", "text/csv", {csv.begin(), csv.end()}}};
}

void SendOrder(AppState& state, Platform& platform, OrderRequest& order) {
  const Timestamp now = platform.Now();
  if (order.ChangeStatus(OrderStatus::Sent, now)) return;
  ActiveBuyerDetails(state) = order.buyer;  // remembered for the next order request
  state.Changed();
  for (const SharedFile& file : OrderFiles(state.data, order, now)) platform.Download(file.name, file.mimeType, file.bytes);
}

std::string OrderSummary(const AppData& data, const OrderRequest& order, Language language) {
  const ArtisanGroup* group = data.FindGroup(order.groupId);
  std::string text = std::string(Tr(language, Msg::OrderSummaryIntro));
  if (group) text += " - " + group->name;
  text += "\n";
  for (const OrderLine& line : order.lines) {
    text += "- " + FormatNumber(language, line.quantity) + " x " + line.productName;
    if (!line.variantLabel.empty()) text += " (" + line.variantLabel + ")";
    if (!line.sku.empty()) text += " [" + line.sku + "]";
    text += line.priceOnRequest ? ": " + std::string(Tr(language, Msg::ShopPriceOnRequest))
                                : ": " + FormatMoney(language, {LineTotal(line).value_or(0), order.currency});
    text += "\n";
  }
  text += std::string(Tr(language, Msg::OrderTotal)) + ": " +
          FormatMoney(language, {OrderTotal(order).value_or(0), order.currency});
  if (HasLinesOnRequest(order)) text += " " + std::string(Tr(language, Msg::OrderPlusOnRequest));
  text += "\n";
  if (order.neededBy) text += std::string(Tr(language, Msg::OrderNeededBy)) + ": " + FormatDay(language, *order.neededBy) + "\n";
  const Buyer& b = order.buyer;
  text += std::string(Tr(language, Msg::OrderSummaryBuyer)) + ": " + b.name;
  for (const std::string* part : {&b.organisation, &b.phone, &b.email, &b.deliveryPlace, &b.country})
    if (!part->empty()) text += ", " + *part;
  text += "\n";
  if (!order.notes.empty()) text += order.notes + "\n";
  text += Tr(language, Msg::OrderSummaryFile);
  return text;
}

std::string WhatsAppLink(const AppData& data, const OrderRequest& order, Language language) {
  const ArtisanGroup* group = data.FindGroup(order.groupId);
  if (!group) return {};
  const std::string& number = !group->contacts.whatsapp.empty() ? group->contacts.whatsapp : group->contacts.phone;
  std::string digits;
  for (const char c : number)
    if (c >= '0' && c <= '9') digits += c;
  if (digits.empty()) return {};
  return "https://wa.me/" + digits + "?text=" + PercentEncode(OrderSummary(data, order, language));
}

std::string EmailLink(const AppData& data, const OrderRequest& order, Language language) {
  const ArtisanGroup* group = data.FindGroup(order.groupId);
  if (!group || group->contacts.email.empty()) return {};
  return "mailto:" + group->contacts.email + "?subject=" + PercentEncode(Tr(language, Msg::OrderSummaryIntro)) +
         "&body=" + PercentEncode(OrderSummary(data, order, language));
}

Msg StatusLabel(OrderStatus status) {
  switch (status) {
    case OrderStatus::Draft: return Msg::OrderStatusDraft;
    case OrderStatus::Sent: return Msg::OrderStatusSent;
    case OrderStatus::Received: return Msg::OrderStatusReceived;
    case OrderStatus::Accepted: return Msg::OrderStatusAccepted;
    case OrderStatus::Declined: return Msg::OrderStatusDeclined;
    case OrderStatus::InProduction: return Msg::OrderStatusInProduction;
    case OrderStatus::Shipped: return Msg::OrderStatusShipped;
    case OrderStatus::Completed: return Msg::OrderStatusCompleted;
    case OrderStatus::Cancelled:
    case OrderStatus::Count: break;
  }
  return Msg::OrderStatusCancelled;
}

bool HandleOrderReply(AppState& state, const IncomingFile& file) {
  if (file.purpose != kOrderReplyPurpose) return false;
  const auto tell = [&](Msg message, std::string detail) {
    state.notice = message;
    state.noticeDetail = std::move(detail);
  };
  if (!file.error.empty()) {
    tell(Msg::MyOrdersReplyNotRead, file.name + ": " + file.error);
    return true;
  }
  Result<OrderFile> reply = ImportOrderFile(std::string_view(reinterpret_cast<const char*>(file.bytes.data()), file.bytes.size()));
  if (!reply) {
    tell(Msg::MyOrdersReplyNotRead, file.name + ": " + Describe(reply.error(), state.language));
    return true;
  }
  const OrderRequest& answer = reply.value().order;
  auto mine = std::find_if(state.data.orders.begin(), state.data.orders.end(),
                           [&](const OrderRequest& o) { return o.id == answer.id; });
  if (mine == state.data.orders.end() || mine->groupId != answer.groupId) {
    tell(Msg::MyOrdersReplyUnknown, file.name);
    return true;
  }
  // Newer means the group's history continues ours: same start, more changes.
  const bool continues = answer.history.size() > mine->history.size() &&
                         std::equal(mine->history.begin(), mine->history.end(), answer.history.begin(),
                                    [](const StatusChange& a, const StatusChange& b) { return a.status == b.status; });
  if (!continues) {
    tell(Msg::MyOrdersReplyNotNewer, file.name);
    return true;
  }
  mine->history = answer.history;
  state.Changed();
  tell(Msg::MyOrdersReplyUpdated, std::string(Tr(state.language, Msg::OrderStatus)) + ": " +
                                      std::string(Tr(state.language, StatusLabel(answer.Status()))));
  return true;
}

}  // namespace hw
