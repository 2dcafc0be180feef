// The buyer's Shop, driven like a person: browsing and searching the cards, the
// product page's quantity rules, sending an order request and reading the group's reply.
#include <doctest/doctest.h>

#include <stb/stb_image_write.h>  // implemented in shared/media/stb_image.cpp

#include <algorithm>
#include <filesystem>
#include <random>
#include <string>

#include "app/persistence.hpp"
#include "app/shop/shop_orders.hpp"
#include "app/ui/theme.hpp"
#include "shared/core/csv.hpp"
#include "shared/orders/order_file.hpp"
#include "tests/ui/ui_harness.hpp"
#include "tests/unit/sample_data.hpp"

using namespace hw;
using hw::test::TestId;
using hw::test::UiHarness;

namespace {

// A real 64x48 JPEG of one colour, as a phone would give.
Photo SolidJpeg(std::uint8_t r, std::uint8_t g, std::uint8_t b) {
  std::vector<std::uint8_t> pixels;
  for (int i = 0; i < 64 * 48; ++i) pixels.insert(pixels.end(), {r, g, b});
  Photo photo;
  photo.mime = "image/jpeg";
  photo.width = 64;
  photo.height = 48;
  stbi_write_jpg_to_func(
      [](void* out, void* data, int size) {
        auto* bytes = static_cast<std::vector<std::uint8_t>*>(out);
        bytes->insert(bytes->end(), static_cast<std::uint8_t*>(data), static_cast<std::uint8_t*>(data) + size);
      },
      &photo.bytes, 64, 48, 3, pixels.data(), 90);
  return photo;
}

Product MakeProduct(const ArtisanGroup& group, std::uint8_t seed, std::string name, std::string category) {
  Product p;
  p.id = TestId(seed);
  p.groupId = group.id;
  p.sku = "SKU-" + std::to_string(seed);
  p.name.Set("en", std::move(name));
  p.category = std::move(category);
  p.price = {150000, "INR"};
  p.minOrder = 1;
  p.leadTimeDays = 14;
  p.photos = {SolidJpeg(200, 60, 40)};
  return p;
}

// Two groups without seller PINs (this device only buys from them).
AppData Catalogue() {
  AppData data;
  ArtisanGroup kantha;
  kantha.id = TestId(40);
  kantha.name = "Sabala Kantha Collective";
  kantha.country = "IN";
  kantha.contacts = {"+91 90000 00000", "+91 90000 00001", "sabala@example.org"};
  ArtisanGroup bamboo;
  bamboo.id = TestId(41);
  bamboo.name = "Bamboo Weavers of Chiang Mai";
  bamboo.country = "TH";
  bamboo.contacts = {"+66 80 000 0000", "", ""};
  data.groups = {kantha, bamboo};

  Product quilt = MakeProduct(kantha, 50, "Kantha quilt", "textiles");
  quilt.name.Set("bn", "কাঁথা");
  quilt.minOrder = 2;
  quilt.unit = "piece";
  quilt.description.Set("en", "Five layers of old cotton saris.");
  quilt.materials = {"cotton", "thread"};
  quilt.photos.push_back(SolidJpeg(40, 60, 200));
  Product runner = MakeProduct(kantha, 51, "Table runner", "textiles");
  runner.availability = Availability::InStock;
  runner.stockOnHand = 5;
  Product basket = MakeProduct(bamboo, 52, "Bamboo basket", "baskets");
  basket.price = {45000, "THB"};
  Product lamp = MakeProduct(bamboo, 53, "Rattan lamp", "lighting");
  lamp.priceOnRequest = true;
  lamp.price = {0, "THB"};
  data.products = {quilt, runner, basket, lamp};
  data.settings.demoLoaded = true;  // no demo catalogues fetched
  return data;
}

void OpenShop(UiHarness& ui, AppData data = Catalogue()) {
  ui.state.data = std::move(data);
  ui.state.Changed();
  REQUIRE(ui.Tap("home.shop"));
}

std::vector<std::string> ResultIds(const UiHarness& ui) {
  std::vector<std::string> ids;
  for (const WidgetRect& w : ui.Widgets().LastFrame())
    if (w.id.starts_with("shop.result.")) ids.push_back(w.id.substr(12));
  return ids;
}

std::string Label(const UiHarness& ui, std::string_view id) {
  const WidgetRect* w = ui.Find(id);
  return w ? w->label : "(not on screen)";
}

}  // namespace

