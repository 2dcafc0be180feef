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
#include <string>
#include <string_view>
#include <vector>

#include "shared/model.hpp"

namespace hw {

enum class StockFilter : std::uint8_t { Any, InStock, MadeToOrder };
enum class SortOrder : std::uint8_t { Relevance, Name, PriceLowToHigh, PriceHighToLow, Newest };

struct SearchQuery {
  std::string text;
  std::string country;   // ISO 3166 code of the group; "" = any
  Id groupId;            // "" = any
  std::string category;  // "" = any
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

class SearchIndex {
 public:
  SearchIndex() = default;
  // `language` chooses the name used for sorting by name.
  static SearchIndex Build(const AppData& data, std::string_view language);

  std::vector<SearchHit> Search(const SearchQuery& query) const;
  std::size_t ProductCount() const { return docs_.size(); }
  std::size_t WordCount() const { return words_.size(); }

 private:
  struct Doc {
    std::string country;
    Id groupId;
    std::string category;
    std::string currency;
    std::string sortName;  // folded
    std::int64_t priceMinor = 0;
    Timestamp updatedAt = 0;
    std::uint32_t minOrder = 1;
    bool priceOnRequest = false;
    bool inStock = false;
    bool madeToOrder = false;
    bool archived = false;
  };
  struct Suffix {
    std::uint32_t word;
    std::uint32_t offset;
  };
  std::string_view SuffixText(const Suffix& s) const { return std::string_view(words_[s.word]).substr(s.offset); }
  bool Passes(const Doc& doc, const SearchQuery& query) const;

  std::vector<Doc> docs_;
  std::vector<std::string> words_;
  std::vector<std::vector<std::uint32_t>> postings_;  // per word: doc << 2 | field weight
  std::vector<Suffix> suffixes_;                      // sorted by text
  std::vector<std::uint32_t> byName_;                 // docs sorted by folded name
};

}  // namespace hw
