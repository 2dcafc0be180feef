// The Shop: search as the person types, browse by artisan group and category, filter
// and sort, and a list of product cards that stays smooth at 100,000 products (only
// the cards on screen are drawn, and the search runs only when the query changed).
#include <imgui.h>

#include <algorithm>
#include <set>

#include "app/shop/shop.hpp"
#include "app/shop/shop_orders.hpp"
#include "app/shop/shop_widgets.hpp"
#include "app/ui/photo_textures.hpp"
#include "app/ui/text_field.hpp"
#include "app/ui/theme.hpp"
#include "app/ui/widget_registry.hpp"
#include "app/ui/widgets.hpp"
#include "shared/catalogue/demo_catalogue.hpp"
#include "shared/i18n/format.hpp"

namespace hw {
namespace {

constexpr float kCardHeight = 128.0f;  // room for two lines of facts
constexpr float kCardPhoto = 104.0f;
constexpr std::size_t kGroupsShown = 6;  // more are listed when asked for

void RefreshFacets(AppState& state) {
  ShopState& shop = state.shop;
  if (shop.facetsCatalogue == CatalogueNow(state)) return;
  std::set<std::string> categories, countries, currencies;
  shop.groupProducts.clear();
  for (const Product& p : state.data.products) {
    if (p.archived) continue;
    ++shop.groupProducts[p.groupId];
    if (!p.category.empty()) categories.insert(p.category);
    if (!p.priceOnRequest && !p.price.currency.empty()) currencies.insert(p.price.currency);
  }
  for (const ArtisanGroup& g : state.data.groups)
    if (!g.country.empty()) countries.insert(g.country);
  shop.categories.assign(categories.begin(), categories.end());
  shop.countries.assign(countries.begin(), countries.end());
  shop.currencies.assign(currencies.begin(), currencies.end());
  shop.facetsCatalogue = CatalogueNow(state);
  if (shop.query.priceCurrency.empty() && !shop.currencies.empty()) {
    const auto preferred =
        std::find(shop.currencies.begin(), shop.currencies.end(), state.data.settings.preferredCurrency);
    shop.query.priceCurrency = preferred != shop.currencies.end() ? *preferred : shop.currencies.front();
  }
}

// What identifies a query's results: the filters, the text and the index they ran on.
std::string QueryKey(const AppState& state, const SearchQuery& q) {
  std::string key = q.text + '\n' + q.country + '\n' + q.groupId + '\n' + q.category + '\n' + q.priceCurrency + '\n';
  key += std::to_string(q.minPriceMinor.value_or(-1)) + ' ' + std::to_string(q.maxPriceMinor.value_or(-1)) + ' ';
  key += std::to_string(static_cast<int>(q.stock)) + ' ' + std::to_string(static_cast<int>(q.sort)) + ' ';
  key += std::to_string(state.shop.indexCatalogue) + ' ' + std::string(Info(state.language).code);
  return key;
}

// The filters in force, and the results searched again only when they changed.
const std::vector<SearchHit>& Results(AppState& state, bool minValid, bool maxValid) {
  ShopState& shop = state.shop;
  SearchQuery query = shop.query;
  query.text = shop.searchText;
  query.minPriceMinor =
      minValid && !shop.minPrice.empty() ? ParseAmount(shop.minPrice, query.priceCurrency) : std::nullopt;
  query.maxPriceMinor =
      maxValid && !shop.maxPrice.empty() ? ParseAmount(shop.maxPrice, query.priceCurrency) : std::nullopt;
  if (!query.minPriceMinor && !query.maxPriceMinor) query.priceCurrency.clear();
  const SearchIndex& index = ProductIndex(state);  // first: the key names the catalogue it indexes
  const std::string key = QueryKey(state, query);
  if (key != shop.hitsKey) {
    shop.hits = index.Search(query);
    shop.hitsKey = key;
  }
  return shop.hits;
}

void DrawTopBar(AppState& state) {
  const Language lang = state.language;
  if (TouchButton("nav.back", Tr(lang, Msg::Back))) state.screen = Screen::Home;
  ImGui::SameLine();
  if (TouchButton("shop.import", Tr(lang, Msg::ShopImport))) state.screen = Screen::CatalogueImport;
  std::size_t orders = 0;
  for (const OrderRequest& o : state.data.orders) orders += o.lines.empty() ? 0 : 1;
  const std::string myOrders = std::string(Tr(lang, Msg::ShopMyOrders)) +
                               (orders ? " (" + FormatNumber(lang, static_cast<std::int64_t>(orders)) + ")" : "");
  if (TouchButton("shop.myorders", myOrders)) state.screen = Screen::MyOrders;
}

// The groups, each a choice that shows only its products (the chosen one filled).
void DrawGroups(AppState& state) {
  const Language lang = state.language;
  const AppData& data = state.data;
  Heading(Tr(lang, Msg::ShopGroupsHeading));
  if (data.groups.empty()) {
    const bool loading =
        state.demoLoad.stage == DemoLoad::Stage::Index || state.demoLoad.stage == DemoLoad::Stage::Packs;
    const Msg message = loading ? Msg::ShopDemoLoading : Msg::ShopNoGroups;
    Say(Tr(lang, message), "shop.groups.none");
    return;
  }
  ShopState& shop = state.shop;
  std::string& chosen = shop.query.groupId;
  ChipRow row;
  if (Chip(row, "shop.group.all", Tr(lang, Msg::ShopAllGroups), chosen.empty())) chosen.clear();
  const auto count = [&](const Id& id) {
    const auto it = shop.groupProducts.find(id);
    return it == shop.groupProducts.end() ? std::size_t{0} : it->second;
  };
  const std::size_t groups = data.groups.size();
  if (groups > kGroupsShown) {
    const std::string more =
        std::string(Tr(lang, Msg::ShopAllGroups)) + " (" + FormatNumber(lang, static_cast<std::int64_t>(groups)) + ")";
    if (Chip(row, "shop.groups.more", more, shop.allGroups)) shop.allGroups = !shop.allGroups;
  }
  if (shop.allGroups && groups > kGroupsShown) {
    // Many groups: one row each, only the rows on screen drawn.
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(groups), kTouchTarget + ImGui::GetStyle().ItemSpacing.y);
    while (clipper.Step()) {
      for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
        const ArtisanGroup& group = data.groups[static_cast<std::size_t>(i)];
        const std::string id = "shop.group." + group.id;
        std::string label = group.name + " \xC2\xB7 " + FormatNumber(lang, static_cast<std::int64_t>(count(group.id)));
        if (IsDemoGroup(data, group.id)) label += " \xC2\xB7 " + std::string(Tr(lang, Msg::ShopDemoShort));
        ChipRow own;
        if (Chip(own, id.c_str(), label, chosen == group.id)) chosen = chosen == group.id ? Id() : group.id;
      }
    }
    return;
  }
  for (std::size_t g = 0; g < std::min(groups, kGroupsShown); ++g) {
    const ArtisanGroup& group = data.groups[g];
    const std::size_t products = count(group.id);
    ImGui::PushID(group.id.c_str());
    const std::string id = "shop.group." + group.id;
    ImGui::Separator();
    ChipRow own;
    if (Chip(own, id.c_str(), group.name, chosen == group.id)) chosen = chosen == group.id ? Id() : group.id;
    const std::string offered = LabelledNumber(lang, Msg::ShopProducts, static_cast<std::int64_t>(products));
    std::string line = offered;
    if (!group.country.empty()) line += " \xC2\xB7 " + group.country;
    Text(line);
    PublishLastItem(offered + "###" + id + ".products");
    if (IsDemoGroup(data, group.id)) {
      Say(Tr(lang, Msg::ShopDemoBadge), id + ".demo");
    }
    ImGui::PopID();
  }
}

