#include "shared/search.hpp"

#include <algorithm>
#include <functional>
#include <memory>
#include <unordered_map>

#include "shared/text_fold.hpp"

namespace hw {
namespace {

constexpr std::uint32_t kWeightName = 3;
constexpr std::uint32_t kWeightLabel = 2;  // tags, category, materials, SKU
constexpr std::uint32_t kWeightText = 1;   // description

}  // namespace

SearchIndex SearchIndex::Build(const AppData& data, std::string_view language) {
  SearchIndex index;
  index.docs_.reserve(data.products.size());
  // The map's keys view strings that must not move while it grows: each word is
  // owned by its own allocation until the index takes them over.
  std::unordered_map<std::string_view, std::uint32_t> wordIds;
  std::vector<std::unique_ptr<std::string>> owned;
  std::string folded;
  std::vector<std::uint32_t> lastDocOfWord;

  for (std::size_t d = 0; d < data.products.size(); ++d) {
    const Product& p = data.products[d];
    Doc doc;
    if (const ArtisanGroup* group = data.FindGroup(p.groupId)) doc.country = group->country;
    doc.groupId = p.groupId;
    doc.category = p.category;
    doc.currency = p.price.currency;
    doc.sortName = Fold(p.name.Get(language));
    doc.priceMinor = p.price.minor;
    doc.updatedAt = p.updatedAt;
    doc.minOrder = p.minOrder;
    doc.priceOnRequest = p.priceOnRequest;
    doc.inStock = p.InStock();
    doc.madeToOrder = p.availability == Availability::MadeToOrder;
    doc.archived = p.archived;
    index.docs_.push_back(std::move(doc));

    const auto docId = static_cast<std::uint32_t>(d);
    auto add = [&](std::string_view text, std::uint32_t weight) {
      folded.clear();
      AppendFolded(text, folded);
      for (std::string_view word : FoldedWords(folded)) {
        auto it = wordIds.find(word);
        std::uint32_t id = 0;
        if (it == wordIds.end()) {
          id = static_cast<std::uint32_t>(owned.size());
          owned.push_back(std::make_unique<std::string>(word));
          wordIds.emplace(*owned.back(), id);
          index.postings_.emplace_back();
          lastDocOfWord.push_back(UINT32_MAX);
        } else {
          id = it->second;
        }
        auto& posting = index.postings_[id];
        if (lastDocOfWord[id] == docId) {
          // Same product again: keep the best field weight.
          const std::uint32_t previous = posting.back() & 3u;
          if (weight > previous) posting.back() = (docId << 2) | weight;
        } else {
          posting.push_back((docId << 2) | weight);
          lastDocOfWord[id] = docId;
        }
      }
    };
    for (const auto& [code, text] : p.name.texts) add(text, kWeightName);
    add(p.sku, kWeightLabel);
    add(p.category, kWeightLabel);
    for (const auto& tag : p.tags) add(tag, kWeightLabel);
    for (const auto& material : p.materials) add(material, kWeightLabel);
    for (const auto& [code, text] : p.description.texts) add(text, kWeightText);
  }

  index.words_.reserve(owned.size());
  for (auto& word : owned) index.words_.push_back(std::move(*word));
  for (std::uint32_t w = 0; w < index.words_.size(); ++w) {
    const std::string& word = index.words_[w];
    for (std::uint32_t offset = 0; offset < word.size(); ++offset) {
      // Suffixes start on code point boundaries only.
      if ((static_cast<unsigned char>(word[offset]) & 0xC0) == 0x80) continue;
      index.suffixes_.push_back({w, offset});
    }
  }
  index.byName_.resize(index.docs_.size());
  for (std::uint32_t d = 0; d < index.byName_.size(); ++d) index.byName_[d] = d;
  std::sort(index.byName_.begin(), index.byName_.end(), [&](std::uint32_t a, std::uint32_t b) {
    const std::string& x = index.docs_[a].sortName;
    const std::string& y = index.docs_[b].sortName;
    return x != y ? x < y : a < b;
  });
  std::sort(index.suffixes_.begin(), index.suffixes_.end(),
            [&](const Suffix& a, const Suffix& b) { return index.SuffixText(a) < index.SuffixText(b); });
  return index;
}

bool SearchIndex::Passes(const Doc& doc, const SearchQuery& query) const {
  if (doc.archived && !query.includeArchived) return false;
  if (!query.country.empty() && doc.country != query.country) return false;
  if (!query.groupId.empty() && doc.groupId != query.groupId) return false;
  if (!query.category.empty() && doc.category != query.category) return false;
  if (query.minPriceMinor || query.maxPriceMinor) {
    if (doc.priceOnRequest || doc.currency != query.priceCurrency) return false;
    if (query.minPriceMinor && doc.priceMinor < *query.minPriceMinor) return false;
    if (query.maxPriceMinor && doc.priceMinor > *query.maxPriceMinor) return false;
  }
  if (query.stock == StockFilter::InStock && !doc.inStock) return false;
  if (query.stock == StockFilter::MadeToOrder && !doc.madeToOrder) return false;
  if (query.maxMinOrder && doc.minOrder > *query.maxMinOrder) return false;
  return true;
}

std::vector<SearchHit> SearchIndex::Search(const SearchQuery& query) const {
  const std::string foldedQuery = Fold(query.text);
  std::vector<std::string_view> tokens = FoldedWords(foldedQuery);
  // Longer words first: they match fewer products, so later words touch less.
  std::sort(tokens.begin(), tokens.end(), [](std::string_view a, std::string_view b) { return a.size() > b.size(); });
  tokens.erase(std::unique(tokens.begin(), tokens.end()), tokens.end());

  std::vector<SearchHit> hits;
  if (tokens.empty() && (query.sort == SortOrder::Relevance || query.sort == SortOrder::Name)) {
    // Browsing without words: walk the order prepared at build time.
    for (std::uint32_t d : byName_) {
      if (!Passes(docs_[d], query)) continue;
      hits.push_back({d, 0});
      if (query.limit > 0 && hits.size() == query.limit) break;
    }
    return hits;
  }
  if (tokens.empty()) {
    for (std::size_t d = 0; d < docs_.size(); ++d) {
      if (Passes(docs_[d], query)) hits.push_back({d, 0});
    }
  } else {
    const std::size_t n = docs_.size();
    std::vector<std::uint8_t> matched(n, 0);      // how many tokens matched so far
    std::vector<std::uint16_t> total(n, 0);       // summed best score
    std::vector<std::uint8_t> best(n, 0);         // best score for the current token
    std::vector<std::uint32_t> touched;           // docs with best > 0 for the current token
    std::vector<std::uint32_t> words;
    for (std::size_t t = 0; t < tokens.size() && t < 255; ++t) {
      const std::string_view token = tokens[t];
      const auto first = std::lower_bound(suffixes_.begin(), suffixes_.end(), token,
                                          [&](const Suffix& s, std::string_view value) { return SuffixText(s) < value; });
      // A single letter matches word starts only: inside words it is everywhere.
      const bool wordStartsOnly =
          std::count_if(token.begin(), token.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }) < 2;
      words.clear();
      for (auto it = first; it != suffixes_.end(); ++it) {
        const std::string_view text = SuffixText(*it);
        if (text.compare(0, token.size(), token) != 0) break;
        if (wordStartsOnly && it->offset != 0) continue;
        // Score 2 extra when the word starts with the token, so prefixes rank first.
        words.push_back((it->word << 1) | (it->offset == 0 ? 1u : 0u));
      }
      touched.clear();
      for (std::uint32_t entry : words) {
        const std::uint32_t bonus = (entry & 1u) ? 2 : 0;
        for (std::uint32_t posting : postings_[entry >> 1]) {
          const std::uint32_t doc = posting >> 2;
          if (matched[doc] != t) continue;  // missed an earlier token
          const auto score = static_cast<std::uint8_t>((posting & 3u) + bonus);
          if (best[doc] == 0) touched.push_back(doc);
          if (score > best[doc]) best[doc] = score;
        }
      }
      if (touched.empty()) return {};
      for (std::uint32_t doc : touched) {
        matched[doc] = static_cast<std::uint8_t>(t + 1);
        total[doc] = static_cast<std::uint16_t>(total[doc] + best[doc]);
        best[doc] = 0;
      }
    }
    const auto needed = static_cast<std::uint8_t>(std::min<std::size_t>(tokens.size(), 255));
    for (std::size_t d = 0; d < n; ++d) {
      if (matched[d] == needed && Passes(docs_[d], query)) hits.push_back({d, total[d]});
    }
  }

