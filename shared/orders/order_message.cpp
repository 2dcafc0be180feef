#include "shared/orders/order_message.hpp"

#include <algorithm>
#include <cctype>

#include "shared/i18n/format.hpp"

namespace hw {
namespace {

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

}  // namespace

std::string OrderFileStem(const OrderRequest& order, Timestamp at, UtcOffset offset) {
  return "order-" + FormatDate(LocalDay(at, offset)) + "-" + order.id.substr(0, 8);
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
  if (order.neededBy)
    text += std::string(Tr(language, Msg::OrderNeededBy)) + ": " + FormatDay(language, *order.neededBy) + "\n";
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

ReplyOutcome ApplyReply(AppData& data, const OrderRequest& reply) {
  auto mine =
      std::find_if(data.orders.begin(), data.orders.end(), [&](const OrderRequest& o) { return o.id == reply.id; });
  if (mine == data.orders.end() || mine->groupId != reply.groupId) return ReplyOutcome::UnknownOrder;
  const bool continues = reply.history.size() > mine->history.size() &&
                         std::equal(mine->history.begin(), mine->history.end(), reply.history.begin(),
                                    [](const StatusChange& a, const StatusChange& b) { return a.status == b.status; });
  if (!continues) return ReplyOutcome::NotNewer;
  mine->history = reply.history;
  return ReplyOutcome::Updated;
}

}  // namespace hw