void DrawCategories(AppState& state) {
  const Language lang = state.language;
  if (state.shop.categories.empty()) return;
  Heading(Tr(lang, Msg::ShopCategories));
  std::string& chosen = state.shop.query.category;
  ChipRow row;
  if (Chip(row, "shop.category.all", Tr(lang, Msg::ShopAllCategories), chosen.empty())) chosen.clear();
  for (const std::string& category : state.shop.categories) {
    const std::string id = "shop.category." + category;
    if (Chip(row, id.c_str(), CategoryName(lang, category), chosen == category))
      chosen = chosen == category ? std::string() : category;
  }
}

// While searching, the group and category chosen before stay visible (tap to drop).
void DrawActiveChoices(AppState& state) {
  ShopState& shop = state.shop;
  ChipRow row;
  if (const ArtisanGroup* group = state.data.FindGroup(shop.query.groupId)) {
    const std::string id = "shop.group." + group->id;
    if (Chip(row, id.c_str(), group->name, true)) shop.query.groupId.clear();
  }
  if (!shop.query.category.empty()) {
    const std::string id = "shop.category." + shop.query.category;
    if (Chip(row, id.c_str(), CategoryName(state.language, shop.query.category), true)) shop.query.category.clear();
  }
}

// Country, availability, price range and sorting, folded away until asked for.
void DrawFilters(AppState& state, Platform& platform, bool& minValid, bool& maxValid) {
  const Language lang = state.language;
  ShopState& shop = state.shop;
  SearchQuery& q = shop.query;
  minValid = shop.minPrice.empty() || ParseAmount(shop.minPrice, q.priceCurrency).has_value();
  maxValid = shop.maxPrice.empty() || ParseAmount(shop.maxPrice, q.priceCurrency).has_value();
  ChipRow toggle;
  if (Chip(toggle, "shop.filters", Tr(lang, Msg::ShopFilters), shop.filtersOpen)) shop.filtersOpen = !shop.filtersOpen;
  if (!shop.filtersOpen) return;
  Text(Tr(lang, Msg::ShopCountry));
  ChipRow countries;
  if (Chip(countries, "shop.country.any", Tr(lang, Msg::ShopAllCountries), q.country.empty())) q.country.clear();
  for (const std::string& country : shop.countries) {
    const std::string id = "shop.country." + country;
    if (Chip(countries, id.c_str(), country, q.country == country)) q.country = country;
  }
  Text(Tr(lang, Msg::ShopAvailability));
  ChipRow stock;
  const std::pair<StockFilter, Msg> stocks[] = {{StockFilter::Any, Msg::ShopAnyAvailability},
                                                {StockFilter::InStock, Msg::ShopInStock},
                                                {StockFilter::MadeToOrder, Msg::ShopMadeToOrder}};
  for (const auto& [value, label] : stocks) {
    const std::string id = "shop.stock." + std::to_string(static_cast<int>(value));
    if (Chip(stock, id.c_str(), Tr(lang, label), q.stock == value)) q.stock = value;
  }
  Text(Tr(lang, Msg::ShopSort));
  ChipRow sort;
  const std::pair<SortOrder, Msg> sorts[] = {{SortOrder::Relevance, Msg::ShopSortRelevance},
                                             {SortOrder::Name, Msg::ShopSortName},
                                             {SortOrder::PriceLowToHigh, Msg::ShopSortPriceLow},
                                             {SortOrder::PriceHighToLow, Msg::ShopSortPriceHigh},
                                             {SortOrder::Newest, Msg::ShopSortNewest}};
  for (const auto& [value, label] : sorts) {
    const std::string id = "shop.sort." + std::to_string(static_cast<int>(value));
    if (Chip(sort, id.c_str(), Tr(lang, label), q.sort == value)) q.sort = value;
  }
  if (!shop.currencies.empty()) {
    Text(Tr(lang, Msg::ShopPriceCurrency));
    ChipRow currencies;
    for (const std::string& currency : shop.currencies) {
      const std::string id = "shop.currency." + currency;
      if (Chip(currencies, id.c_str(), currency, q.priceCurrency == currency)) q.priceCurrency = currency;
    }
    const std::string invalid(Tr(lang, Msg::ErrPriceInvalid));
    TextField(state, platform, "shop.price.min",
              std::string(Tr(lang, Msg::ShopPriceFrom)) + " (" + q.priceCurrency + ")", shop.minPrice,
              {.kind = FieldKind::Decimal, .hint = {}, .error = minValid ? "" : invalid, .maxLength = 0});
    TextField(state, platform, "shop.price.max", std::string(Tr(lang, Msg::ShopPriceTo)) + " (" + q.priceCurrency + ")",
              shop.maxPrice,
              {.kind = FieldKind::Decimal, .hint = {}, .error = maxValid ? "" : invalid, .maxLength = 0});
  }
  if (TouchButton("shop.filters.clear", Tr(lang, Msg::ShopClearFilters))) {
    const std::string currency = q.priceCurrency;
    q = {};
    q.priceCurrency = currency;
    shop.minPrice.clear();
    shop.maxPrice.clear();
  }
}

