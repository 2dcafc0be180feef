// Two imports that show what they will do before doing it: a product list from CSV
// into the group's catalogue (My group), and a catalogue pack from a file or a link
// onto this phone (the buyer's Shop). Neither touches anyone's orders.
#include <imgui.h>

#include <algorithm>
#include <set>

#include "app/seller.hpp"
#include "app/text_field.hpp"
#include "app/theme.hpp"
#include "app/views.hpp"
#include "app/widget_registry.hpp"
#include "app/widgets.hpp"
#include "shared/format.hpp"

namespace hw {
namespace {

std::string Count(Language lang, Msg label, std::size_t n) {
  return std::string(Tr(lang, label)) + ": " + FormatNumber(lang, static_cast<std::int64_t>(n));
}

}  // namespace

void DrawProductCsvImport(AppState& state, ArtisanGroup& group) {
  const Language lang = state.language;
  SellerState& seller = state.seller;
  const std::string_view code = Info(lang).code;
  if (TouchButton("nav.back", Tr(lang, Msg::Back)) || !seller.csvImport) {
    seller.csvImport.reset();
    seller.page = SellerState::Page::Group;
    return;
  }
  const ProductCsvImport& import = *seller.csvImport;
  Heading(Tr(lang, Msg::SellerImportCsv));
  Say(seller.csvImportName, "csv.file");
  std::set<Id> known;
  for (const Product& p : state.data.products)
    if (p.groupId == group.id) known.insert(p.id);
  std::size_t added = 0, changed = 0;
  for (const Product& p : import.products) (known.count(p.id) ? changed : added)++;
  Say(Count(lang, Msg::SellerWillAdd, added), "csv.added");
  Say(Count(lang, Msg::SellerWillChange, changed), "csv.changed");
  for (std::size_t i = 0; i < import.products.size(); ++i) {
    const Product& p = import.products[i];
    const std::string mark(Tr(lang, known.count(p.id) ? Msg::SellerChanged : Msg::SellerNew));
    Say(mark + ": " + std::string(p.name.Get(code)) + " (" + p.sku + ")", "csv.product." + std::to_string(i));
  }
  if (!import.errors.empty()) {
    Heading(Tr(lang, Msg::SellerRowsSkipped));
    for (std::size_t i = 0; i < import.errors.size(); ++i) SayError(Describe(import.errors[i], lang), "csv.error." + std::to_string(i));
  }
  for (std::size_t i = 0; i < import.warnings.size(); ++i) Say(Describe(import.warnings[i], lang), "csv.warning." + std::to_string(i));
  if (import.products.empty()) return;
  if (TouchButton("csv.apply", Tr(lang, Msg::SellerApplyImport))) {
    for (const Product& product : import.products) {
      auto it = std::find_if(state.data.products.begin(), state.data.products.end(),
                             [&](const Product& p) { return p.id == product.id; });
      if (it != state.data.products.end()) *it = product;
      else state.data.products.push_back(product);
    }
    state.Changed();
    seller.message = Count(lang, Msg::SellerImported, import.products.size());
    seller.csvImport.reset();
    seller.page = SellerState::Page::Group;
  }
}

void DrawCatalogueImport(AppState& state, Platform& platform) {
  const Language lang = state.language;
  CatalogueImportState& import = state.catalogueImport;
  if (TouchButton("nav.back", Tr(lang, Msg::Back))) {
    import = {};
    state.screen = Screen::Shop;
    return;
  }
  Heading(Tr(lang, Msg::CatImportTitle));
  Say(Tr(lang, Msg::CatImportHint), "catimport.hint");
  if (TouchButton("catimport.file", Tr(lang, Msg::CatImportFile))) {
    import.done.clear();
    platform.ChooseFile(kCataloguePackPurpose, ".json,application/json");
  }
  TextField(state, platform, "catimport.url", Tr(lang, Msg::CatImportUrl), import.url,
            {.kind = FieldKind::Url, .hint = "https://"});
  if (TouchButton("catimport.fetch", Tr(lang, Msg::CatImportFetch))) {
    import.done.clear();
    if (import.url.empty()) import.error = Tr(lang, Msg::CatImportUrlMissing);
    else platform.FetchUrl(kCataloguePackPurpose, import.url);
  }
  if (!import.error.empty()) SayError(import.error, "catimport.error");
  if (!import.done.empty()) Say(import.done, "catimport.done");
  if (!import.pack) return;

  const CataloguePack& pack = *import.pack;
  const CatalogueDiff& diff = import.diff;
  ImGui::Separator();
  Heading(pack.group.name);
  PublishLastItem(pack.group.name + "###catimport.group");
  Say(pack.group.region.empty() ? pack.group.country : pack.group.region + ", " + pack.group.country, "catimport.place");
  Say(Count(lang, Msg::SellerProducts, pack.products.size()), "catimport.products");
  Say(Tr(lang, diff.newGroup ? Msg::CatImportNewGroup : Msg::CatImportKnownGroup), "catimport.groupstate");
  Say(Count(lang, Msg::SellerWillAdd, diff.added.size()), "catimport.added");
  Say(Count(lang, Msg::SellerWillChange, diff.changed.size()), "catimport.changed");
  if (!diff.removed.empty()) Say(Count(lang, Msg::CatImportWillArchive, diff.removed.size()), "catimport.removed");
  if (!diff.conflicts.empty()) SayError(Count(lang, Msg::CatImportConflicts, diff.conflicts.size()), "catimport.conflicts");
  if (diff.Empty()) {
    Say(Tr(lang, Msg::CatImportNothingNew), "catimport.same");
    return;
  }
  if (TouchButton("catimport.apply", Tr(lang, Msg::CatImportApply))) {
    ApplyCatalogue(state.data, pack);
    state.Changed();
    import.done = pack.group.name + ": " + Count(lang, Msg::SellerProducts, pack.products.size());
    import.pack.reset();
  }
  if (TouchButton("catimport.cancel", Tr(lang, Msg::CatImportCancel))) import.pack.reset();
}

}  // namespace hw
