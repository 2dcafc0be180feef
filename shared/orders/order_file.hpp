#pragma once
// The order request file (JSON): the buyer sends it, the group imports it. An
// order already on this device (same id) is recognised as a duplicate.
#include <string>
#include <string_view>

#include "shared/core/json_file.hpp"
#include "shared/core/result.hpp"
#include "shared/model.hpp"

namespace hw {

inline constexpr const char* kOrderFileKind = "homeworks-order";
inline constexpr std::uint32_t kOrderFileFormatVersion = 1;

struct OrderFile {
  std::string kind = kOrderFileKind;
  std::uint32_t formatVersion = kOrderFileFormatVersion;
  Timestamp exportedAt = 0;
  std::string groupName;  // so a person can tell whom the file is for
  OrderRequest order;

  template <class Archive>
  void serialize(Archive& ar, std::uint32_t /*version*/) {
    SerializeFileHead(ar, kind, formatVersion, kOrderFileKind, kOrderFileFormatVersion);
    ar(cereal::make_nvp("exportedAt", exportedAt), cereal::make_nvp("groupName", groupName),
       cereal::make_nvp("order", order));
  }
};

std::string ExportOrderFile(const OrderRequest& order, std::string_view groupName, Timestamp now);
// The order, validated on its own (ids, quantities, history); or an error naming the field.
Result<OrderFile> ImportOrderFile(std::string_view json);

enum class OrderImport : std::uint8_t { Added, Duplicate };
// Adds an imported order; a sent order becomes received at `now`. An order whose id
// is already here is left alone and reported as a duplicate.
OrderImport AddImportedOrder(AppData& data, OrderRequest order, Timestamp now);

}  // namespace hw

HW_CLASS_VERSION(hw::OrderFile, 1)
