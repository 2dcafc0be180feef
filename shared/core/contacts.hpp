#pragma once
// How to reach a group, and who a buyer is.
#include <cereal/cereal.hpp>
#include <cereal/types/string.hpp>
#include <cstdint>
#include <string>

#include "shared/core/serialize_util.hpp"

namespace hw {

struct Contacts {
  std::string phone;
  std::string whatsapp;
  std::string email;

  template <class Archive>
  void serialize(Archive& ar, std::uint32_t /*version*/) {
    ar(cereal::make_nvp("phone", phone), cereal::make_nvp("whatsapp", whatsapp), cereal::make_nvp("email", email));
  }
  bool operator==(const Contacts&) const = default;
};

struct Buyer {
  std::string name;
  std::string organisation;
  std::string phone;
  std::string email;
  std::string country;  // ISO 3166-1 alpha-2
  std::string deliveryPlace;

  template <class Archive>
  void serialize(Archive& ar, std::uint32_t /*version*/) {
    ar(cereal::make_nvp("name", name), cereal::make_nvp("organisation", organisation), cereal::make_nvp("phone", phone),
       cereal::make_nvp("email", email), cereal::make_nvp("country", country),
       cereal::make_nvp("deliveryPlace", deliveryPlace));
  }
  bool operator==(const Buyer&) const = default;
};

}  // namespace hw

HW_CLASS_VERSION(hw::Contacts, 1)
HW_CLASS_VERSION(hw::Buyer, 1)
