#pragma once
// Product search: words in names, descriptions, tags, category, materials and SKU,
// in every language, folded (see text_fold.hpp) so "kantha" finds "Kāntha"; each
// query word matches anywhere inside an indexed word ("kanth", "antha"), and all
// query words must match. Filters and sorting on top.
//
// SearchIndex is built once from AppData (rebuild it after the products change)
// and holds the folded words, a sorted array of their suffixes and, per word, the
// products that use it, so a query costs a few binary searches plus the postings.
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "shared/model.hpp"

namespace hw {

enum class StockFilter : std::uint8_t { Any, InStock, MadeToOrder };
enum class SortOrder : std::uint8_t { Relevance, Name, PriceLowToHigh, PriceHighToLow, Newest };

struct SearchQuery {
  std::string text;
  std::string country;        // ISO 3166 code of the group; "" = any
  Id groupId;                 // "" = any
  std::string category;       // "" = any
  std::string priceCurrency;  // a price range applies to products in this currency
  std::optional<std::int64_t> minPriceMinor;
  std::optional<std::int64_t> maxPriceMinor;
  StockFilter stock = StockFilter::Any;
  std::optional<std::uint32_t> maxMinOrder;  // minimum order <= this
  bool includeArchived = false;
  SortOrder sort = SortOrder::Relevance;
  std::size_t limit = 0;  // 0 = all
};

struct SearchHit {
  std::size_t product;  // index into AppData::products
  std::uint32_t score;  // higher is better; 0 without text
};

// A number that changes whenever anything a SearchIndex or the Shop's filters read of
// the products and groups changes (their order included): a change elsewhere in the
// state (an order, a setting) leaves it alone, so the index need not be built again.
std::uint64_t CatalogueFingerprint(const AppData& data);

class SearchIndex {
 public:
  SearchIndex() = default;
  // `language` chooses the name used for sorting by name.
  static SearchIndex Build(const AppData& data, std::string_view language);

  std::vector<SearchHit> Search(const SearchQuery& query) const;
  std::size_t ProductCount() const { return docs_.size(); }
  std::size_t WordCount() const { return words_.size(); }

 private:
  // What the filters and sorting need of a product, in 48 bytes: texts that many
  // products share (country, group, category, currency) are numbers into labels_.
  struct Doc {
    std::uint32_t country = 0, group = 0, category = 0, currency = 0;
    std::uint32_t nameRank = 0;  // position in byName_
    std::uint32_t minOrder = 1;
    std::int64_t priceMinor = 0;
    Timestamp updatedAt = 0;
    bool priceOnRequest = false;
    bool inStock = false;
    bool madeToOrder = false;
    bool archived = false;
  };
  struct Suffix {
    std::uint32_t word;
    std::uint32_t offset;
  };
  // A query's filters as label numbers: kAny when not filtered.
  struct Wanted {
    std::uint32_t country, group, category, currency;
  };
  static constexpr std::uint32_t kAny = UINT32_MAX;
  static constexpr std::uint32_t kUnknown = UINT32_MAX - 1;  // a text no product has
  std::string_view SuffixText(const Suffix& s) const { return std::string_view(words_[s.word]).substr(s.offset); }
  std::span<const std::uint32_t> Postings(std::uint32_t word) const {
    return std::span(postings_).subspan(postingStart_[word], postingStart_[word + 1] - postingStart_[word]);
  }
  std::uint32_t FindLabel(std::string_view text) const;
  Wanted Resolve(const SearchQuery& query) const;
  bool Passes(const Doc& doc, const SearchQuery& query, const Wanted& wanted) const;

  std::vector<Doc> docs_;
  std::vector<std::string> labels_;  // sorted, so label numbers compare like the texts
  std::vector<std::string> words_;
  std::vector<std::uint32_t> postings_;      // per word, one after another: doc << 2 | field weight
  std::vector<std::uint32_t> postingStart_;  // word w's postings start at postingStart_[w]
  std::vector<Suffix> suffixes_;             // sorted by text
  std::vector<std::uint32_t> byName_;        // docs sorted by folded name
};

}  // namespace hw
