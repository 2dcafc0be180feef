// A product page: its photos (next/previous, or a swipe), name, price, description,
// materials, variants, and a quantity stepper that keeps to the minimum order and the
// stock, telling the person in their language what is wrong before anything is added.
#include <imgui.h>

#include <algorithm>

#include "app/shop/shop.hpp"
#include "app/shop/shop_orders.hpp"
#include "app/shop/shop_widgets.hpp"
#include "app/ui/photo_textures.hpp"
#include "app/ui/text_field.hpp"
#include "app/ui/theme.hpp"
#include "app/ui/widget_registry.hpp"
#include "app/ui/widgets.hpp"
#include "shared/i18n/format.hpp"

namespace hw {
namespace {

constexpr float kSwipeDistance = 60.0f;

// The photo, with a swipe to either side changing it, and the buttons under it.
void DrawPhotos(AppState& state, const Product& product) {
  const Language lang = state.language;
  ShopState& shop = state.shop;
  const std::size_t count = product.photos.size();
  if (shop.photoIndex >= std::max<std::size_t>(count, 1)) shop.photoIndex = 0;
  const float width = ImGui::GetContentRegionAvail().x;
  const ImVec2 size(width, std::min(width * 0.75f, 360.0f));
  const ImVec2 pos = ImGui::GetCursorScreenPos();
  ImGui::InvisibleButton("###product.photo", size);
  const bool released = ImGui::IsItemDeactivated();
  const float drag = ImGui::GetMouseDragDelta(ImGuiMouseButton_Left, 0).x;
  ImGui::SetCursorScreenPos(pos);
  DrawPhoto(state.photos, product, shop.photoIndex, size);
  if (count == 0) {
    DrawText(ImGui::GetWindowDrawList(), ImVec2(pos.x + 16, pos.y + 16), ImGui::GetColorU32(ImGuiCol_TextDisabled),
             Tr(lang, Msg::ProductNoPhoto), kBodyStyle);
    return;
  }
  if (count < 2) return;
  if (released && drag <= -kSwipeDistance) shop.photoIndex = (shop.photoIndex + 1) % count;
  if (released && drag >= kSwipeDistance) shop.photoIndex = (shop.photoIndex + count - 1) % count;
  if (TouchButton("product.photo.previous", "<")) shop.photoIndex = (shop.photoIndex + count - 1) % count;
  ImGui::SameLine();
  const std::string position = FormatNumber(lang, static_cast<std::int64_t>(shop.photoIndex + 1)) + " / " +
                               FormatNumber(lang, static_cast<std::int64_t>(count));
  ImGui::AlignTextToFramePadding();
  SayLine(position, "product.photo.position");
  ImGui::SameLine();
  if (TouchButton("product.photo.next", ">")) shop.photoIndex = (shop.photoIndex + 1) % count;
}

void DrawVariants(AppState& state, const Product& product) {
  const Language lang = state.language;
  if (product.variants.empty()) return;
  Text(Tr(lang, Msg::ProductVariants));
  ChipRow row;
  for (const Variant& variant : product.variants) {
    std::string label(variant.label.Get(Info(lang).code));
    if (variant.priceMinor && !product.priceOnRequest)
      label += " \xC2\xB7 " + FormatMoney(lang, {*variant.priceMinor, product.price.currency});
    if (product.availability == Availability::InStock) label += " \xC2\xB7 " + FormatNumber(lang, variant.stock);
    const std::string id = "product.variant." + variant.id;
    if (Chip(row, id.c_str(), label, state.shop.variantId == variant.id)) state.shop.variantId = variant.id;
  }
}

std::uint32_t ParsedQuantity(const std::string& text) {
  std::uint64_t value = 0;
  for (const char c : text) {
    if (c < '0' || c > '9' || value > Limits::kQuantity) return 0;
    value = value * 10 + static_cast<std::uint64_t>(c - '0');
  }
  return static_cast<std::uint32_t>(std::min<std::uint64_t>(value, Limits::kQuantity));
}

void DrawOrdering(AppState& state, Platform& platform, const Product& product) {
  const Language lang = state.language;
  ShopState& shop = state.shop;
  const Variant* variant = product.FindVariant(shop.variantId);
  const std::uint32_t already = QuantityInOrder(DraftFor(state.data, product.groupId), product.id);
  if (already > 0) {
    Say(std::string(Tr(lang, Msg::ProductAlreadyInOrder)) + ": " + FormatNumber(lang, already) + " " +
            std::string(UnitName(lang, product.unit)),
        "product.already");
  }
  const auto problem = CheckQuantity(state.data, product, variant, shop.quantityText, lang);
  const std::string error = problem ? std::string(Tr(lang, problem->message)) : std::string();
  if (TextField(state, platform, "product.quantity", Tr(lang, Msg::ProductQuantity), shop.quantityText,
                {.kind = FieldKind::Number, .hint = {}, .error = error, .maxLength = 7})) {
    shop.addedToOrder.clear();
  }
  if (problem) PublishLastItem(error + "###product.quantity.error");  // the field's own error line
  if (problem && !problem->detail.empty()) {
    SayError(problem->detail, "product.quantity.detail");
  }
  const std::uint32_t quantity = ParsedQuantity(shop.quantityText);
  if (TouchButton("product.quantity.less", "-")) {
    shop.quantityText = std::to_string(std::max<std::uint32_t>(quantity, 2) - 1);
    shop.addedToOrder.clear();
  }
  ImGui::SameLine();
  if (TouchButton("product.quantity.more", "+")) {
    shop.quantityText = std::to_string(std::min<std::uint32_t>(quantity + 1, Limits::kQuantity));
    shop.addedToOrder.clear();
  }
  if (TouchButton("product.add", Tr(lang, Msg::ProductAdd)) && !problem) {
    shop.addedToOrder = AddToDraft(state, product, shop.variantId, quantity, platform.Now());
    shop.quantityText = "1";
    shop.revealAdded = true;
  }
  if (!shop.addedToOrder.empty()) {
    Say(Tr(lang, Msg::ProductAdded), "product.added");
    if (TouchButton("product.order", Tr(lang, Msg::ProductSeeOrder))) OpenOrder(state, shop.addedToOrder);
    if (shop.revealAdded) ImGui::SetScrollHereY(1.0f);  // the confirmation comes into view
    shop.revealAdded = false;
  }
}

}  // namespace

void DrawProduct(AppState& state, Platform& platform) {
  const ScrollKeeper scroll(state);
  const Language lang = state.language;
  state.photos.BeginFrame();
  const Product* found = state.data.FindProduct(state.shop.productId);
  if (TouchButton("nav.back", Tr(lang, Msg::Back)) || !found) {
    state.screen = Screen::Shop;
    return;
  }
  const Product& product = *found;
  const std::string_view code = Info(lang).code;
  DrawPhotos(state, product);
  const std::string name(product.name.Get(code));
  SayHeading(name, "product.name");
  if (const ArtisanGroup* group = state.data.FindGroup(product.groupId)) {
    Say(group->name + (group->country.empty() ? "" : " \xC2\xB7 " + group->country), "product.group");
  }
  Say(PriceText(product, lang), "product.price");
  Say(FactsText(product, lang), "product.facts");
  const std::string_view description = product.description.Get(code);
  if (!description.empty()) {
    Text(Tr(lang, Msg::ProductDescription));
    Say(description, "product.description");
  }
  if (!product.materials.empty()) {
    std::string materials = std::string(Tr(lang, Msg::ProductMaterials)) + ": ";
    for (std::size_t i = 0; i < product.materials.size(); ++i) materials += (i ? ", " : "") + product.materials[i];
    Say(materials, "product.materials");
  }
  DrawVariants(state, product);
  ImGui::Spacing();
  DrawOrdering(state, platform, product);
}

}  // namespace hw
