#pragma once
// A picture kept in the model (a product's photo, a group's logo, a profile's face,
// a lesson step's picture): its encoded bytes, written as base64 in JSON files.
#include <cereal/cereal.hpp>
#include <cereal/types/string.hpp>
#include <cereal/types/vector.hpp>
#include <cstdint>
#include <string>
#include <vector>

#include "shared/core/base64.hpp"
#include "shared/core/serialize_util.hpp"

namespace hw {

struct Photo {
  std::string mime;  // "image/jpeg", "image/png", "image/webp"
  std::uint32_t width = 0;
  std::uint32_t height = 0;
  std::vector<std::uint8_t> bytes;  // the encoded image

  template <class Archive>
  void serialize(Archive& ar, std::uint32_t /*version*/) {
    ar(cereal::make_nvp("mime", mime), cereal::make_nvp("width", width), cereal::make_nvp("height", height));
    if constexpr (cereal::traits::is_text_archive<Archive>::value) {
      std::string encoded;
      if constexpr (Archive::is_saving::value) encoded = Base64Encode(bytes);
      ar(cereal::make_nvp("base64", encoded));
      if constexpr (Archive::is_loading::value) {
        auto decoded = Base64Decode(encoded);
        if (!decoded) throw cereal::Exception("photo is not valid base64");
        bytes = std::move(*decoded);
      }
    } else {
      ar(cereal::make_nvp("bytes", bytes));
    }
  }
  bool operator==(const Photo&) const = default;
};

}  // namespace hw

HW_CLASS_VERSION(hw::Photo, 1)