TEST_SUITE_BEGIN("shop");

TEST_CASE("the Shop shows product cards with a decoded photo, the name in the person's language and the price") {
  UiHarness ui(360, 2400);  // tall enough for every card
  OpenShop(ui);
  const AppData& data = ui.state.data;
  CHECK(ResultIds(ui).size() == 4);
  CHECK(Label(ui, "shop.found") == "Products found: 4");
  CHECK(Label(ui, "shop.result." + data.products[0].id) == "Kantha quilt");
  ui.Frame();  // a few photos are decoded per frame
  // The photos on screen were decoded (stb_image) and made into textures.
  CHECK(ui.state.photos.Decoded() >= 4);
  SUBCASE("in Bengali the quilt has its Bengali name; the runner, without one, keeps its English name") {
    ui.state.language = Language::Bengali;
    ui.Frame();
    ui.Frame();
    CHECK(Label(ui, "shop.result." + data.products[0].id) == "কাঁথা");
    CHECK(Label(ui, "shop.result." + data.products[1].id) == "Table runner");
  }
  SUBCASE("choosing a group shows only its products, choosing it again shows all") {
    REQUIRE(ui.Tap("shop.group." + data.groups[1].id));
    auto ids = ResultIds(ui);
    std::sort(ids.begin(), ids.end());
    std::vector<std::string> expected{data.products[2].id, data.products[3].id};
    std::sort(expected.begin(), expected.end());
    CHECK(ids == expected);
    REQUIRE(ui.Tap("shop.group.all"));
    CHECK(ResultIds(ui).size() == 4);
  }
  SUBCASE("choosing a category shows only its products") {
    REQUIRE(ui.Tap("shop.category.baskets"));
    CHECK(ResultIds(ui) == std::vector<std::string>{data.products[2].id});
  }
  SUBCASE("filters: in stock only, and a price range in one currency") {
    REQUIRE(ui.Tap("shop.filters"));
    REQUIRE(ui.Tap("shop.stock.1"));  // in stock
    CHECK(ResultIds(ui) == std::vector<std::string>{data.products[1].id});
    REQUIRE(ui.Tap("shop.stock.0"));
    REQUIRE(ui.Tap("shop.currency.THB"));
    REQUIRE(ui.Type("shop.price.max", "500"));
    CHECK(ResultIds(ui) == std::vector<std::string>{data.products[2].id});
    REQUIRE(ui.Type("shop.price.max", "5.5.5"));
    CHECK(ui.Find("The price is not a valid amount") != nullptr);
  }
  SUBCASE("sorting by price, highest first") {
    REQUIRE(ui.Tap("shop.filters"));
    REQUIRE(ui.Tap("shop.currency.INR"));
    REQUIRE(ui.Tap("shop.sort.3"));
    const auto ids = ResultIds(ui);
    REQUIRE(ids.size() >= 2);
    CHECK(ui.Find("shop.result." + data.products[0].id)->y < ui.Find("shop.result." + data.products[2].id)->y);
  }
}

TEST_CASE("the card says price on request, the minimum order and the lead time or stock") {
  UiHarness ui(360, 2400);
  OpenShop(ui);
  REQUIRE(ui.Tap("shop.result." + ui.state.data.products[3].id));
  CHECK(ui.state.screen == Screen::ShopProduct);
  CHECK(Label(ui, "product.price") == "Price on request");
  CHECK(Label(ui, "product.facts") == "Minimum order: 1 piece \xC2\xB7 Made in 14 days");
  REQUIRE(ui.Tap("nav.back"));
  REQUIRE(ui.Tap("shop.result." + ui.state.data.products[1].id));
  CHECK(Label(ui, "product.facts") == "Minimum order: 1 piece \xC2\xB7 In stock: 5");
}

