#include <doctest/doctest.h>

#include <algorithm>
#include <functional>
#include <string>

#include "shared/catalogue/search.hpp"
#include "shared/i18n/text_fold.hpp"
#include "tests/unit/sample_data.hpp"

using namespace hw;

TEST_SUITE_BEGIN("catalogue");

TEST_CASE("folding lowers case and strips Latin diacritics") {
  CHECK(Fold("Kāntha") == "kantha");
  CHECK(Fold("CRÈME Brûlée") == "creme brulee");
  CHECK(Fold("Straße Æsir Œuvre Þing") == "strasse aesir oeuvre thing");
  CHECK(Fold("Łódź Đà Nẵng") == "lodz da nang");
  CHECK(Fold("Việt Nam, phở bò!") == "viet nam pho bo");
  CHECK(Fold("Ṛṣi ḍhoklā ṇ ṃ ḥ") == "rsi dhokla n m h");
  CHECK(Fold("Șă Ţ ǅ ǖ") == "sa t dz u");
  CHECK(Fold("Ka\xCC\x84ntha") == "kantha");  // decomposed: a + combining macron
  CHECK(Fold("  a--b  ") == "a b");
}

TEST_CASE("folding keeps other scripts exactly as written") {
  CHECK(Fold("कांथा") == "कांथा");
  CHECK(Fold("ผ้าไหม") == "ผ้าไหม");
  CHECK(Fold("কাঁথা সেলাই") == "কাঁথা সেলাই");
  CHECK(Fold("Ωμέγα") == "Ωμέγα");
}

TEST_CASE("folding survives invalid UTF-8") {
  CHECK(Fold("a\xFF"
             "b") == "a b");
  CHECK(Fold("\xE0\xA4") == "");
  CHECK(Fold("\xED\xA0\x80x") == "x");  // a surrogate
  CHECK(Fold("\xC0\xAF") == "");        // overlong
}

namespace {

AppData Catalogue() {
  AppData data;
  ArtisanGroup india = test::SampleGroup();
  india.id = "g-in";
  ArtisanGroup thailand = test::SampleGroup();
  thailand.id = "g-th";
  thailand.country = "TH";
  data.groups = {india, thailand};
  auto make = [&](const char* id, const char* group, const char* name, std::int64_t price, Timestamp updated) {
    Product p;
    p.id = id;
    p.groupId = group;
    p.sku = std::string("SKU-") + id;
    p.name.Set("en", name);
    p.price = {price, "INR"};
    p.updatedAt = updated;
    data.products.push_back(p);
    return &data.products.back();
  };
  make("p1", "g-in", "Kāntha quilt", 450000, 10)->tags = {"recycled"};
  make("p2", "g-in", "Kantha cushion cover", 90000, 30)->description.Set("en", "Cushion in kantha stitch");
  make("p3", "g-th", "Silk scarf", 120000, 20)->name.Set("th", "ผ้าไหม");
  make("p4", "g-th", "Rattan basket", 70000, 40)->category = "baskets";
  Product* stocked = make("p5", "g-th", "Basket, small", 30000, 50);
  stocked->availability = Availability::InStock;
  stocked->stockOnHand = 4;
  stocked->minOrder = 10;
  make("p6", "g-in", "Hidden quilt", 1, 60)->archived = true;
  make("p7", "g-in", "Quilt on request", 0, 5)->priceOnRequest = true;
  return data;
}

std::vector<Id> Ids(const AppData& data, const std::vector<SearchHit>& hits) {
  std::vector<Id> ids;
  for (const SearchHit& hit : hits) ids.push_back(data.products[hit.product].id);
  return ids;
}

}  // namespace

TEST_CASE("search finds words in any language, accent-insensitive, anywhere in a word") {
  const AppData data = Catalogue();
  const SearchIndex index = SearchIndex::Build(data, "en");
  REQUIRE(index.ProductCount() == data.products.size());
  auto find = [&](std::string text) {
    SearchQuery q;
    q.text = std::move(text);
    q.sort = SortOrder::Name;
    return Ids(data, index.Search(q));
  };
  CHECK(find("kantha") == std::vector<Id>{"p2", "p1"});
  CHECK(find("KĀNTHA") == std::vector<Id>{"p2", "p1"});
  CHECK(find("kanth") == std::vector<Id>{"p2", "p1"});
  CHECK(find("antha") == std::vector<Id>{"p2", "p1"});
  CHECK(find("kantha cush") == std::vector<Id>{"p2"});
  CHECK(find("ไหม") == std::vector<Id>{"p3"});
  CHECK(find("recycled") == std::vector<Id>{"p1"});
  CHECK(find("baskets") == std::vector<Id>{"p4"});
  CHECK(find("sku-p3") == std::vector<Id>{"p3"});
  CHECK(find("hidden").empty());  // archived
  CHECK(find("zebra").empty());
  CHECK(find("").size() == 6);
  CHECK(find("  ,, ").size() == 6);

  SUBCASE("relevance puts name matches and word starts first") {
    SearchQuery q;
    q.text = "kantha";
    const auto hits = index.Search(q);
    REQUIRE(hits.size() == 2);
    CHECK(hits[0].score >= hits[1].score);
    CHECK(hits[0].score > 0);
  }
}

