#pragma once
// The catalogue's records: artisan groups, their products and the products' variants.
#include <cereal/cereal.hpp>
#include <cereal/types/optional.hpp>
#include <cereal/types/string.hpp>
#include <cereal/types/vector.hpp>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "shared/core/contacts.hpp"
#include "shared/core/date.hpp"
#include "shared/core/id.hpp"
#include "shared/core/localized_text.hpp"
#include "shared/core/money.hpp"
#include "shared/core/photo.hpp"
#include "shared/core/pin.hpp"
#include "shared/core/serialize_util.hpp"
#include "shared/core/validation.hpp"

namespace hw {

struct ArtisanGroup {
  Id id;
  std::string name;
  std::string country;  // ISO 3166-1 alpha-2, e.g. "IN"
  std::string region;
  std::vector<std::string> languages;  // BCP 47 codes
  LocalizedText story;
  Contacts contacts;
  std::optional<Photo> logo;
  std::optional<PinHash> sellerPin;  // never leaves the device in a catalogue pack
  Timestamp updatedAt = 0;

  template <class Archive>
  void serialize(Archive& ar, std::uint32_t /*version*/) {
    ar(cereal::make_nvp("id", id), cereal::make_nvp("name", name), cereal::make_nvp("country", country),
       cereal::make_nvp("region", region), cereal::make_nvp("languages", languages), cereal::make_nvp("story", story),
       cereal::make_nvp("contacts", contacts), cereal::make_nvp("logo", logo), cereal::make_nvp("sellerPin", sellerPin),
       cereal::make_nvp("updatedAt", updatedAt));
  }
  bool operator==(const ArtisanGroup&) const = default;
};

enum class Availability : std::uint8_t { MadeToOrder, InStock, Count };

struct Variant {
  Id id;
  std::string sku;
  LocalizedText label;                     // "Red, size M"
  std::optional<std::int64_t> priceMinor;  // in the product's currency; none = product price
  std::int64_t stock = 0;                  // for InStock products

  template <class Archive>
  void serialize(Archive& ar, std::uint32_t /*version*/) {
    ar(cereal::make_nvp("id", id), cereal::make_nvp("sku", sku), cereal::make_nvp("label", label),
       cereal::make_nvp("priceMinor", priceMinor), cereal::make_nvp("stock", stock));
  }
  bool operator==(const Variant&) const = default;
};

// The fields are ordered by size, so that a catalogue of 100,000 products wastes
// little on padding; serialize() keeps the order of the files.
struct Product {
  Id id;
  Id groupId;
  std::string sku;
  LocalizedText name;
  LocalizedText description;
  std::string category;  // "textiles", "baskets", "food"...
  std::vector<std::string> materials;
  std::vector<Photo> photos;
  std::string unit = "piece";
  std::vector<Variant> variants;
  std::vector<std::string> tags;
  Money price;
  std::int64_t stockOnHand = 0;  // for InStock
  Timestamp updatedAt = 0;
  std::uint32_t minOrder = 1;
  std::uint32_t leadTimeDays = 0;  // for MadeToOrder
  Availability availability = Availability::MadeToOrder;
  bool priceOnRequest = false;
  bool archived = false;

  const Variant* FindVariant(std::string_view variantId) const;
  // The price of one unit of `variant` (or of the product when null); nullopt on request.
  std::optional<std::int64_t> UnitPrice(const Variant* variant) const;
  // Whether the product can be bought without waiting for production.
  bool InStock() const;

  template <class Archive>
  void serialize(Archive& ar, std::uint32_t /*version*/) {
    ar(cereal::make_nvp("id", id), cereal::make_nvp("groupId", groupId), cereal::make_nvp("sku", sku),
       cereal::make_nvp("name", name), cereal::make_nvp("description", description),
       cereal::make_nvp("category", category), cereal::make_nvp("materials", materials),
       cereal::make_nvp("photos", photos), cereal::make_nvp("priceOnRequest", priceOnRequest),
       cereal::make_nvp("price", price), cereal::make_nvp("unit", unit), cereal::make_nvp("minOrder", minOrder));
    SerializeEnum(ar, "availability", availability);
    ar(cereal::make_nvp("leadTimeDays", leadTimeDays), cereal::make_nvp("stockOnHand", stockOnHand),
       cereal::make_nvp("variants", variants), cereal::make_nvp("tags", tags), cereal::make_nvp("archived", archived),
       cereal::make_nvp("updatedAt", updatedAt));
  }
  bool operator==(const Product&) const = default;
};

// The rules a group and a product must follow (shared/core/validation.hpp).
ValidationErrors Validate(const ArtisanGroup& group);
ValidationErrors Validate(const Product& product);

}  // namespace hw

HW_CLASS_VERSION(hw::ArtisanGroup, 1)
HW_CLASS_VERSION(hw::Variant, 1)
HW_CLASS_VERSION(hw::Product, 1)
