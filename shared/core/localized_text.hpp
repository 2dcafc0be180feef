#pragma once
#include <cereal/cereal.hpp>
#include <cereal/types/map.hpp>
#include <cereal/types/string.hpp>
#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <iterator>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include "shared/core/serialize_util.hpp"

namespace hw {

// Text in several languages, keyed by BCP 47 code ("en", "hi", "th"), in code order.
// All of it sits in one string (each code and text with its length before it): a
// product's name costs one allocation, not a map node per language.
class LocalizedText {
 public:
  struct Entry {
    std::string_view code;
    std::string_view text;
  };
  class Iterator {
   public:
    using iterator_category = std::forward_iterator_tag;
    using value_type = Entry;
    using difference_type = std::ptrdiff_t;
    using pointer = void;
    using reference = Entry;
    Iterator() = default;
    explicit Iterator(std::string_view rest) : rest_(rest) { Read(); }
    Entry operator*() const { return entry_; }
    Iterator& operator++() {
      Read();
      return *this;
    }
    Iterator operator++(int) {
      Iterator before = *this;
      Read();
      return before;
    }
    bool operator==(const Iterator& other) const { return done_ == other.done_ && rest_.size() == other.rest_.size(); }

   private:
    void Read();
    std::string_view rest_;
    Entry entry_;
    bool done_ = true;
  };

  std::string fallback = "en";

  LocalizedText() = default;
  LocalizedText(std::initializer_list<std::pair<std::string_view, std::string_view>> texts);

  // The text in `language`, else in the fallback language, else any text, else "".
  std::string_view Get(std::string_view language) const;
  // The text in exactly `code`, if there is one (it may be "").
  std::optional<std::string_view> Find(std::string_view code) const;
  bool Has(std::string_view code) const { return Find(code).has_value(); }
  void Set(std::string_view code, std::string_view text);
  void Erase(std::string_view code);
  std::size_t Count() const;
  bool Empty() const;  // no text, or only blank ones
  Iterator begin() const { return Iterator(packed_); }
  Iterator end() const { return Iterator(std::string_view(packed_).substr(packed_.size())); }

  // Saved as a map from code to text, as it always was.
  template <class Archive>
  void serialize(Archive& ar, std::uint32_t /*version*/) {
    TextsAsMap texts{*this};
    ar(cereal::make_nvp("texts", texts), cereal::make_nvp("fallback", fallback));
  }
  bool operator==(const LocalizedText&) const = default;

 private:
  // The texts in an archive, written and read as a std::map<std::string, std::string>.
  struct TextsAsMap {
    LocalizedText& owner;
    template <class Archive>
    void save(Archive& ar) const {
      ar(cereal::make_size_tag(static_cast<cereal::size_type>(owner.Count())));
      std::string code, text;
      for (const Entry& entry : owner) {
        code.assign(entry.code);
        text.assign(entry.text);
        ar(cereal::make_map_item(code, text));
      }
    }
    template <class Archive>
    void load(Archive& ar) {
      owner.packed_.clear();
      cereal::size_type count = 0;
      ar(cereal::make_size_tag(count));
      std::string code, text;
      for (cereal::size_type i = 0; i < count; ++i) {
        ar(cereal::make_map_item(code, text));
        if (!owner.Has(code)) owner.Set(code, text);  // a code written twice keeps its first text
      }
    }
  };

  std::string packed_;  // per language: length, code, length, text (lengths as LEB128)
};

}  // namespace hw

HW_CLASS_VERSION(hw::LocalizedText, 1)