TEST_CASE("results by relevance: best score first, then by name; the same first ones with a limit") {
  // 300 products whose names and descriptions make scores that tie.
  AppData data = Catalogue();
  data.products.resize(2);
  const char* names[] = {"Quilt", "Indigo quilt", "Cushion", "Quilted bag", "Bag"};
  for (int i = 0; i < 300; ++i) {
    Product p = data.products[0];
    p.id = "q" + std::to_string(i);
    p.name.Set("en", std::string(names[i % 5]) + " " + std::to_string((i * 37) % 300));
    p.description.Set("en", i % 3 == 0 ? "quilt of cotton" : "cotton");
    p.tags.clear();
    data.products.push_back(p);
  }
  const SearchIndex index = SearchIndex::Build(data, "en");
  SearchQuery q;
  q.text = "quilt";
  const std::vector<SearchHit> all = index.Search(q);
  REQUIRE(all.size() > 150);
  std::size_t ties = 0;
  for (std::size_t i = 1; i < all.size(); ++i) {
    CAPTURE(i);
    REQUIRE(all[i - 1].score >= all[i].score);
    if (all[i - 1].score == all[i].score) {
      ++ties;
      CHECK(Fold(data.products[all[i - 1].product].name.Get("en")) <=
            Fold(data.products[all[i].product].name.Get("en")));
    }
  }
  CHECK(ties > 100);
  CHECK(all.front().score > all.back().score);
  q.limit = 40;
  const std::vector<SearchHit> first = index.Search(q);
  REQUIRE(first.size() == 40);
  for (std::size_t i = 0; i < first.size(); ++i) {
    CHECK(first[i].product == all[i].product);
    CHECK(first[i].score == all[i].score);
  }
  // By name: the same products, each with its score.
  q.limit = 0;
  q.sort = SortOrder::Name;
  std::vector<SearchHit> byName = index.Search(q);
  REQUIRE(byName.size() == all.size());
  for (std::size_t i = 1; i < byName.size(); ++i)
    CHECK(Fold(data.products[byName[i - 1].product].name.Get("en")) <=
          Fold(data.products[byName[i].product].name.Get("en")));
  std::vector<SearchHit> sorted = all;
  const auto byProduct = [](const SearchHit& a, const SearchHit& b) { return a.product < b.product; };
  std::sort(sorted.begin(), sorted.end(), byProduct);
  std::sort(byName.begin(), byName.end(), byProduct);
  for (std::size_t i = 0; i < sorted.size(); ++i) {
    CHECK(sorted[i].product == byName[i].product);
    CHECK(sorted[i].score == byName[i].score);
  }
}

TEST_CASE("search filters by country, group, category, price, stock and minimum order") {
  const AppData data = Catalogue();
  const SearchIndex index = SearchIndex::Build(data, "en");
  SearchQuery q;
  q.sort = SortOrder::Name;
  SUBCASE("country") {
    q.country = "TH";
    CHECK(Ids(data, index.Search(q)) == std::vector<Id>{"p5", "p4", "p3"});
  }
  SUBCASE("group and category") {
    q.groupId = "g-th";
    q.category = "baskets";
    CHECK(Ids(data, index.Search(q)) == std::vector<Id>{"p4"});
  }
  SUBCASE("price range leaves out prices on request and other currencies") {
    q.priceCurrency = "INR";
    q.minPriceMinor = 70000;
    q.maxPriceMinor = 120000;
    CHECK(Ids(data, index.Search(q)) == std::vector<Id>{"p2", "p4", "p3"});
    q.priceCurrency = "THB";
    CHECK(index.Search(q).empty());
  }
  SUBCASE("in stock and made to order") {
    q.stock = StockFilter::InStock;
    CHECK(Ids(data, index.Search(q)) == std::vector<Id>{"p5"});
    q.stock = StockFilter::MadeToOrder;
    CHECK(index.Search(q).size() == 5);
  }
  SUBCASE("minimum order at most N") {
    q.maxMinOrder = 5;
    CHECK(index.Search(q).size() == 5);
  }
  SUBCASE("archived on demand") {
    q.includeArchived = true;
    CHECK(index.Search(q).size() == 7);
  }
  SUBCASE("a country, group, category or currency no product has finds nothing") {
    SearchQuery baskets = q;
    baskets.text = "basket";
    REQUIRE_FALSE(index.Search(baskets).empty());
    for (auto set : {+[](SearchQuery& x) { x.country = "VN"; }, +[](SearchQuery& x) { x.groupId = "g-none"; },
                     +[](SearchQuery& x) { x.category = "pottery"; },
                     +[](SearchQuery& x) {
                       x.priceCurrency = "USD";
                       x.minPriceMinor = 0;
                     }}) {
      SearchQuery wrong = q;
      set(wrong);
      CHECK(index.Search(wrong).empty());
      wrong.text = "basket";
      CHECK(index.Search(wrong).empty());
    }
  }
}

