// An order request to one artisan group: its lines and total, the buyer's details
// (remembered on the device), the date it is needed by and notes. Sending checks
// everything, saves the order file and its CSV, and offers the share sheet or
// WhatsApp / e-mail links with a readable summary. A sent request shows its status.
#include <imgui.h>

#include <algorithm>
#include <map>

#include "app/shop/shop.hpp"
#include "app/shop/shop_orders.hpp"
#include "app/shop/shop_widgets.hpp"
#include "app/ui/text_field.hpp"
#include "app/ui/theme.hpp"
#include "app/ui/widget_registry.hpp"
#include "app/ui/widgets.hpp"
#include "shared/i18n/format.hpp"

namespace hw {
namespace {

// The messages of the errors about `field`, one per line.
std::string ErrorsFor(const ValidationErrors& errors, std::string_view field, Language lang) {
  std::string text;
  for (const ValidationError& e : errors) {
    if (e.field != field) continue;
    if (!text.empty()) text += "\n";
    text += Tr(lang, e.message);
  }
  return text;
}

// A draft line's quantity: typed on the device's keyboard, or stepped within the
// minimum order and the stock. Every whole number is taken at once (the total follows
// and it is saved); a quantity the catalogue does not allow is told under the field,
// with the same message as on the product page, and stops the sending.
void DrawLineQuantity(AppState& state, Platform& platform, OrderRequest& order, std::size_t i, const std::string& id) {
  const Language lang = state.language;
  OrderLine& line = order.lines[i];
  std::map<std::string, std::string>& typed = state.shop.lineQuantityText;
  const std::string key = line.productId + "/" + line.variantId;
  const std::string fieldId = id + ".quantity";
  const auto kept = typed.find(key);
  std::string text = kept != typed.end() ? kept->second : std::to_string(line.quantity);
  const auto problem = CheckLineQuantity(state.data, order, i, text, lang);
  const std::string error = problem ? std::string(Tr(lang, problem->message)) : std::string();
  if (TextField(state, platform, fieldId.c_str(), Tr(lang, Msg::ProductQuantity), text,
                {.kind = FieldKind::Number, .hint = {}, .error = error, .maxLength = 7})) {
    typed[key] = text;
    if (const auto quantity = ParseQuantity(text); quantity && *quantity != line.quantity) {
      line.quantity = *quantity;
      state.Changed();
    }
  } else if (kept != typed.end() && state.textEdit.fieldId != fieldId && ParseQuantity(text) == line.quantity) {
    typed.erase(kept);  // typed and taken: the field shows the line's quantity again
  }
  if (problem && !problem->detail.empty()) SayError(problem->detail, fieldId + ".detail");
  // The stepper stays within what the catalogue allows; out of it, it brings the
  // quantity back in.
  const QuantityRange range = LineQuantityRange(state.data, order, i);
  std::uint32_t stepped = line.quantity;
  if (TouchButton((id + ".less").c_str(), "-")) {
    if (line.quantity > range.highest) stepped = std::max<std::uint32_t>(range.highest, 1);
    else if (line.quantity > range.lowest) stepped = line.quantity - 1;
  }
  ImGui::SameLine();
  if (TouchButton((id + ".more").c_str(), "+")) {
    if (line.quantity < range.lowest) stepped = range.lowest;
    else if (line.quantity < range.highest) stepped = line.quantity + 1;
  }
  if (stepped != line.quantity) {
    line.quantity = stepped;
    typed.erase(key);
    state.Changed();
  }
}

void DrawLines(AppState& state, Platform& platform, OrderRequest& order, const ValidationErrors& errors) {
  const Language lang = state.language;
  const bool draft = order.Status() == OrderStatus::Draft;
  if (order.lines.empty()) Say(Tr(lang, Msg::OrderNoLines), "order.nolines");
  for (std::size_t i = 0; i < order.lines.size(); ++i) {
    const OrderLine& line = order.lines[i];
    const std::string id = "order.line." + std::to_string(i);
    ImGui::PushID(static_cast<int>(i));
    ImGui::Separator();
    std::string text = FormatNumber(lang, line.quantity) + " x " + line.productName;
    if (!line.variantLabel.empty()) text += " (" + line.variantLabel + ")";
    text += line.priceOnRequest ? " \xC2\xB7 " + std::string(Tr(lang, Msg::ShopPriceOnRequest))
                                : " \xC2\xB7 " + FormatMoney(lang, {LineTotal(line).value_or(0), order.currency});
    Say(text, id);
    // What is wrong with this line, with the catalogue's figure (minimum, stock).
    const std::string prefix = "lines[" + std::to_string(i) + "]";
    const bool quantityTold = draft && CheckLineQuantity(state.data, order, i, std::to_string(line.quantity), lang);
    for (const ValidationError& e : errors) {
      if (!e.field.starts_with(prefix)) continue;
      if (quantityTold && e.field == prefix + ".quantity") continue;  // already told under the quantity
      std::string message(Tr(lang, e.message));
      if (!e.detail.empty()) message += " (" + e.detail + ")";
      SayError(message, id + ".error");
    }
    if (draft) DrawLineQuantity(state, platform, order, i, id);
    if (draft && TouchButton((id + ".remove").c_str(), Tr(lang, Msg::OrderRemoveLine))) {
      order.lines.erase(order.lines.begin() + static_cast<std::ptrdiff_t>(i));
      state.Changed();
      ImGui::PopID();
      break;
    }
    ImGui::PopID();
  }
  ImGui::Separator();
  std::string total = std::string(Tr(lang, Msg::OrderTotal)) + ": " +
                      FormatMoney(lang, {OrderTotal(order).value_or(0), order.currency});
  if (HasLinesOnRequest(order)) total += " " + std::string(Tr(lang, Msg::OrderPlusOnRequest));
  Say(total, "order.total");
}

void DrawBuyerForm(AppState& state, Platform& platform, OrderRequest& order, const ValidationErrors& errors) {
  const Language lang = state.language;
  Buyer& b = order.buyer;
  Heading(Tr(lang, Msg::OrderBuyerHeading));
  bool changed = false;
  const auto field = [&](const char* id, Msg label, std::string& value, FieldKind kind, std::string_view errorField) {
    const std::string error = ErrorsFor(errors, errorField, lang);
    changed |= TextField(state, platform, id, Tr(lang, label), value,
                         {.kind = kind, .hint = {}, .error = error, .maxLength = 0});
  };
  field("order.buyer.name", Msg::OrderBuyerName, b.name, FieldKind::Text, "buyer.name");
  field("order.buyer.organisation", Msg::OrderBuyerOrganisation, b.organisation, FieldKind::Text, "buyer.organisation");
  // "A phone number or e-mail is needed" goes under the phone.
  std::string phoneErrors = ErrorsFor(errors, "buyer", lang);
  {
    const std::string own = ErrorsFor(errors, "buyer.phone", lang);
    if (!own.empty()) phoneErrors += (phoneErrors.empty() ? "" : "\n") + own;
    changed |= TextField(state, platform, "order.buyer.phone", Tr(lang, Msg::OrderBuyerPhone), b.phone,
                         {.kind = FieldKind::Phone, .hint = {}, .error = phoneErrors, .maxLength = 0});
  }
  field("order.buyer.email", Msg::OrderBuyerEmail, b.email, FieldKind::Email, "buyer.email");
  field("order.buyer.country", Msg::OrderBuyerCountry, b.country, FieldKind::Text, "buyer.country");
  field("order.buyer.delivery", Msg::OrderBuyerDelivery, b.deliveryPlace, FieldKind::Text, "buyer.deliveryPlace");
  if (changed) {
    ActiveBuyerDetails(state) = b;  // remembered for the next order request, per profile
    state.Changed();
  }
  ShopState& shop = state.shop;
  const bool dateValid = shop.neededByText.empty() || ParseDate(shop.neededByText).has_value();
  if (TextField(state, platform, "order.neededby", Tr(lang, Msg::OrderNeededBy), shop.neededByText,
                {.kind = FieldKind::Date,
                 .hint = "YYYY-MM-DD",
                 .error = dateValid ? "" : Tr(lang, Msg::ErrDateInvalid),
                 .maxLength = 0})) {
    if (shop.neededByText.empty()) order.neededBy.reset();
    else if (auto day = ParseDate(shop.neededByText)) order.neededBy = *day;
    state.Changed();
  }
  if (TextField(
          state, platform, "order.notes", Tr(lang, Msg::OrderNotes), order.notes,
          {.kind = FieldKind::Multiline, .hint = {}, .error = ErrorsFor(errors, "notes", lang), .maxLength = 0})) {
    state.Changed();
  }
}

void DrawSending(AppState& state, Platform& platform, OrderRequest& order) {
  const Language lang = state.language;
  ShopState& shop = state.shop;
  if (shop.sentOrder == order.id) Say(Tr(lang, Msg::OrderSentFiles), "order.sent");
  if (TouchButton("order.share", Tr(lang, Msg::OrderShare))) {
    const std::vector<SharedFile> files = OrderFiles(state.data, order, platform.Now(), platform.TimeZoneOffset());
    const std::string summary = OrderSummary(state.data, order, lang);
    if (!platform.Share(Tr(lang, Msg::OrderSummaryIntro), summary, files)) {
      state.notice = Msg::OrderShareUnavailable;
      state.noticeDetail.clear();
    }
  }
  if (const std::string link = WhatsAppLink(state.data, order, lang); !link.empty()) {
    if (TouchButton("order.whatsapp", Tr(lang, Msg::OrderWhatsApp))) platform.OpenUrl(link);
  }
  if (const std::string link = EmailLink(state.data, order, lang); !link.empty()) {
    if (TouchButton("order.email", Tr(lang, Msg::OrderEmail))) platform.OpenUrl(link);
  }
  if (TouchButton("order.download", Tr(lang, Msg::OrderDownloadAgain))) {
    for (const SharedFile& file : OrderFiles(state.data, order, platform.Now(), platform.TimeZoneOffset()))
      platform.Download(file.name, file.mimeType, file.bytes);
  }
  if (TouchButton("order.reply", Tr(lang, Msg::MyOrdersImportReply)))
    platform.ChooseFile(FilePurpose::OrderReply, ".json,application/json");
  Heading(Tr(lang, Msg::OrderHistory));
  for (std::size_t i = 0; i < order.history.size(); ++i) {
    const StatusChange& change = order.history[i];
    Say(FormatDay(lang, platform.LocalDayOf(change.at)) + ": " + std::string(Tr(lang, StatusMsg(change.status))),
        "order.history." + std::to_string(i));
  }
}

}  // namespace

void OpenOrder(AppState& state, const Id& orderId) {
  ShopState& shop = state.shop;
  shop.orderId = orderId;
  shop.triedToSend = false;
  shop.sentOrder.clear();
  shop.lineQuantityText.clear();
  const OrderRequest* order = state.data.FindOrder(orderId);
  shop.neededByText = order && order->neededBy ? FormatDate(*order->neededBy) : std::string();
  state.screen = Screen::ShopOrder;
}

void DrawOrderRequest(AppState& state, Platform& platform) {
  const ScrollKeeper scroll(state);
  const Language lang = state.language;
  ShopState& shop = state.shop;
  OrderRequest* found = nullptr;
  for (OrderRequest& o : state.data.orders)
    if (o.id == shop.orderId) found = &o;
  if (TouchButton("nav.back", Tr(lang, Msg::Back)) || !found) {
    state.screen = Screen::MyOrders;
    return;
  }
  OrderRequest& order = *found;
  Heading(Tr(lang, Msg::OrderHeading));
  const ArtisanGroup* group = state.data.FindGroup(order.groupId);
  Say(std::string(Tr(lang, Msg::OrderFor)) + ": " + (group ? group->name : order.groupId), "order.group");
  Say(std::string(Tr(lang, Msg::OrderStatus)) + ": " + std::string(Tr(lang, StatusMsg(order.Status()))),
      "order.status");
  const bool draft = order.Status() == OrderStatus::Draft;
  ValidationErrors errors;
  if (draft && shop.triedToSend) errors = CheckBeforeSending(state.data, order);
  const bool dateValid = shop.neededByText.empty() || ParseDate(shop.neededByText).has_value();
  if (draft && shop.triedToSend && (!errors.empty() || !dateValid))
    SayError(Tr(lang, Msg::OrderFixErrors), "order.errors");
  DrawLines(state, platform, order, errors);
  if (!draft) {
    DrawSending(state, platform, order);
    return;
  }
  if (order.lines.empty()) return;
  DrawBuyerForm(state, platform, order, errors);
  ImGui::Spacing();
  if (TouchButton("order.send", Tr(lang, Msg::OrderSend))) {
    shop.triedToSend = true;
    if (CheckBeforeSending(state.data, order).empty() && dateValid) {
      SendOrder(state, platform, order);
      shop.sentOrder = order.id;
      shop.triedToSend = false;
      ImGui::SetScrollY(0);  // the sent request and its share buttons, from the top
    }
  }
}

}  // namespace hw
