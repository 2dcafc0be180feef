#pragma once
// The whole persisted state (AppData): every capability's records, and the device's
// settings. Each record type lives with its capability (core/, catalogue/, orders/,
// learning/) with its class version (HW_CLASS_VERSION) and serialize(Archive&, version);
// this header gathers them, so that a file that works over the whole state includes one.
#include <cereal/cereal.hpp>
#include <cereal/types/string.hpp>
#include <cereal/types/vector.hpp>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "shared/catalogue/catalogue.hpp"
#include "shared/core/contacts.hpp"
#include "shared/core/date.hpp"
#include "shared/core/id.hpp"
#include "shared/core/localized_text.hpp"
#include "shared/core/money.hpp"
#include "shared/core/photo.hpp"
#include "shared/core/pin.hpp"
#include "shared/core/serialize_util.hpp"
#include "shared/learning/course.hpp"
#include "shared/learning/learner.hpp"
#include "shared/orders/order.hpp"

namespace hw {

struct Settings {
  std::string language = "en";
  Id activeProfileId;
  std::string preferredCurrency = "USD";
  Buyer buyerDetails;  // what the buyer typed last time, to fill the next order
  // Version 2: the demo catalogues were added once (never again, even when their
  // groups are removed), and which groups are demo groups (shown as such).
  bool demoLoaded = false;
  std::vector<Id> demoGroupIds;

  template <class Archive>
  void serialize(Archive& ar, std::uint32_t version) {
    ar(cereal::make_nvp("language", language), cereal::make_nvp("activeProfileId", activeProfileId),
       cereal::make_nvp("preferredCurrency", preferredCurrency), cereal::make_nvp("buyerDetails", buyerDetails));
    if (version >= 2) ar(cereal::make_nvp("demoLoaded", demoLoaded), cereal::make_nvp("demoGroupIds", demoGroupIds));
  }
  bool operator==(const Settings&) const = default;
};

struct AppData {
  std::vector<ArtisanGroup> groups;
  std::vector<Product> products;
  std::vector<OrderRequest> orders;
  std::vector<Course> courses;
  std::vector<Profile> profiles;
  std::vector<Progress> progress;
  Settings settings;

  const ArtisanGroup* FindGroup(std::string_view id) const;
  const Product* FindProduct(std::string_view id) const;
  const OrderRequest* FindOrder(std::string_view id) const;
  Progress& ProgressFor(const Id& profileId, const Id& lessonId);

  template <class Archive>
  void serialize(Archive& ar, std::uint32_t /*version*/) {
    ar(cereal::make_nvp("groups", groups), cereal::make_nvp("products", products), cereal::make_nvp("orders", orders),
       cereal::make_nvp("courses", courses), cereal::make_nvp("profiles", profiles),
       cereal::make_nvp("progress", progress), cereal::make_nvp("settings", settings));
  }
  bool operator==(const AppData&) const = default;
};

}  // namespace hw

HW_CLASS_VERSION(hw::Settings, 2)
HW_CLASS_VERSION(hw::AppData, 1)