TEST_CASE("search sorts by name, price and newest, and honours a limit") {
  const AppData data = Catalogue();
  const SearchIndex index = SearchIndex::Build(data, "en");
  SearchQuery q;
  q.sort = SortOrder::PriceLowToHigh;
  CHECK(Ids(data, index.Search(q)) == std::vector<Id>{"p5", "p4", "p2", "p3", "p1", "p7"});
  q.sort = SortOrder::PriceHighToLow;
  CHECK(Ids(data, index.Search(q)) == std::vector<Id>{"p1", "p3", "p2", "p4", "p5", "p7"});
  q.sort = SortOrder::Newest;
  CHECK(Ids(data, index.Search(q)) == std::vector<Id>{"p5", "p4", "p2", "p3", "p1", "p7"});
  q.limit = 2;
  CHECK(Ids(data, index.Search(q)) == std::vector<Id>{"p5", "p4"});
}

TEST_CASE("a single letter matches word starts, and an empty catalogue finds nothing") {
  const AppData data = Catalogue();
  const SearchIndex index = SearchIndex::Build(data, "en");
  SearchQuery q;
  q.text = "q";
  q.sort = SortOrder::Name;
  CHECK(Ids(data, index.Search(q)) == std::vector<Id>{"p1", "p7"});  // "quilt"
  q.text = "t";
  CHECK(index.Search(q).empty());  // inside "kantha", "rattan", "basket", but no word starts with it
  q.text = "an";
  CHECK(Ids(data, index.Search(q)) == std::vector<Id>{"p2", "p1", "p4"});  // two letters match inside words
  const SearchIndex empty = SearchIndex::Build(AppData{}, "en");
  q.text = "kantha";
  CHECK(empty.Search(q).empty());
  q.text = "";
  CHECK(empty.Search(q).empty());
}

TEST_CASE("the catalogue's fingerprint follows what the search reads, and nothing else") {
  const AppData data = test::SampleData();
  REQUIRE(data.products.size() >= 2);
  const std::uint64_t before = CatalogueFingerprint(data);
  CHECK(CatalogueFingerprint(data) == before);
  SUBCASE("an order request, a setting or a photo leaves it") {
    AppData other = data;
    other.orders.push_back(OrderRequest{});
    other.settings.language = "th";
    other.products[0].photos.clear();
    CHECK(CatalogueFingerprint(other) == before);
  }
  SUBCASE("each field the index uses changes it") {
    const std::vector<std::function<void(AppData&)>> changes = {
        [](AppData& d) { d.products[0].name.Set("hi", "टोकरी"); },
        [](AppData& d) { d.products[0].description.Set("en", "another story"); },
        [](AppData& d) { d.products[0].sku += "x"; },
        [](AppData& d) { d.products[0].category = "food"; },
        [](AppData& d) { d.products[0].tags.push_back("new"); },
        [](AppData& d) { d.products[0].materials.push_back("clay"); },
        [](AppData& d) { d.products[0].price.minor += 1; },
        [](AppData& d) { d.products[0].minOrder += 1; },
        [](AppData& d) { d.products[0].archived = !d.products[0].archived; },
        [](AppData& d) { d.products[0].priceOnRequest = !d.products[0].priceOnRequest; },
        [](AppData& d) { d.products[0].stockOnHand += 1; },
        [](AppData& d) { d.products[0].variants.emplace_back().stock = 3; },
        [](AppData& d) { d.products[0].updatedAt += 1; },
        [](AppData& d) { d.groups[0].country = "ZZ"; },
        [](AppData& d) { std::swap(d.products[0], d.products[1]); },
        [](AppData& d) { d.products.pop_back(); },
    };
    for (std::size_t i = 0; i < changes.size(); ++i) {
      AppData other = data;
      changes[i](other);
      CAPTURE(i);
      CHECK(CatalogueFingerprint(other) != before);
    }
  }
}

TEST_SUITE_END();
