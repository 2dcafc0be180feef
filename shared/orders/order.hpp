#pragma once
// Order requests: the lines a buyer asks for (each keeping what the buyer saw), the
// status machine both sides move them through, and their totals.
#include <cereal/cereal.hpp>
#include <cereal/types/optional.hpp>
#include <cereal/types/string.hpp>
#include <cereal/types/vector.hpp>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "shared/catalogue/catalogue.hpp"
#include "shared/core/contacts.hpp"
#include "shared/core/date.hpp"
#include "shared/core/id.hpp"
#include "shared/core/serialize_util.hpp"
#include "shared/core/validation.hpp"
#include "shared/i18n/i18n.hpp"

namespace hw {

// A line keeps what the buyer saw when ordering, so later catalogue changes do not
// rewrite an order.
struct OrderLine {
  Id productId;
  Id variantId;  // "" for a product without variants
  std::string sku;
  std::string productName;
  std::string variantLabel;
  bool priceOnRequest = false;
  std::int64_t unitPriceMinor = 0;  // in the order's currency
  std::uint32_t quantity = 0;

  template <class Archive>
  void serialize(Archive& ar, std::uint32_t /*version*/) {
    ar(cereal::make_nvp("productId", productId), cereal::make_nvp("variantId", variantId), cereal::make_nvp("sku", sku),
       cereal::make_nvp("productName", productName), cereal::make_nvp("variantLabel", variantLabel),
       cereal::make_nvp("priceOnRequest", priceOnRequest), cereal::make_nvp("unitPriceMinor", unitPriceMinor),
       cereal::make_nvp("quantity", quantity));
  }
  bool operator==(const OrderLine&) const = default;
};

// draft -> sent -> received -> accepted | declined; accepted -> in production ->
// shipped -> completed. Cancelled is reachable from draft, sent, received, accepted
// and in production: once goods are shipped they can only be completed. Declined,
// completed and cancelled are final.
enum class OrderStatus : std::uint8_t {
  Draft,
  Sent,
  Received,
  Accepted,
  Declined,
  InProduction,
  Shipped,
  Completed,
  Cancelled,
  Count
};
std::string_view StatusName(OrderStatus status);  // stable English name for files
std::optional<OrderStatus> StatusFromName(std::string_view name);
// What a person reads for the status ("In production"), in every language.
Msg StatusMsg(OrderStatus status);
bool IsFinal(OrderStatus status);
bool CanChangeStatus(OrderStatus from, OrderStatus to);

struct StatusChange {
  OrderStatus status = OrderStatus::Draft;
  Timestamp at = 0;
  std::string note;  // why, or what was agreed (since version 2)

  template <class Archive>
  void serialize(Archive& ar, std::uint32_t version) {
    SerializeEnum(ar, "status", status);
    ar(cereal::make_nvp("at", at));
    if (version >= 2) ar(cereal::make_nvp("note", note));
  }
  bool operator==(const StatusChange&) const = default;
};

struct OrderRequest {
  Id id;
  Id groupId;
  Buyer buyer;
  std::vector<OrderLine> lines;
  std::string currency;
  std::string notes;
  std::optional<Timestamp> neededBy;
  std::vector<StatusChange> history;  // first entry: Draft at creation

  OrderStatus Status() const { return history.empty() ? OrderStatus::Draft : history.back().status; }
  Timestamp CreatedAt() const { return history.empty() ? 0 : history.front().at; }
  // Appends the change when the transition is allowed; otherwise returns the reason.
  std::optional<Msg> ChangeStatus(OrderStatus to, Timestamp at);

  template <class Archive>
  void serialize(Archive& ar, std::uint32_t /*version*/) {
    ar(cereal::make_nvp("id", id), cereal::make_nvp("groupId", groupId), cereal::make_nvp("buyer", buyer),
       cereal::make_nvp("lines", lines), cereal::make_nvp("currency", currency), cereal::make_nvp("notes", notes),
       cereal::make_nvp("neededBy", neededBy), cereal::make_nvp("history", history));
  }
  bool operator==(const OrderRequest&) const = default;
};

// quantity x unit price; nullopt on overflow. Lines priced on request count as 0.
std::optional<std::int64_t> LineTotal(const OrderLine& line);
std::optional<std::int64_t> OrderTotal(const OrderRequest& order);
bool HasLinesOnRequest(const OrderRequest& order);

// A new draft order with the snapshot of each chosen product.
OrderRequest NewOrder(Id id, const ArtisanGroup& group, Buyer buyer, std::string currency, Timestamp now);
// Adds (or raises the quantity of) a line for `product` / `variantId`, snapshotting
// SKU, name in `language` and unit price.
void AddLine(OrderRequest& order, const Product& product, std::string_view variantId, std::uint32_t quantity,
             std::string_view language);

// The order on its own: ids, quantities, snapshots, status history, totals.
ValidationErrors ValidateShape(const OrderRequest& order);
// The order against the catalogue it was made from: products exist, belong to the
// order's group, are not archived, minimum order and stock are respected.
ValidationErrors Validate(const OrderRequest& order, std::span<const Product> products);

}  // namespace hw

HW_CLASS_VERSION(hw::OrderLine, 1)
HW_CLASS_VERSION(hw::StatusChange, 2)
HW_CLASS_VERSION(hw::OrderRequest, 1)