  auto byName = [&](const SearchHit& a, const SearchHit& b) {
    const Doc& x = docs_[a.product];
    const Doc& y = docs_[b.product];
    if (x.sortName != y.sortName) return x.sortName < y.sortName;
    return a.product < b.product;
  };
  auto byPrice = [&](const SearchHit& a, const SearchHit& b, bool ascending) {
    const Doc& x = docs_[a.product];
    const Doc& y = docs_[b.product];
    // Price on request goes last either way.
    if (x.priceOnRequest != y.priceOnRequest) return y.priceOnRequest;
    if (x.currency != y.currency) return x.currency < y.currency;
    if (x.priceMinor != y.priceMinor) return ascending ? x.priceMinor < y.priceMinor : x.priceMinor > y.priceMinor;
    return byName(a, b);
  };
  std::function<bool(const SearchHit&, const SearchHit&)> less;
  switch (query.sort) {
    case SortOrder::Relevance:
      less = [&](const SearchHit& a, const SearchHit& b) { return a.score != b.score ? a.score > b.score : byName(a, b); };
      break;
    case SortOrder::Name: less = byName; break;
    case SortOrder::PriceLowToHigh: less = [&](const SearchHit& a, const SearchHit& b) { return byPrice(a, b, true); }; break;
    case SortOrder::PriceHighToLow: less = [&](const SearchHit& a, const SearchHit& b) { return byPrice(a, b, false); }; break;
    case SortOrder::Newest:
      less = [&](const SearchHit& a, const SearchHit& b) {
        const Timestamp x = docs_[a.product].updatedAt, y = docs_[b.product].updatedAt;
        return x != y ? x > y : byName(a, b);
      };
      break;
  }
  if (query.limit > 0 && query.limit < hits.size()) {
    std::partial_sort(hits.begin(), hits.begin() + static_cast<std::ptrdiff_t>(query.limit), hits.end(), less);
    hits.resize(query.limit);
  } else {
    std::sort(hits.begin(), hits.end(), less);
  }
  return hits;
}

}  // namespace hw
