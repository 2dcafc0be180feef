// The selling and shopping screens in every language of the region, on a phone 360
// pixels wide: each button says its own words, and no line of text is cut off.
#include <doctest/doctest.h>

#include <string>
#include <string_view>

#include "app/ui/theme.hpp"
#include "tests/ui/my_group/my_group_fixture.hpp"

using namespace hw;
using namespace hw::test;

namespace {

// Buttons and one-line labels whose text is wider than the widget it is drawn in:
// on the phone the end of the text would be cut off at the edge of the screen.
std::string CutOff(UiHarness& ui) {
  std::string cut;
  std::string_view above;  // a text field is named by the wrapped label drawn above it
  for (const WidgetRect& w : ui.Widgets().LastFrame()) {
    const bool fieldUnderItsLabel = w.label == above;
    above = w.label;
    if (w.label.empty() || fieldUnderItsLabel || w.height > kTouchTarget + 8) continue;  // wrapped text grows taller
    const float textWidth = ui.Text().Measure(w.label, kBodyStyle).x;
    const bool wider = textWidth > w.width + 0.5f;
    // Buttons and chips keep their words 12 px or more from both edges, or they are cut.
    const bool boxTooTight = w.height >= kTouchTarget && w.width > textWidth + 0.5f && textWidth + 24 > w.width;
    if (wider || boxTooTight) cut += w.id + ": " + w.label + "; ";
  }
  return cut;
}

// The screen now drawn fits, and the button `id` says `msg` in the person's language.
void CheckScreen(UiHarness& ui, std::string_view id, Msg msg) {
  CAPTURE(id);
  CHECK(CutOff(ui) == "");
  CHECK(Label(ui, id) == Tr(ui.state.language, msg));
  CHECK(Label(ui, id) != Tr(Language::English, msg));
}

}  // namespace

TEST_SUITE_BEGIN("screens");

TEST_CASE(
    "My group, its inbox and editor, Settings, the trainer, the Shop and the order request speak each language and fit "
    "the phone") {
  for (const LanguageInfo& info : AllLanguages()) {
    if (info.language == Language::English) continue;
    CAPTURE(info.code);
    UiHarness ui(360, 4000);  // a small phone's width, tall enough to see each whole screen
    LoadSample(ui);
    ui.state.language = info.language;
    ui.Frame();

    REQUIRE(ui.Tap("home.mygroup"));
    CheckScreen(ui, "mygroup.new", Msg::MyGroupNewGroup);
    REQUIRE(ui.Tap("mygroup.group." + ui.state.data.groups[0].id));
    CheckScreen(ui, "mygroup.pin.open", Msg::MyGroupOpen);
    REQUIRE(ui.Type("mygroup.pin", kSamplePin));
    REQUIRE(ui.Tap("mygroup.pin.open"));
    CheckScreen(ui, "mygroup.publish", Msg::MyGroupPublish);
    CHECK(Label(ui, "mygroup.csv") == Tr(info.language, Msg::MyGroupImportCsv));
    CHECK(Label(ui, "mygroup.product.add") == Tr(info.language, Msg::MyGroupAddProduct));

    REQUIRE(ui.Tap("mygroup.csv"));
    Deliver(ui, "seller.csv", "products.csv", Bytes("sku,name,price\nBAG-9,Jute bag,250\n"));
    CheckScreen(ui, "csv.apply", Msg::MyGroupApplyImport);
    REQUIRE(ui.Tap("csv.apply"));

    REQUIRE(ui.Tap("mygroup.inbox"));
    CheckScreen(ui, "inbox.import", Msg::MyGroupImportOrders);
    CHECK(Label(ui, "inbox.csv.export") == Tr(info.language, Msg::MyGroupExportCsv));
    REQUIRE(ui.Tap("inbox.order." + ui.state.data.orders[0].id));
    CHECK(CutOff(ui) == "");
    CHECK(Label(ui, "order.status.received").find(Tr(info.language, Msg::OrderStatusReceived)) != std::string::npos);
    REQUIRE(ui.Tap("nav.back"));
    REQUIRE(ui.Tap("nav.back"));

    REQUIRE(ui.Tap("mygroup.product.add"));
    CheckScreen(ui, "product.photo.add", Msg::MyGroupAddPhoto);
    CHECK(Label(ui, "product.variant.add") == Tr(info.language, Msg::MyGroupAddVariant));
    CHECK(Label(ui, "product.save") == Tr(info.language, Msg::MyGroupSave));
    for (int i = 0; i < 6 && ui.state.screen != Screen::Home; ++i) REQUIRE(ui.Tap("nav.back"));

    REQUIRE(ui.Tap("home.settings"));
    CheckScreen(ui, "settings.persist", Msg::StorageKeepSafe);
    REQUIRE(ui.Tap("nav.back"));
    REQUIRE(ui.Tap("home.learn"));
    CheckScreen(ui, "learn.trainer", Msg::TrainerOpen);
    REQUIRE(ui.Tap("learn.trainer"));
    CheckScreen(ui, "trainer.csv", Msg::TrainerExportCsv);
    CHECK(Label(ui, "trainer.import") == Tr(info.language, Msg::TrainerImport));
    for (int i = 0; i < 6 && ui.state.screen != Screen::Home; ++i) REQUIRE(ui.Tap("nav.back"));

    REQUIRE(ui.Tap("home.shop"));
    CheckScreen(ui, "shop.filters", Msg::ShopFilters);
    REQUIRE(ui.Tap("shop.filters"));
    CheckScreen(ui, "shop.sort.2", Msg::ShopSortPriceLow);
    REQUIRE(ui.Tap("shop.import"));
    CheckScreen(ui, "catimport.fetch", Msg::CatImportFetch);
    REQUIRE(ui.Tap("nav.back"));
    REQUIRE(ui.Tap("shop.myorders"));
    CheckScreen(ui, "myorders.reply", Msg::MyOrdersImportReply);
    REQUIRE(ui.Tap("nav.back"));

    REQUIRE(ui.Tap("shop.result." + ui.state.data.products[0].id));
    CheckScreen(ui, "product.add", Msg::ProductAdd);
    REQUIRE(ui.Tap("product.add"));
    REQUIRE(ui.Tap("product.order"));
    CheckScreen(ui, "order.send", Msg::OrderSend);
    REQUIRE(ui.Type("order.buyer.name", "Mina"));
    REQUIRE(ui.Type("order.buyer.phone", "+977 1 000 000"));
    ui.CloseKeyboard();
    REQUIRE(ui.Tap("order.send"));
    CheckScreen(ui, "order.download", Msg::OrderDownloadAgain);
  }
}

TEST_SUITE_END();