TEST_CASE("common categories and units are in the person's language, a group's own words as written") {
  UiHarness ui(360, 2400);
  ui.state.language = Language::Thai;
  OpenShop(ui);
  ui.Frame();
  CHECK(Label(ui, "shop.category.textiles") == "ผ้า");
  CHECK(Label(ui, "shop.category.baskets") == "baskets");  // not a word the app knows: as the group wrote it
  REQUIRE(ui.Tap("shop.result." + ui.state.data.products[3].id));
  CHECK(Label(ui, "product.facts").starts_with("สั่งขั้นต่ำ: 1 ชิ้น"));
}

TEST_CASE("a name too long for its card or chip is cut with an ellipsis, and kept whole where it fits") {
  UiHarness ui;
  const text::TextStyle style{18.0f, text::Weight::Bold};
  const std::string name = "Jessore Nakshi Kantha Sisters, makers of quilts and stoles (Demo)";
  const std::string fitted = FitText(name, style, 200);
  CHECK(fitted.ends_with("\xE2\x80\xA6"));
  CHECK(name.starts_with(fitted.substr(0, fitted.size() - 3)));
  CHECK(MeasureText(fitted, style).x <= 200);
  CHECK(fitted.size() > 10);  // as much of the name as fits, not just the ellipsis
  CHECK(FitText("Kantha quilt", style, 200) == "Kantha quilt");
  for (const char* word : {"सभी", "गहने", "All", "ทั้งหมด"}) {  // a width measured, padded and taken off again
    const float exact = MeasureText(word, style).x;
    for (float padding = 8.0f; padding < 40.0f; padding += 0.7f)
      CHECK(FitText(word, style, (exact + 2 * padding) - 2 * padding) == word);
  }
  const std::string hindi = FitText("हाथ से बुनी हुई बाँस की बड़ी टोकरी", style, 120);  // cut between characters
  CHECK(MeasureText(hindi, style).x <= 120);
  CHECK(hindi.ends_with("\xE2\x80\xA6"));
}

