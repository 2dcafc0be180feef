#pragma once
// What the buyer's screens keep between frames: the search and its index, the filters
// and results, the product page, the order being reviewed, and the catalogue import.
// Nothing here is saved; the model in AppData is.
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "app/screen.hpp"
#include "shared/catalogue/catalogue_pack.hpp"
#include "shared/catalogue/search.hpp"
#include "shared/i18n/i18n.hpp"
#include "shared/model.hpp"

namespace hw {

// The Shop's search: what the person typed, and the index it runs on.
struct ShopState {
  std::string searchText;
  SearchIndex index;
  // The catalogue (CatalogueFingerprint) as of the state's revision catalogueRevision; the
  // index, the facets and the results are redone only when it differs from theirs.
  std::uint64_t catalogue = 0;
  std::uint64_t catalogueRevision = ~std::uint64_t{0};
  std::uint64_t indexCatalogue = 0;
  Language indexLanguage = Language::Count;
  // Browsing: the filters and sort chosen, and the results of the last query (searched
  // again only when the query or the index changed, so scrolling costs no search).
  SearchQuery query;               // text is searchText; the rest are the chosen filters
  std::string minPrice, maxPrice;  // as typed, in the filter currency
  bool filtersOpen = false;
  Screen scrolledFor = Screen::Home;  // the buyer's screen whose scroll was last set
  float shopScrollY = 0;              // where the Shop's list was, for coming back to it
  std::vector<SearchHit> hits;
  std::vector<std::string> categories, countries, currencies;  // offered as filters
  std::map<Id, std::size_t> groupProducts;                     // products offered per group
  bool allGroups = false;                                      // every group listed, not only the first few
  std::optional<std::uint64_t> facetsCatalogue;
  std::string hitsKey;  // the query and the catalogue the hits are for
  // The product page: which product, photo, variant and quantity as typed.
  Id productId;
  std::size_t photoIndex = 0;
  Id variantId;
  std::string quantityText;
  Id addedToOrder;           // the order request a line was just added to ("" = none)
  bool revealAdded = false;  // scroll so that the confirmation is seen
  // The order request being reviewed, and what happened when it was sent.
  Id orderId;
  std::string neededByText;  // as typed ("YYYY-MM-DD")
  bool triedToSend = false;  // errors are shown once the person tried to send
  Id sentOrder;              // just sent: the share buttons are offered
  // A line's quantity as typed on the order review while it is not yet a number the
  // line can take ("productId/variantId" -> text); the line keeps its last good one.
  std::map<std::string, std::string> lineQuantityText;
};

// Where the first start's demo catalogues are (app/shop/demo_loader.hpp).
struct DemoLoad {
  enum class Stage { Idle, Index, Packs, Done };
  Stage stage = Stage::Idle;
  std::size_t pending = 0;  // packs asked for, not arrived yet
  std::size_t added = 0;
  std::vector<Id> order;  // the groups as the index lists them
};

// The buyer's import of a catalogue pack from a file or a link.
struct CatalogueImportState {
  std::string url;
  std::optional<CataloguePack> pack;
  CatalogueDiff diff;
  std::string source;  // file name or URL the pack came from
  std::string error;
  std::string done;  // what the last import added
};

}  // namespace hw
