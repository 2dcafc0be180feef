#include "shared/catalogue/catalogue.hpp"

#include <algorithm>
#include <set>

namespace hw {

const Variant* Product::FindVariant(std::string_view variantId) const {
  for (const Variant& v : variants) {
    if (v.id == variantId) return &v;
  }
  return nullptr;
}

std::optional<std::int64_t> Product::UnitPrice(const Variant* variant) const {
  if (priceOnRequest) return std::nullopt;
  if (variant && variant->priceMinor) return *variant->priceMinor;
  return price.minor;
}

bool Product::InStock() const {
  if (availability != Availability::InStock) return false;
  if (variants.empty()) return stockOnHand > 0;
  return std::any_of(variants.begin(), variants.end(), [](const Variant& v) { return v.stock > 0; });
}

ValidationErrors Validate(const ArtisanGroup& group) {
  FieldChecker c;
  c.IdField("id", group.id);
  c.Required("name", group.name, Limits::kNameBytes);
  if (!IsCountryCode(group.country)) c.Add("country", Msg::ErrCountryInvalid, group.country.substr(0, 10));
  c.Length("region", group.region, Limits::kNameBytes);
  c.Count("languages", group.languages.size(), Limits::kLanguages);
  for (std::size_t i = 0; i < group.languages.size(); ++i) {
    if (!IsLanguageCode(group.languages[i]))
      c.Add(At("languages", i), Msg::ErrLanguageInvalid, group.languages[i].substr(0, 20));
  }
  c.Text("story", group.story, Limits::kLongTextBytes, false);
  const Contacts& k = group.contacts;
  if (!k.phone.empty() && !LooksLikePhone(k.phone)) c.Add("contacts.phone", Msg::ErrPhoneInvalid);
  if (!k.whatsapp.empty() && !LooksLikePhone(k.whatsapp)) c.Add("contacts.whatsapp", Msg::ErrPhoneInvalid);
  if (!k.email.empty() && !LooksLikeEmail(k.email)) c.Add("contacts.email", Msg::ErrEmailInvalid);
  c.Length("contacts.email", k.email, Limits::kNameBytes);
  if (k.phone.empty() && k.whatsapp.empty() && k.email.empty()) c.Add("contacts", Msg::ErrContactMissing);
  if (group.logo) c.PhotoField("logo", *group.logo);
  return c.errors;
}

ValidationErrors Validate(const Product& product) {
  FieldChecker c;
  c.IdField("id", product.id);
  c.IdField("groupId", product.groupId);
  if (product.sku.empty()) c.Add("sku", Msg::ErrSkuMissing);
  c.Length("sku", product.sku, Limits::kShortTextBytes);
  c.Text("name", product.name, Limits::kNameBytes, true);
  c.Text("description", product.description, Limits::kLongTextBytes, false);
  c.Length("category", product.category, Limits::kShortTextBytes);
  c.Count("materials", product.materials.size(), Limits::kTags);
  for (std::size_t i = 0; i < product.materials.size(); ++i)
    c.Length(At("materials", i), product.materials[i], Limits::kShortTextBytes);
  c.Count("photos", product.photos.size(), Limits::kPhotos);
  for (std::size_t i = 0; i < product.photos.size(); ++i) c.PhotoField(At("photos", i), product.photos[i]);
  if (!MinorDigits(product.price.currency))
    c.Add("price.currency", Msg::ErrCurrencyUnknown, product.price.currency.substr(0, 10));
  if (!product.priceOnRequest) {
    if (product.price.minor < 0) c.Add("price", Msg::ErrPriceNegative);
    if (product.price.minor > Limits::kPriceMinor) c.Add("price", Msg::ErrPriceTooLarge);
  }
  if (product.unit.empty()) c.Add("unit", Msg::ErrUnitMissing);
  c.Length("unit", product.unit, Limits::kShortTextBytes);
  if (product.minOrder < 1 || product.minOrder > Limits::kQuantity) c.Add("minOrder", Msg::ErrMinimumOrderInvalid);
  if (product.leadTimeDays > Limits::kLeadTimeDays) c.Add("leadTimeDays", Msg::ErrLeadTimeInvalid);
  if (product.stockOnHand < 0) c.Add("stockOnHand", Msg::ErrStockNegative);
  c.Count("variants", product.variants.size(), Limits::kVariants);
  std::set<std::string_view> skus{product.sku};
  std::set<std::string_view> ids;
  for (std::size_t i = 0; i < product.variants.size(); ++i) {
    const Variant& v = product.variants[i];
    const std::string base = At("variants", i);
    c.IdField(base + ".id", v.id);
    if (!ids.insert(v.id).second) c.Add(base + ".id", Msg::ErrIdDuplicate, v.id.substr(0, 70));
    if (v.sku.empty()) c.Add(base + ".sku", Msg::ErrSkuMissing);
    else if (!skus.insert(v.sku).second) c.Add(base + ".sku", Msg::ErrSkuDuplicate, v.sku.substr(0, 100));
    c.Length(base + ".sku", v.sku, Limits::kShortTextBytes);
    c.Text(base + ".label", v.label, Limits::kNameBytes, true);
    if (v.priceMinor && *v.priceMinor < 0) c.Add(base + ".price", Msg::ErrPriceNegative);
    if (v.priceMinor && *v.priceMinor > Limits::kPriceMinor) c.Add(base + ".price", Msg::ErrPriceTooLarge);
    if (v.stock < 0) c.Add(base + ".stock", Msg::ErrStockNegative);
  }
  c.Count("tags", product.tags.size(), Limits::kTags);
  for (std::size_t i = 0; i < product.tags.size(); ++i)
    c.Length(At("tags", i), product.tags[i], Limits::kShortTextBytes);
  return c.errors;
}

}  // namespace hw