TEST_CASE("with 100,000 products only the cards on screen are drawn, and a search finds one at once") {
  UiHarness ui(360, 1400);
  AppData data = Catalogue();
  const Product model = data.products[2];
  data.products.reserve(100'000);
  for (int i = 0; data.products.size() < 100'000; ++i) {
    Product p = model;
    p.id = "gen" + std::to_string(i);
    p.sku = "G-" + std::to_string(i);
    p.name = {};
    p.name.Set("en", "Basket number " + std::to_string(i));
    p.photos.clear();
    data.products.push_back(std::move(p));
  }
  OpenShop(ui, std::move(data));
  CHECK(Label(ui, "shop.found") == "Products found: 100,000");
  const std::size_t drawn = ResultIds(ui).size();
  CHECK(drawn >= 1);
  CHECK(drawn <= 8);
  REQUIRE(ui.Type("shop.search", "kantha"));
  CHECK(ResultIds(ui) == std::vector<std::string>{ui.state.data.products[0].id});
  REQUIRE(ui.Type("shop.search", "number 99995"));
  CHECK(ResultIds(ui) == std::vector<std::string>{"gen99995"});
}

TEST_CASE("the product page shows its photos one by one, by buttons or by a swipe") {
  UiHarness ui;
  OpenShop(ui);
  REQUIRE(ui.Tap("shop.result." + ui.state.data.products[0].id));
  CHECK(Label(ui, "product.name") == "Kantha quilt");
  CHECK(Label(ui, "product.photo.position") == "1 / 2");
  REQUIRE(ui.Tap("product.photo.next"));
  CHECK(Label(ui, "product.photo.position") == "2 / 2");
  REQUIRE(ui.Tap("product.photo.previous"));
  CHECK(Label(ui, "product.photo.position") == "1 / 2");
  // A swipe to the left on the photo shows the next one.
  const WidgetRect* photo = ui.Find("product.photo");
  REQUIRE(photo != nullptr);
  ImGuiIO& io = ImGui::GetIO();
  io.AddMousePosEvent(photo->x + photo->width - 20, photo->y + photo->height / 2);
  ui.Frame();
  io.AddMouseButtonEvent(ImGuiMouseButton_Left, true);
  ui.Frame();
  for (int step = 1; step <= 5; ++step) {
    io.AddMousePosEvent(photo->x + photo->width - 20 - step * 40.0f, photo->y + photo->height / 2);
    ui.Frame();
  }
  io.AddMouseButtonEvent(ImGuiMouseButton_Left, false);
  ui.Frame();
  ui.Frame();
  CHECK(Label(ui, "product.photo.position") == "2 / 2");
}

TEST_CASE("below the minimum order the person is told so and nothing is added") {
  UiHarness ui(360, 1400);
  OpenShop(ui);
  const Product& quilt = ui.state.data.products[0];
  REQUIRE(ui.Tap("shop.result." + quilt.id));
  CHECK(ui.state.shop.quantityText == "2");  // starts at the minimum
  REQUIRE(ui.Type("product.quantity", "1"));
  ui.CloseKeyboard();
  CHECK(Label(ui, "product.quantity.error") == "The quantity is below the minimum order");
  CHECK(Label(ui, "product.quantity.detail") == "Minimum order: 2 piece");
  REQUIRE(ui.Tap("product.add"));
  CHECK(ui.state.data.orders.empty());
  CHECK(ui.Find("product.added") == nullptr);
  SUBCASE("in Indonesian the message is in Indonesian") {
    ui.state.language = Language::Indonesian;
    ui.Frame();
    ui.Frame();
    CHECK(Label(ui, "product.quantity.error") == std::string(Tr(Language::Indonesian, Msg::ErrQuantityBelowMinimum)));
    CHECK(Label(ui, "product.quantity.error") != "The quantity is below the minimum order");
  }
  SUBCASE("the stepper raises it to the minimum, and then it is added") {
    REQUIRE(ui.Tap("product.quantity.more"));
    CHECK(ui.state.shop.quantityText == "2");
    CHECK(ui.Find("product.quantity.error") == nullptr);
    REQUIRE(ui.Tap("product.add"));
    REQUIRE(ui.state.data.orders.size() == 1);
    const OrderRequest& draft = ui.state.data.orders[0];
    CHECK(draft.Status() == OrderStatus::Draft);
    CHECK(draft.groupId == quilt.groupId);
    REQUIRE(draft.lines.size() == 1);
    CHECK(draft.lines[0].quantity == 2);
    CHECK(draft.lines[0].productName == "Kantha quilt");
    CHECK(ui.Find("product.added") != nullptr);
    // Once the minimum is in the order, one more is fine.
    CHECK(ui.state.shop.quantityText == "1");
    CHECK(ui.Find("product.quantity.error") == nullptr);
  }
}

TEST_CASE("more than the stock is refused with the stock shown") {
  UiHarness ui(360, 1400);
  OpenShop(ui);
  REQUIRE(ui.Tap("shop.result." + ui.state.data.products[1].id));
  REQUIRE(ui.Type("product.quantity", "6"));
  ui.CloseKeyboard();
  CHECK(Label(ui, "product.quantity.error") == "The quantity is more than the stock");
  CHECK(Label(ui, "product.quantity.detail") == "In stock: 5");
  REQUIRE(ui.Tap("product.add"));
  CHECK(ui.state.data.orders.empty());
  REQUIRE(ui.Type("product.quantity", "abc"));
  CHECK(Label(ui, "product.quantity.error") == "The quantity must be at least 1");
}

namespace {

// A person adds two quilts and opens the order request.
void DraftWithQuilts(UiHarness& ui) {
  OpenShop(ui);
  REQUIRE(ui.Tap("shop.result." + ui.state.data.products[0].id));
  REQUIRE(ui.Tap("product.add"));
  REQUIRE(ui.Tap("product.order"));
  REQUIRE(ui.state.screen == Screen::ShopOrder);
}

}  // namespace

TEST_CASE("sending an order request: missing details are marked, then it is sent as JSON and CSV") {
  UiHarness ui(360, 1400);
  DraftWithQuilts(ui);
  CHECK(Label(ui, "order.line.0") == "2 x Kantha quilt \xC2\xB7 ₹3,000.00");
  CHECK(Label(ui, "order.total") == "Total: ₹3,000.00");
  REQUIRE(ui.Tap("order.send"));
  CHECK(ui.Find("order.errors") != nullptr);
  CHECK(ui.Find("A name is needed") != nullptr);
  CHECK(ui.Find("A phone number or e-mail is needed") != nullptr);
  CHECK(ui.platform.downloads.empty());
  CHECK(ui.state.data.orders[0].Status() == OrderStatus::Draft);

  REQUIRE(ui.Type("order.buyer.name", "Ana Reyes"));
  REQUIRE(ui.Type("order.buyer.email", "ana@example"));
  ui.CloseKeyboard();
  REQUIRE(ui.Tap("order.send"));
  CHECK(ui.Find("The e-mail address is not valid") != nullptr);
  CHECK(ui.platform.downloads.empty());
  REQUIRE(ui.Type("order.buyer.email", "ana@example.org"));
  REQUIRE(ui.Type("order.neededby", "2026-03-01"));
  REQUIRE(ui.Type("order.notes", "Blue thread, please"));
  ui.CloseKeyboard();
  REQUIRE(ui.Tap("order.send"));

  const OrderRequest& order = ui.state.data.orders[0];
  CHECK(order.Status() == OrderStatus::Sent);
  CHECK(Label(ui, "order.status") == "Status: Sent");
  CHECK(ui.Find("order.sent") != nullptr);
  REQUIRE(ui.platform.downloads.size() == 2);
  const auto& json = ui.platform.downloads[0];
  const auto& csv = ui.platform.downloads[1];
  CHECK(json.mimeType == "application/json");
  CHECK(json.name.ends_with(".json"));
  CHECK(csv.name.ends_with(".csv"));
  auto file = ImportOrderFile(std::string(json.bytes.begin(), json.bytes.end()));
  REQUIRE(file.ok());
  CHECK(file.value().order == order);
  CHECK(file.value().groupName == "Sabala Kantha Collective");
  CHECK(file.value().order.buyer.name == "Ana Reyes");
  CHECK(file.value().order.notes == "Blue thread, please");
  CHECK(file.value().order.neededBy == ParseDate("2026-03-01"));
  const std::string csvText(csv.bytes.begin(), csv.bytes.end());
  CHECK(csvText.find("Kantha quilt") != std::string::npos);
  CHECK(csvText.find("SKU-50") != std::string::npos);
  // The details are remembered on the device for the next request.
  CHECK(ActiveBuyerDetails(ui.state).name == "Ana Reyes");
  CHECK(ActiveBuyerDetails(ui.state).email == "ana@example.org");

  SUBCASE("the share sheet gets both files and a readable summary") {
    REQUIRE(ui.Tap("order.share"));
    REQUIRE(ui.platform.shares.size() == 1);
    const auto& shared = ui.platform.shares[0];
    CHECK(shared.files.size() == 2);
    CHECK(shared.text.find("2 x Kantha quilt [SKU-50]") != std::string::npos);
    CHECK(shared.text.find("Total: ₹3,000.00") != std::string::npos);
    CHECK(shared.text.find("Ana Reyes") != std::string::npos);
  }
  SUBCASE("without a share sheet: told so, and WhatsApp and e-mail links carry the summary") {
    ui.platform.canShare = false;
    REQUIRE(ui.Tap("order.share"));
    CHECK(ui.state.notice == Msg::OrderShareUnavailable);
    REQUIRE(ui.Tap("order.whatsapp"));
    REQUIRE(ui.Tap("order.email"));
    REQUIRE(ui.platform.openedUrls.size() == 2);
    CHECK(ui.platform.openedUrls[0].starts_with("https://wa.me/919000000001?text=Order%20request"));
    CHECK(ui.platform.openedUrls[0].find("Kantha%20quilt") != std::string::npos);
    CHECK(ui.platform.openedUrls[1].starts_with("mailto:sabala@example.org?subject="));
  }
  SUBCASE("the next order request starts with the remembered details") {
    REQUIRE(ui.Tap("nav.back"));  // My orders
    REQUIRE(ui.Tap("nav.back"));  // Shop
    REQUIRE(ui.Tap("shop.result." + ui.state.data.products[2].id));
    REQUIRE(ui.Tap("product.add"));
    REQUIRE(ui.state.data.orders.size() == 2);
    CHECK(ui.state.data.orders[1].buyer.name == "Ana Reyes");
    CHECK(ui.state.data.orders[1].currency == "THB");
  }
}

TEST_CASE("My orders keeps the request with its status, and the group's reply updates it") {
  UiHarness ui(360, 1400);
  DraftWithQuilts(ui);
  REQUIRE(ui.Type("order.buyer.name", "Ana Reyes"));
  REQUIRE(ui.Type("order.buyer.phone", "+63 900 000 0000"));
  ui.CloseKeyboard();
  REQUIRE(ui.Tap("order.send"));
  REQUIRE(ui.Tap("nav.back"));
  REQUIRE(ui.state.screen == Screen::MyOrders);
  const OrderRequest sent = ui.state.data.orders[0];
  CHECK(Label(ui, "myorders.order." + sent.id) == "Sent: Sabala Kantha Collective");

  // The group received and accepted it, and sent its order file back.
  OrderRequest answered = sent;
  REQUIRE_FALSE(answered.ChangeStatus(OrderStatus::Received, ui.platform.now + 60));
  REQUIRE_FALSE(answered.ChangeStatus(OrderStatus::Accepted, ui.platform.now + 120));
  const std::string reply = ExportOrderFile(answered, "Sabala Kantha Collective", ui.platform.now + 120);
  REQUIRE(ui.Tap("myorders.reply"));
  REQUIRE(ui.platform.chosenFiles.back() == "order.reply .json,application/json");
  SUBCASE("a newer reply updates the status") {
    ui.state.incoming.push_back({FilePurpose::OrderReply, "reply.json", {reply.begin(), reply.end()}, {}});
    ui.Frame();
    ui.Frame();
    CHECK(ui.state.notice == Msg::MyOrdersReplyUpdated);
    CHECK(ui.state.data.orders[0].Status() == OrderStatus::Accepted);
    CHECK(Label(ui, "myorders.order." + sent.id) == "Accepted: Sabala Kantha Collective");
    SUBCASE("the same reply again changes nothing") {
      ui.state.incoming.push_back({FilePurpose::OrderReply, "reply.json", {reply.begin(), reply.end()}, {}});
      ui.Frame();
      CHECK(ui.state.notice == Msg::MyOrdersReplyNotNewer);
      CHECK(ui.state.data.orders[0].history.size() == 4);
    }
  }
  SUBCASE("a reply for an order not on this device changes nothing") {
    answered.id = TestId(99);
    const std::string other = ExportOrderFile(answered, "Sabala Kantha Collective", ui.platform.now);
    ui.state.incoming.push_back({FilePurpose::OrderReply, "other.json", {other.begin(), other.end()}, {}});
    ui.Frame();
    CHECK(ui.state.notice == Msg::MyOrdersReplyUnknown);
    CHECK(ui.state.data.orders[0].Status() == OrderStatus::Sent);
  }
  SUBCASE("a damaged file is refused with the reason") {
    ui.state.incoming.push_back({FilePurpose::OrderReply, "broken.json", {'{', '"'}, {}});
    ui.Frame();
    CHECK(ui.state.notice == Msg::MyOrdersReplyNotRead);
    CHECK(ui.state.noticeDetail.starts_with("broken.json: "));
    CHECK(ui.state.data.orders[0].Status() == OrderStatus::Sent);
  }
}

TEST_CASE("the Shop leaves room for importing a catalogue") {
  UiHarness ui;
  OpenShop(ui);
  REQUIRE(ui.Tap("shop.import"));
  CHECK(ui.state.screen == Screen::CatalogueImport);
}

TEST_CASE("with a thousand groups the first few are listed, and all of them on request, only those on screen drawn") {
  UiHarness ui(360, 1400);
  AppData data = Catalogue();
  for (int i = 0; i < 1000; ++i) {
    ArtisanGroup group;
    group.id = "group" + std::to_string(i);
    group.name = "Group " + std::to_string(i);
    data.groups.push_back(group);
  }
  OpenShop(ui, std::move(data));
  const auto groupsDrawn = [&] {
    return std::count_if(ui.Widgets().LastFrame().begin(), ui.Widgets().LastFrame().end(), [](const WidgetRect& w) {
      return w.id.starts_with("shop.group.group") && !w.id.ends_with(".products");
    });
  };
  CHECK(groupsDrawn() == 4);  // the first six are the catalogue's two and four more
  CHECK(Label(ui, "shop.groups.more") == "All groups (1,002)");
  REQUIRE(ui.Tap("shop.groups.more"));
  CHECK(groupsDrawn() > 4);
  CHECK(groupsDrawn() < 40);
  CHECK(Label(ui, "shop.group." + ui.state.data.groups[1].id) == "Bamboo Weavers of Chiang Mai \xC2\xB7 2");
}

TEST_CASE(
    "on the order review a line's quantity is changed by the stepper or typed, within the minimum and the stock") {
  UiHarness ui(360, 1600);
  DraftWithQuilts(ui);
  const OrderRequest& order = ui.state.data.orders[0];
  CHECK(Label(ui, "order.line.0.quantity.text") == "2");
  CHECK(ui.Find("order.line.0.quantity.error") == nullptr);

  // One more: the line and the total change at once.
  REQUIRE(ui.Tap("order.line.0.more"));
  CHECK(order.lines[0].quantity == 3);
  CHECK(Label(ui, "order.total") == "Total: ₹4,500.00");
  ui.Frame();
  CHECK(Label(ui, "order.line.0") == "3 x Kantha quilt \xC2\xB7 ₹4,500.00");
  CHECK(Label(ui, "order.line.0.quantity.text") == "3");

  // The stepper does not go below the minimum order (2).
  REQUIRE(ui.Tap("order.line.0.less"));
  REQUIRE(ui.Tap("order.line.0.less"));
  CHECK(order.lines[0].quantity == 2);
  CHECK(ui.Find("order.line.0.quantity.error") == nullptr);

  SUBCASE("typed below the minimum: told as on the product page, and it cannot be sent") {
    REQUIRE(ui.Type("order.line.0.quantity", "1"));
    ui.CloseKeyboard();
    CHECK(Label(ui, "order.line.0.quantity.error") == "The quantity is below the minimum order");
    CHECK(Label(ui, "order.line.0.quantity.detail") == "Minimum order: 2 piece");
    CHECK(Label(ui, "order.total") == "Total: ₹1,500.00");
    REQUIRE(ui.Type("order.buyer.name", "Ana Reyes"));
    REQUIRE(ui.Type("order.buyer.email", "ana@example.org"));
    ui.CloseKeyboard();
    REQUIRE(ui.Tap("order.send"));
    CHECK(ui.Find("order.errors") != nullptr);
    CHECK(order.Status() == OrderStatus::Draft);
    CHECK(ui.platform.downloads.empty());
    // The same message is not told twice under the line.
    CHECK(ui.Find("order.line.0.error") == nullptr);
    // "+" brings it back to the minimum, and then it is sent.
    REQUIRE(ui.Tap("order.line.0.more"));
    CHECK(order.lines[0].quantity == 2);
    CHECK(ui.Find("order.line.0.quantity.error") == nullptr);
  }
  SUBCASE("in Indonesian the message is the product page's, in Indonesian") {
    REQUIRE(ui.Type("order.line.0.quantity", "1"));
    ui.CloseKeyboard();
    ui.state.language = Language::Indonesian;
    ui.Frame();
    ui.Frame();
    CHECK(Label(ui, "order.line.0.quantity.error") ==
          std::string(Tr(Language::Indonesian, Msg::ErrQuantityBelowMinimum)));
    CHECK(Label(ui, "order.line.0.quantity.error") != "The quantity is below the minimum order");
  }
  SUBCASE("what is not a number is kept as typed with a message, and the line keeps its quantity") {
    REQUIRE(ui.Type("order.line.0.quantity", "12a"));
    ui.CloseKeyboard();
    CHECK(Label(ui, "order.line.0.quantity.error") == "The quantity must be at least 1");
    CHECK(Label(ui, "order.line.0.quantity.text") == "12a");
    CHECK(order.lines[0].quantity == 2);
    REQUIRE(ui.Type("order.line.0.quantity", "12"));
    ui.CloseKeyboard();
    CHECK(order.lines[0].quantity == 12);
    CHECK(ui.Find("order.line.0.quantity.error") == nullptr);
  }
  SUBCASE("typed, it is saved and is in the files that are sent") {
    REQUIRE(ui.Type("order.line.0.quantity", "7"));
    ui.CloseKeyboard();
    CHECK(order.lines[0].quantity == 7);
    CHECK(Label(ui, "order.total") == "Total: ₹10,500.00");
    // Saved: a restart finds the new quantity.
    const std::filesystem::path folder =
        std::filesystem::temp_directory_path() / ("homeworks-ui-order-" + std::to_string(std::random_device{}()));
    std::filesystem::create_directories(folder);
    ui.platform.folder = folder;
    Saver saver;
    CHECK(saver.Tick(ui.state, ui.platform, 0.0, true));
    {
      UiHarness restarted;
      LoadSavedState(restarted.state, folder);
      REQUIRE(restarted.state.data.orders.size() == 1);
      CHECK(restarted.state.data.orders[0].lines[0].quantity == 7);
    }
    std::filesystem::remove_all(folder);

    REQUIRE(ui.Type("order.buyer.name", "Ana Reyes"));
    REQUIRE(ui.Type("order.buyer.email", "ana@example.org"));
    ui.CloseKeyboard();
    REQUIRE(ui.Tap("order.send"));
    REQUIRE(order.Status() == OrderStatus::Sent);
    // A sent request's lines are no longer changed.
    CHECK(ui.Find("order.line.0.quantity") == nullptr);
    CHECK(ui.Find("order.line.0.more") == nullptr);
    REQUIRE(ui.platform.downloads.size() == 2);
    const auto& json = ui.platform.downloads[0];
    auto file = ImportOrderFile(std::string(json.bytes.begin(), json.bytes.end()));
    REQUIRE(file.ok());
    CHECK(file.value().order.lines[0].quantity == 7);
    const std::string csvText(ui.platform.downloads[1].bytes.begin(), ui.platform.downloads[1].bytes.end());
    auto csv = ReadCsv(csvText);
    REQUIRE(csv.ok());
    const std::vector<CsvRow>& rows = csv.value().rows;
    REQUIRE(rows.size() == 2);
    const auto column = std::find(rows[0].begin(), rows[0].end(), "quantity");
    REQUIRE(column != rows[0].end());
    CHECK(rows[1][static_cast<std::size_t>(column - rows[0].begin())] == "7");
  }
}

TEST_CASE("on the order review the stepper stops at the stock, and more typed is told with the stock") {
  UiHarness ui(360, 1600);
  OpenShop(ui);
  const Product& runner = ui.state.data.products[1];  // 5 in stock
  REQUIRE(ui.Tap("shop.result." + runner.id));
  REQUIRE(ui.Type("product.quantity", "4"));
  ui.CloseKeyboard();
  REQUIRE(ui.Tap("product.add"));
  REQUIRE(ui.Tap("product.order"));
  const OrderRequest& order = ui.state.data.orders[0];
  REQUIRE(ui.Tap("order.line.0.more"));
  REQUIRE(ui.Tap("order.line.0.more"));
  CHECK(order.lines[0].quantity == 5);
  CHECK(ui.Find("order.line.0.quantity.error") == nullptr);
  REQUIRE(ui.Type("order.line.0.quantity", "6"));
  ui.CloseKeyboard();
  CHECK(Label(ui, "order.line.0.quantity.error") == "The quantity is more than the stock");
  CHECK(Label(ui, "order.line.0.quantity.detail") == "In stock: 5");
  // "-" brings it back within the stock.
  REQUIRE(ui.Tap("order.line.0.less"));
  CHECK(order.lines[0].quantity == 5);
  CHECK(ui.Find("order.line.0.quantity.error") == nullptr);
}

TEST_SUITE_END();