// One product: photo, name in the person's language, price, minimum and lead time.
void DrawCard(AppState& state, const Product& product) {
  const Language lang = state.language;
  const std::string name(product.name.Get(Info(lang).code));
  const float width = ImGui::GetContentRegionAvail().x;
  const ImVec2 pos = ImGui::GetCursorScreenPos();
  const std::string id = "shop.result." + product.id;
  const bool tapped = ImGui::InvisibleButton(LabelWithId(name, id.c_str()).c_str(), ImVec2(width, kCardHeight));
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const ImVec2 end(pos.x + width, pos.y + kCardHeight);
  draw->AddRectFilled(pos, end, ImGui::GetColorU32(ImGui::IsItemActive() ? ImGuiCol_FrameBgActive : ImGuiCol_FrameBg),
                      10.0f);
  ImGui::SetCursorScreenPos(ImVec2(pos.x + 8, pos.y + (kCardHeight - kCardPhoto) * 0.5f));
  DrawPhoto(state.photos, product, 0, ImVec2(kCardPhoto, kCardPhoto));
  const float textX = pos.x + kCardPhoto + 20;
  const float textWidth = end.x - textX - 8;
  draw->PushClipRect(ImVec2(textX, pos.y), ImVec2(end.x - 8, end.y), true);
  const text::TextStyle small{16.0f, text::Weight::Regular};
  const text::TextStyle bold{kBodySize, text::Weight::Bold};
  DrawText(draw, ImVec2(textX, pos.y + 10), ImGui::GetColorU32(ImGuiCol_Text), FitText(name, bold, textWidth), bold);
  DrawText(draw, ImVec2(textX, pos.y + 40), ImGui::GetColorU32(ImGuiCol_Text), PriceText(product, lang), kBodyStyle);
  DrawText(draw, ImVec2(textX, pos.y + 68), ImGui::GetColorU32(ImGuiCol_TextDisabled), FactsText(product, lang), small,
           textWidth);
  draw->PopClipRect();
  ImGui::SetCursorScreenPos(ImVec2(pos.x, end.y));
  ImGui::Dummy(ImVec2(0, 0));
  if (tapped) OpenProduct(state, product.id);
}

}  // namespace

