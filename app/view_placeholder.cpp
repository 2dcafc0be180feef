#include <imgui.h>

#include "app/text_field.hpp"
#include "app/theme.hpp"
#include "app/views.hpp"
#include "app/widget_registry.hpp"
#include "app/widgets.hpp"
#include "shared/demo_catalogue.hpp"

namespace hw {

void DrawPlaceholder(AppState& state, Msg title) {
  const Language lang = state.language;
  if (TouchButton("nav.back", Tr(lang, Msg::Back))) state.screen = Screen::Home;
  Heading(Tr(lang, title));
  TextWrapped(Tr(lang, Msg::ComingSoon));
}

namespace {

// Results as the person types: the first matching products' names in their language.
void DrawSearch(AppState& state, Platform& platform) {
  const Language lang = state.language;
  TextField(state, platform, "shop.search", Tr(lang, Msg::ShopSearch), state.shop.searchText,
            {.kind = FieldKind::Search, .hint = Tr(lang, Msg::ShopSearchHint)});
  if (state.shop.searchText.empty()) return;
  SearchQuery query;
  query.text = state.shop.searchText;
  query.limit = 20;
  const std::vector<SearchHit> hits = ProductIndex(state).Search(query);
  if (hits.empty()) {
    const std::string none(Tr(lang, Msg::ShopNoResults));
    TextWrapped(none);
    PublishLastItem(none + "###shop.results.none");
  }
  for (const SearchHit& hit : hits) {
    const Product& product = state.data.products[hit.product];
    const std::string name(product.name.Get(Info(lang).code));
    TextWrapped(name);
    PublishLastItem(name + "###shop.result." + product.id);
  }
}

}  // namespace

void DrawShopPlaceholder(AppState& state, Platform& platform) {
  const Language lang = state.language;
  DrawPlaceholder(state, Msg::HomeShop);
  if (TouchButton("shop.import", Tr(lang, Msg::CatImportTitle))) state.screen = Screen::CatalogueImport;
  DrawSearch(state, platform);
  ImGui::Spacing();
  Heading(Tr(lang, Msg::ShopGroupsHeading));
  const AppData& data = state.data;
  if (data.groups.empty()) {
    const bool loading = state.demoLoad.stage == DemoLoad::Stage::Index || state.demoLoad.stage == DemoLoad::Stage::Packs;
    TextWrapped(Tr(lang, loading ? Msg::ShopDemoLoading : Msg::ShopNoGroups));
    PublishLastItem(std::string(Tr(lang, loading ? Msg::ShopDemoLoading : Msg::ShopNoGroups)) + "###shop.groups.none");
    return;
  }
  for (const ArtisanGroup& group : data.groups) {
    std::size_t products = 0;
    for (const Product& p : data.products) products += p.groupId == group.id && !p.archived ? 1 : 0;
    ImGui::PushID(group.id.c_str());
    const std::string id = "shop.group." + group.id;
    ImGui::Separator();
    TextWrapped(group.name);
    PublishLastItem(group.name + "###" + id);
    const std::string count = std::string(Tr(lang, Msg::ShopProducts)) + ": " + std::to_string(products);
    Text(count);
    PublishLastItem(count + "###" + id + ".products");
    if (IsDemoGroup(data, group.id)) {
      TextWrapped(Tr(lang, Msg::ShopDemoBadge));
      PublishLastItem(std::string(Tr(lang, Msg::ShopDemoBadge)) + "###" + id + ".demo");
    }
    ImGui::PopID();
  }
}

void DrawLearnPlaceholder(AppState& state) {
  const Language lang = state.language;
  const std::string_view code = Info(lang).code;
  DrawPlaceholder(state, Msg::HomeLearn);
  ImGui::Spacing();
  Heading(Tr(lang, Msg::LearnCoursesHeading));
  for (const Course& course : state.data.courses) {
    ImGui::PushID(course.id.c_str());
    ImGui::Separator();
    const std::string id = "learn.course." + course.id;
    const std::string title(course.title.Get(code));
    TextWrapped(title);
    PublishLastItem(title + "###" + id);
    const std::string count = std::string(Tr(lang, Msg::LearnLessons)) + ": " + std::to_string(course.lessons.size());
    Text(count);
    PublishLastItem(count + "###" + id + ".lessons");
    ImGui::PopID();
  }
}

}  // namespace hw
