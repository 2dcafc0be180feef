// The order inbox: order request files imported, each order moved through its
// statuses with notes, what to make (quantities over accepted orders), a chart of
// orders per week and of the products most asked for, and the orders as CSV.
#include <imgui.h>

#include <algorithm>
#include <map>

#include "app/my_group/my_group.hpp"
#include "app/ui/text_field.hpp"
#include "app/ui/theme.hpp"
#include "app/ui/widget_registry.hpp"
#include "app/ui/widgets.hpp"
#include "shared/i18n/format.hpp"
#include "shared/orders/orders_csv.hpp"

namespace hw {

namespace {

constexpr int kChartWeeks = 8;
constexpr std::size_t kTopProducts = 5;

std::vector<const OrderRequest*> GroupOrders(const AppState& state, const ArtisanGroup& group) {
  std::vector<const OrderRequest*> orders;
  for (const OrderRequest& order : state.data.orders)
    if (order.groupId == group.id) orders.push_back(&order);
  std::stable_sort(orders.begin(), orders.end(),
                   [](const OrderRequest* a, const OrderRequest* b) { return a->CreatedAt() > b->CreatedAt(); });
  return orders;
}

std::string LineName(const OrderLine& line) {
  return line.variantLabel.empty() ? line.productName : line.productName + " (" + line.variantLabel + ")";
}

// Horizontal bars, one row per entry: the label, the bar, the number. Rows are
// published as "label: number" for tests.
void DrawBars(const std::vector<std::pair<std::string, std::int64_t>>& rows, Language lang,
              const std::string& idPrefix) {
  std::int64_t most = 1;
  for (const auto& row : rows) most = std::max(most, row.second);
  const float width = ImGui::GetContentRegionAvail().x;
  // The labels' column is as wide as the widest label (so a week's date is read
  // whole), within a third and three fifths of the width.
  float widest = 0;
  for (const auto& row : rows) widest = std::max(widest, MeasureText(row.first, kBodyStyle).x);
  const float labelWidth = std::clamp(widest + 12.0f, width * 0.3f, width * 0.6f);
  const float rowHeight = kBodySize * 1.6f;
  ImDrawList* draw = ImGui::GetWindowDrawList();
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const auto& [label, value] = rows[i];
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    ImGui::Dummy(ImVec2(width, rowHeight));
    const std::string number = FormatNumber(lang, value);
    PublishLastItem(label + ": " + number + "###" + idPrefix + std::to_string(i));
    draw->PushClipRect(pos, ImVec2(pos.x + labelWidth - 6, pos.y + rowHeight), true);
    DrawText(draw, ImVec2(pos.x, pos.y + rowHeight * 0.15f), ImGui::GetColorU32(ImGuiCol_Text), label, kBodyStyle);
    draw->PopClipRect();
    const float numberWidth = MeasureText(number, kBodyStyle).x + 8;
    const float barSpace = std::max(8.0f, width - labelWidth - numberWidth);
    const float bar = barSpace * static_cast<float>(value) / static_cast<float>(most);
    const ImVec2 barMin(pos.x + labelWidth, pos.y + rowHeight * 0.2f);
    draw->AddRectFilled(barMin, ImVec2(barMin.x + std::max(bar, 2.0f), pos.y + rowHeight * 0.8f),
                        ImGui::GetColorU32(ImGuiCol_Button), 3.0f);
    DrawText(draw, ImVec2(barMin.x + bar + 6, pos.y + rowHeight * 0.15f), ImGui::GetColorU32(ImGuiCol_Text), number,
             kBodyStyle);
  }
}

void DrawImport(AppState& state, Platform& platform) {
  const Language lang = state.language;
  MyGroupState& ui = state.myGroup;
  // ";multiple": several files at once, each delivered on its own (web/platform.js).
  if (TouchButton("inbox.import", Tr(lang, Msg::MyGroupImportOrders))) {
    ui.inboxLog.clear();
    platform.ChooseFile(FilePurpose::GroupOrders, ".json,application/json;multiple");
  }
  for (std::size_t i = 0; i < ui.inboxLog.size(); ++i) Say(ui.inboxLog[i], "inbox.log." + std::to_string(i));
}

void DrawOrderList(AppState& state, Platform& platform, const std::vector<const OrderRequest*>& orders) {
  const Language lang = state.language;
  if (orders.empty()) {
    Say(Tr(lang, Msg::MyGroupNoOrders), "inbox.none");
    return;
  }
  for (const OrderRequest* order : orders) {
    ImGui::PushID(order->id.c_str());
    std::string title = order->buyer.name.empty() ? order->buyer.organisation : order->buyer.name;
    title += " · " + std::string(Tr(lang, StatusMsg(order->Status())));
    std::string hint = FormatDay(lang, platform.LocalDayOf(order->CreatedAt()));
    if (auto total = OrderTotal(*order); total && *total > 0)
      hint += " · " + FormatMoney(lang, Money{*total, order->currency});
    const std::string id = "inbox.order." + order->id;
    if (EntryCard(id.c_str(), title, hint)) {
      state.myGroup.orderId = order->id;
      state.myGroup.statusNote.clear();
      state.myGroup.page = MyGroupState::Page::Order;
    }
    ImGui::PopID();
  }
}

void DrawProductionSummary(AppState& state, const std::vector<const OrderRequest*>& orders) {
  const Language lang = state.language;
  Heading(Tr(lang, Msg::MyGroupToMake));
  std::map<std::string, std::int64_t> quantities;  // product (and variant) -> quantity
  for (const OrderRequest* order : orders) {
    if (order->Status() != OrderStatus::Accepted && order->Status() != OrderStatus::InProduction) continue;
    for (const OrderLine& line : order->lines) quantities[LineName(line)] += line.quantity;
  }
  if (quantities.empty()) {
    Say(Tr(lang, Msg::MyGroupNothingToMake), "inbox.summary.none");
    return;
  }
  std::size_t i = 0;
  for (const auto& [name, quantity] : quantities)
    Say(name + ": " + FormatNumber(lang, quantity), "inbox.summary." + std::to_string(i++));
}

void DrawCharts(AppState& state, Platform& platform, const std::vector<const OrderRequest*>& orders) {
  const Language lang = state.language;
  Heading(Tr(lang, Msg::MyGroupOrdersPerWeek));
  Say(Tr(lang, Msg::MyGroupWeeksFromMonday), "inbox.chart.weeks.note");
  // Weeks of the person's days: an order made at 00:30 on a Monday in India is that Monday's.
  const UtcOffset offset = platform.TimeZoneOffset();
  const Timestamp thisWeek = WeekStart(LocalDay(platform.Now(), offset));
  std::vector<std::pair<std::string, std::int64_t>> weeks;
  std::string year;
  for (int w = kChartWeeks - 1; w >= 0; --w) {
    const Timestamp start = thisWeek - static_cast<Timestamp>(w) * 7 * kDay;
    std::int64_t count = 0;
    for (const OrderRequest* order : orders) count += WeekStart(LocalDay(order->CreatedAt(), offset)) == start ? 1 : 0;
    // Each week by its Monday, short ("24 Nov"); with the year on the first row and
    // where a new year starts.
    const std::string startYear = FormatDate(start).substr(0, 4);
    weeks.emplace_back(startYear != year ? FormatDay(lang, start) : FormatDayMonth(lang, start), count);
    year = startYear;
  }
  DrawBars(weeks, lang, "inbox.chart.week.");
  ImGui::Spacing();
  Heading(Tr(lang, Msg::MyGroupTopProducts));
  std::map<std::string, std::int64_t> asked;
  for (const OrderRequest* order : orders) {
    const OrderStatus status = order->Status();
    if (status == OrderStatus::Declined || status == OrderStatus::Cancelled || status == OrderStatus::Draft) continue;
    for (const OrderLine& line : order->lines) asked[line.productName] += line.quantity;
  }
  std::vector<std::pair<std::string, std::int64_t>> top(asked.begin(), asked.end());
  std::stable_sort(top.begin(), top.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
  if (top.size() > kTopProducts) top.resize(kTopProducts);
  if (top.empty()) Say(Tr(lang, Msg::MyGroupNoOrders), "inbox.chart.top.none");
  DrawBars(top, lang, "inbox.chart.top.");
}

void DrawCsvExport(AppState& state, Platform& platform, const ArtisanGroup& group,
                   const std::vector<const OrderRequest*>& orders) {
  const Language lang = state.language;
  MyGroupState& ui = state.myGroup;
  Heading(Tr(lang, Msg::MyGroupExportHeading));
  const std::string statusText =
      std::string(Tr(lang, Msg::MyGroupStatus)) + ": " +
      std::string(ui.csvStatus < 0 ? Tr(lang, Msg::MyGroupEveryStatus)
                                   : Tr(lang, StatusMsg(static_cast<OrderStatus>(ui.csvStatus))));
  if (TouchButton("inbox.csv.status", statusText)) {
    // Every status, then each status an inbox order can have.
    ui.csvStatus = ui.csvStatus < 0 ? static_cast<int>(OrderStatus::Received) : ui.csvStatus + 1;
    if (ui.csvStatus >= static_cast<int>(OrderStatus::Count)) ui.csvStatus = -1;
  }
  TextField(state, platform, "inbox.csv.from", Tr(lang, Msg::MyGroupFrom), ui.csvFrom,
            {.kind = FieldKind::Date, .hint = "YYYY-MM-DD"});
  TextField(state, platform, "inbox.csv.to", Tr(lang, Msg::MyGroupTo), ui.csvTo,
            {.kind = FieldKind::Date, .hint = "YYYY-MM-DD"});
  if (!ui.csvError.empty()) SayError(ui.csvError, "inbox.csv.error");
  if (TouchButton("inbox.csv.export", Tr(lang, Msg::MyGroupExportCsv))) {
    ui.csvError.clear();
    const UtcOffset offset = platform.TimeZoneOffset();
    OrdersCsvFilter filter{.from = ui.csvFrom, .to = ui.csvTo, .offset = offset};
    if (ui.csvStatus >= 0) filter.status = static_cast<OrderStatus>(ui.csvStatus);
    const std::optional<std::vector<OrderRequest>> selected = SelectOrders(orders, filter);
    if (!selected) {
      ui.csvError = Tr(lang, Msg::ErrDateInvalid);
      return;
    }
    const std::vector<OrderRequest>& chosen = *selected;
    if (chosen.empty()) {
      ui.csvError = Tr(lang, Msg::MyGroupNoOrdersMatch);
      return;
    }
    const std::string csv = ExportOrdersCsv(chosen, state.data, offset);
    const std::string name = "orders-" + group.id.substr(0, 8) + "-" + FormatDate(platform.Today()) + ".csv";
    platform.Download(name, "text/csv", std::span(reinterpret_cast<const std::uint8_t*>(csv.data()), csv.size()));
    ui.csvError.clear();
    ui.message = Fill(Tr(lang, Msg::MyGroupExported), {FormatNumber(lang, static_cast<std::int64_t>(chosen.size()))});
  }
  if (!ui.message.empty()) Say(ui.message, "inbox.message");
}

}  // namespace

void DrawInbox(AppState& state, Platform& platform, ArtisanGroup& group) {
  const Language lang = state.language;
  if (TouchButton("nav.back", Tr(lang, Msg::Back))) {
    state.myGroup.message.clear();
    state.myGroup.page = MyGroupState::Page::Group;
    return;
  }
  Heading(Tr(lang, Msg::MyGroupInbox));
  DrawImport(state, platform);
  const std::vector<const OrderRequest*> orders = GroupOrders(state, group);
  ImGui::Spacing();
  DrawOrderList(state, platform, orders);
  ImGui::Spacing();
  DrawProductionSummary(state, orders);
  ImGui::Spacing();
  DrawCharts(state, platform, orders);
  ImGui::Spacing();
  DrawCsvExport(state, platform, group, orders);
}

void DrawOrder(AppState& state, Platform& platform, ArtisanGroup& group) {
  const Language lang = state.language;
  MyGroupState& ui = state.myGroup;
  if (TouchButton("nav.back", Tr(lang, Msg::Back))) {
    ui.page = MyGroupState::Page::Inbox;
    return;
  }
  auto it = std::find_if(state.data.orders.begin(), state.data.orders.end(),
                         [&](const OrderRequest& o) { return o.id == ui.orderId && o.groupId == group.id; });
  if (it == state.data.orders.end()) {
    ui.page = MyGroupState::Page::Inbox;
    return;
  }
  OrderRequest& order = *it;
  const Buyer& buyer = order.buyer;
  Heading(buyer.name.empty() ? buyer.organisation : buyer.name);
  Say(std::string(Tr(lang, Msg::MyGroupStatus)) + ": " + std::string(Tr(lang, StatusMsg(order.Status()))),
      "order.status");
  std::string who = buyer.organisation;
  for (const std::string* part : {&buyer.phone, &buyer.email, &buyer.deliveryPlace, &buyer.country})
    if (!part->empty()) who += (who.empty() ? "" : " · ") + *part;
  if (!who.empty()) Say(who, "order.buyer");
  if (order.neededBy)
    Say(std::string(Tr(lang, Msg::MyGroupNeededBy)) + ": " + FormatDay(lang, *order.neededBy), "order.neededby");
  if (!order.notes.empty()) Say(order.notes, "order.notes");
  ImGui::Separator();
  for (std::size_t i = 0; i < order.lines.size(); ++i) {
    const OrderLine& line = order.lines[i];
    std::string text = FormatNumber(lang, line.quantity) + " × " + LineName(line) + " · ";
    text += line.priceOnRequest ? std::string(Tr(lang, Msg::MyGroupPriceOnRequest))
                                : FormatMoney(lang, Money{line.unitPriceMinor, order.currency});
    Say(text, "order.line." + std::to_string(i));
  }
  if (auto total = OrderTotal(order))
    Say(std::string(Tr(lang, Msg::MyGroupTotal)) + ": " + FormatMoney(lang, Money{*total, order.currency}),
        "order.total");
  ImGui::Separator();
  Heading(Tr(lang, Msg::MyGroupHistory));
  for (std::size_t i = 0; i < order.history.size(); ++i) {
    const StatusChange& change = order.history[i];
    std::string text =
        FormatDay(lang, platform.LocalDayOf(change.at)) + ": " + std::string(Tr(lang, StatusMsg(change.status)));
    if (!change.note.empty()) text += " · " + change.note;
    Say(text, "order.history." + std::to_string(i));
  }
  // Only the moves the order's status allows are offered.
  bool any = false;
  for (int s = 0; s < static_cast<int>(OrderStatus::Count); ++s)
    any |= CanChangeStatus(order.Status(), static_cast<OrderStatus>(s));
  if (!any) return;
  ImGui::Spacing();
  TextField(state, platform, "order.note", Tr(lang, Msg::MyGroupStatusNote), ui.statusNote,
            {.kind = FieldKind::Multiline, .hint = Tr(lang, Msg::MyGroupStatusNoteHint)});
  for (int s = 0; s < static_cast<int>(OrderStatus::Count); ++s) {
    const auto to = static_cast<OrderStatus>(s);
    if (!CanChangeStatus(order.Status(), to)) continue;
    std::string id = "order.status." + std::string(StatusName(to));
    std::replace(id.begin(), id.end(), ' ', '-');
    const std::string label = Fill(Tr(lang, Msg::MyGroupMarkAs), {Tr(lang, StatusMsg(to))});
    if (TouchButton(id.c_str(), label, ImGui::GetContentRegionAvail().x)) {
      if (!order.ChangeStatus(to, platform.Now())) {
        order.history.back().note = ui.statusNote;
        ui.statusNote.clear();
        state.Changed();
      }
      break;
    }
  }
}

}  // namespace hw