void OpenProduct(AppState& state, const Id& productId) {
  ShopState& shop = state.shop;
  const Product* product = state.data.FindProduct(productId);
  if (!product) return;
  shop.productId = productId;
  shop.photoIndex = 0;
  shop.variantId = product->variants.empty() ? Id() : product->variants.front().id;
  const std::uint32_t already = QuantityInOrder(DraftFor(state.data, product->groupId), productId);
  shop.quantityText = std::to_string(already >= product->minOrder ? 1 : product->minOrder - already);
  shop.addedToOrder.clear();
  state.screen = Screen::ShopProduct;
}

void DrawShop(AppState& state, Platform& platform) {
  const ScrollKeeper scroll(state);
  const Language lang = state.language;
  state.photos.BeginFrame();
  RefreshFacets(state);
  DrawTopBar(state);
  TextField(state, platform, "shop.search", Tr(lang, Msg::ShopSearch), state.shop.searchText,
            {.kind = FieldKind::Search, .hint = Tr(lang, Msg::ShopSearchHint), .error = {}});
  bool minValid = true, maxValid = true;
  DrawFilters(state, platform, minValid, maxValid);
  if (state.shop.searchText.empty()) {
    DrawGroups(state);
    DrawCategories(state);
  } else {
    DrawActiveChoices(state);  // results come right under the search box
  }
  ImGui::Spacing();
  const std::vector<SearchHit>& hits = Results(state, minValid, maxValid);
  const std::string found = LabelledNumber(lang, Msg::ShopFound, static_cast<std::int64_t>(hits.size()));
  SayHeading(found, "shop.found");
  if (hits.empty() && !state.data.products.empty()) {
    const std::string none(Tr(lang, Msg::ShopNoResults));
    Say(none, "shop.results.none");
  }
  // Only the cards on screen are laid out and drawn.
  ImGuiListClipper clipper;
  clipper.Begin(static_cast<int>(hits.size()), kCardHeight + ImGui::GetStyle().ItemSpacing.y);
  while (clipper.Step()) {
    for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
      const Product& product = state.data.products[hits[static_cast<std::size_t>(i)].product];
      ImGui::PushID(product.id.c_str());
      DrawCard(state, product);
      ImGui::PopID();
    }
  }
}

}  // namespace hw
