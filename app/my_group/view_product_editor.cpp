// The product editor: names and descriptions in several languages, price or price on
// request, unit, minimum order, lead time or stock, variants and photos. The form
// holds text as typed; saving turns it into a Product, or shows what is wrong under
// each field and keeps everything typed.
#include <imgui.h>

#include <algorithm>
#include <array>
#include <charconv>
#include <random>

#include "app/my_group/my_group.hpp"
#include "app/ui/photo_textures.hpp"
#include "app/ui/text_field.hpp"
#include "app/ui/theme.hpp"
#include "app/ui/widget_registry.hpp"
#include "app/ui/widgets.hpp"
#include "shared/core/number.hpp"
#include "shared/core/validation.hpp"
#include "shared/i18n/format.hpp"
#include "shared/media/photo.hpp"

namespace hw {
namespace {

std::string AmountText(std::int64_t minor, const std::string& currency) {
  return MinorDigits(currency) ? FormatAmount(minor, currency) : std::to_string(minor);
}

// Which form field a validation error of the model belongs under.
std::string FieldOf(const std::string& modelField) {
  if (modelField.rfind("variants[", 0) == 0) {
    const auto close = modelField.find(']');
    std::string rest = close == std::string::npos ? "" : modelField.substr(close + 1);
    const std::string index = modelField.substr(9, close == std::string::npos ? 0 : close - 9);
    std::string part = "label";
    for (const char* p : {".sku", ".price", ".stock"})
      if (rest.rfind(p, 0) == 0) part = p + 1;
    return "product.variant." + index + "." + part;
  }
  for (const char* f : {"name", "description", "sku", "category", "unit", "minOrder", "photos"})
    if (modelField.rfind(f, 0) == 0) return std::string("product.") + f;
  if (modelField == "price.currency") return "product.currency";
  if (modelField.rfind("price", 0) == 0) return "product.price";
  if (modelField.rfind("leadTime", 0) == 0) return "product.leadtime";
  if (modelField.rfind("stock", 0) == 0) return "product.stock";
  return "product.name";
}

// The product the form describes, with errors set in the form for what cannot be read.
std::optional<Product> BuildProduct(AppState& state, const ArtisanGroup& group, Timestamp now) {
  ProductForm& form = state.myGroup.form;
  const Language lang = state.language;
  form.errors.clear();
  auto fail = [&](const std::string& field, Msg message) {
    form.errors.emplace(field, std::string(Tr(lang, message)));
  };

  Product product;
  if (const Product* existing = state.data.FindProduct(form.productId)) product = *existing;
  else product.id = NewRandomId();
  product.groupId = group.id;
  product.sku = form.sku;
  product.name = {};
  product.description = {};
  for (const auto& [language, text] : form.names)
    if (!text.empty()) product.name.Set(language, text);
  for (const auto& [language, text] : form.descriptions)
    if (!text.empty()) product.description.Set(language, text);
  if (!product.name.Has("en") && product.name.Count() > 0)
    product.name.fallback = std::string((*product.name.begin()).code);
  product.description.fallback = product.name.fallback;
  product.category = form.category;
  product.unit = form.unit;
  product.priceOnRequest = form.priceOnRequest;
  std::string currency = form.currency;
  for (char& c : currency) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  product.price.currency = currency;
  if (!MinorDigits(currency)) fail("product.currency", Msg::ErrCurrencyUnknown);
  if (!form.priceOnRequest || !form.price.empty()) {
    if (auto minor = ParseAmount(form.price, currency); minor) product.price.minor = *minor;
    else if (MinorDigits(currency)) fail("product.price", Msg::ErrPriceInvalid);
  }
  if (auto minOrder = ParseWhole<std::int64_t>(form.minOrder);
      minOrder && *minOrder >= 1 && *minOrder <= Limits::kQuantity)
    product.minOrder = static_cast<std::uint32_t>(*minOrder);
  else fail("product.minOrder", Msg::ErrMinimumOrderInvalid);
  product.availability = form.inStock ? Availability::InStock : Availability::MadeToOrder;
  if (form.inStock) {
    if (auto stock = ParseWhole<std::int64_t>(form.stock)) product.stockOnHand = *stock;
    else fail("product.stock", Msg::ErrNumberInvalid);
  } else {
    if (auto days = ParseWhole<std::int64_t>(form.leadTime); days && *days >= 0 && *days <= Limits::kLeadTimeDays)
      product.leadTimeDays = static_cast<std::uint32_t>(*days);
    else fail("product.leadtime", Msg::ErrLeadTimeInvalid);
  }
  product.variants.clear();
  for (std::size_t i = 0; i < form.variants.size(); ++i) {
    const ProductForm::VariantRow& row = form.variants[i];
    const std::string base = "product.variant." + std::to_string(i) + ".";
    Variant variant;
    variant.id = row.id;
    variant.sku = row.sku;
    if (!row.label.empty()) variant.label.Set(std::string(Info(lang).code), row.label);
    variant.label.fallback = std::string(Info(lang).code);
    if (!row.price.empty()) {
      if (auto minor = ParseAmount(row.price, currency)) variant.priceMinor = *minor;
      else fail(base + "price", Msg::ErrPriceInvalid);
    }
    if (!row.stock.empty()) {
      if (auto stock = ParseWhole<std::int64_t>(row.stock)) variant.stock = *stock;
      else fail(base + "stock", Msg::ErrNumberInvalid);
    }
    product.variants.push_back(std::move(variant));
  }
  product.photos = form.photos;
  product.updatedAt = now;
  for (const ValidationError& error : Validate(product)) fail(FieldOf(error.field), error.message);
  if (!form.errors.empty()) return std::nullopt;
  return product;
}

std::string_view ErrorOf(const ProductForm& form, const std::string& field) {
  auto it = form.errors.find(field);
  return it == form.errors.end() ? std::string_view{} : std::string_view(it->second);
}

// A field of the form whose error goes away once the person changes what it holds.
void FormField(AppState& state, Platform& platform, const std::string& id, std::string_view label, std::string& value,
               FieldOptions options) {
  ProductForm& form = state.myGroup.form;
  options.error = ErrorOf(form, id);
  if (TextField(state, platform, id.c_str(), label, value, options)) form.errors.erase(id);
}

// Each photo as a thumbnail (decoded through the cards' texture cache) with its size,
// and buttons to make it the first one (the one on the card) or to remove it.
void DrawPhotos(AppState& state, Platform& platform) {
  const Language lang = state.language;
  ProductForm& form = state.myGroup.form;
  state.photos.BeginFrame();
  Heading(Tr(lang, Msg::MyGroupPhotos));
  constexpr ImVec2 kThumb(160.0f, 120.0f);
  for (std::size_t i = 0; i < form.photos.size(); ++i) {
    const Photo& photo = form.photos[i];
    const std::string id = "product.photo." + std::to_string(i);
    ImGui::PushID(static_cast<int>(i));
    ImGui::Separator();
    std::string line = FormatNumber(lang, static_cast<std::int64_t>(i + 1)) + ". " + FormatNumber(lang, photo.width) +
                       " × " + FormatNumber(lang, photo.height) + " · " +
                       FormatNumber(lang, static_cast<std::int64_t>((photo.bytes.size() + 1023) / 1024)) + " KB";
    if (i == 0 && form.photos.size() > 1) line += " · " + std::string(Tr(lang, Msg::MyGroupPhotoOnCard));
    PlaceItemForReading(kThumb.x);
    DrawPhoto(state.photos, PhotoKey(photo), photo, kThumb);
    PublishLastItem(line + "###" + id + ".thumb");
    DescribeLastWidget({.role = WidgetRole::Image});
    Say(line, id);
    bool removed = false;
    std::size_t makeFirst = 0;
    if (i > 0 && TouchButton((id + ".first").c_str(), Tr(lang, Msg::MyGroupPhotoMakeFirst))) makeFirst = i;
    if (i > 0) ImGui::SameLine();
    if (TouchButton((id + ".remove").c_str(), Tr(lang, Msg::MyGroupRemove))) removed = true;
    ImGui::PopID();
    if (makeFirst > 0) {
      std::rotate(form.photos.begin(), form.photos.begin() + static_cast<std::ptrdiff_t>(makeFirst),
                  form.photos.begin() + static_cast<std::ptrdiff_t>(makeFirst) + 1);
      break;
    }
    if (removed) {
      form.photos.erase(form.photos.begin() + static_cast<std::ptrdiff_t>(i));
      break;
    }
  }
  if (!form.photoError.empty()) SayError(form.photoError, "product.photo.error");
  if (const std::string_view error = ErrorOf(form, "product.photos"); !error.empty())
    SayError(error, "product.photos.error");
  // ";capture" lets a phone offer its camera as well as its files (web/platform.js).
  if (form.photos.size() < Limits::kPhotos && TouchButton("product.photo.add", Tr(lang, Msg::MyGroupAddPhoto))) {
    form.photoError.clear();
    platform.ChooseFile(FilePurpose::ProductPhoto, "image/*;capture");
  }
}

void DrawVariants(AppState& state, Platform& platform) {
  const Language lang = state.language;
  ProductForm& form = state.myGroup.form;
  Heading(Tr(lang, Msg::MyGroupVariants));
  for (std::size_t i = 0; i < form.variants.size(); ++i) {
    ProductForm::VariantRow& row = form.variants[i];
    ImGui::PushID(row.id.c_str());
    ImGui::Separator();
    const std::string base = "product.variant." + std::to_string(i) + ".";
    const std::string label = base + "label", sku = base + "sku", price = base + "price", stock = base + "stock";
    FormField(state, platform, label, Tr(lang, Msg::MyGroupVariantLabel), row.label,
              {.hint = Tr(lang, Msg::MyGroupVariantHint)});
    FormField(state, platform, sku, Tr(lang, Msg::MyGroupSku), row.sku, {});
    FormField(state, platform, price, Tr(lang, Msg::MyGroupVariantPrice), row.price, {.kind = FieldKind::Decimal});
    if (form.inStock)
      FormField(state, platform, stock, Tr(lang, Msg::MyGroupStock), row.stock, {.kind = FieldKind::Number});
    const std::string removeId = base + "remove";
    if (TouchButton(removeId.c_str(), Tr(lang, Msg::MyGroupRemove))) {
      form.variants.erase(form.variants.begin() + static_cast<std::ptrdiff_t>(i));
      form.errors.clear();
      ImGui::PopID();
      break;
    }
    ImGui::PopID();
  }
  if (TouchButton("product.variant.add", Tr(lang, Msg::MyGroupAddVariant))) {
    ProductForm::VariantRow row;
    row.id = NewRandomId();
    row.sku = form.sku + "-" + std::to_string(form.variants.size() + 1);
    form.variants.push_back(std::move(row));
  }
}

}  // namespace

void StartNewProduct(AppState& state, const ArtisanGroup& group) {
  ProductForm form;
  form.language = std::string(Info(state.language).code);
  std::size_t count = 0;
  for (const Product& p : state.data.products) count += p.groupId == group.id ? 1 : 0;
  form.sku = "P-" + std::to_string(count + 1);
  form.currency = state.data.settings.preferredCurrency;
  for (const Product& p : state.data.products)
    if (p.groupId == group.id && !p.price.currency.empty()) form.currency = p.price.currency;  // the group's usual one
  state.myGroup.form = std::move(form);
  state.myGroup.message.clear();
  state.myGroup.page = MyGroupState::Page::Product;
}

void StartEditProduct(AppState& state, const Product& product) {
  ProductForm form;
  form.productId = product.id;
  form.language = std::string(Info(state.language).code);
  form.names.clear();
  form.descriptions.clear();
  for (const auto& [code, text] : product.name) form.names.emplace(code, text);
  for (const auto& [code, text] : product.description) form.descriptions.emplace(code, text);
  form.sku = product.sku;
  form.category = product.category;
  form.priceOnRequest = product.priceOnRequest;
  form.currency = product.price.currency;
  form.price = product.priceOnRequest && product.price.minor == 0 ? "" : AmountText(product.price.minor, form.currency);
  form.unit = product.unit;
  form.minOrder = std::to_string(product.minOrder);
  form.inStock = product.availability == Availability::InStock;
  form.leadTime = std::to_string(product.leadTimeDays);
  form.stock = std::to_string(product.stockOnHand);
  for (const Variant& v : product.variants) {
    ProductForm::VariantRow row{v.id, std::string(v.label.Get(form.language)), v.sku,
                                v.priceMinor ? AmountText(*v.priceMinor, form.currency) : "", std::to_string(v.stock)};
    form.variants.push_back(std::move(row));
  }
  form.photos = product.photos;
  state.myGroup.form = std::move(form);
  state.myGroup.message.clear();
  state.myGroup.page = MyGroupState::Page::Product;
}

void DrawProductEditor(AppState& state, Platform& platform, ArtisanGroup& group) {
  const Language lang = state.language;
  MyGroupState& ui = state.myGroup;
  ProductForm& form = ui.form;
  if (TouchButton("nav.back", Tr(lang, Msg::Back))) {
    ui.page = MyGroupState::Page::Group;
    return;
  }
  const Product* existing = state.data.FindProduct(form.productId);
  Heading(Tr(lang, existing ? Msg::MyGroupEditProduct : Msg::MyGroupAddProduct));

  // The language the name and description are typed in; tapping moves to the next.
  const std::span<const LanguageInfo> languages = AllLanguages();
  auto current =
      std::find_if(languages.begin(), languages.end(), [&](const LanguageInfo& l) { return l.code == form.language; });
  if (current == languages.end()) current = languages.begin();
  const std::string languageLabel =
      std::string(Tr(lang, Msg::MyGroupWritingIn)) + ": " + std::string(current->nativeName);
  if (TouchButton("product.language", languageLabel)) {
    ++current;
    if (current == languages.end()) current = languages.begin();
    form.language = std::string(current->code);
  }
  std::string written;
  for (const auto& [code, text] : form.names)
    if (!text.empty()) written += (written.empty() ? "" : ", ") + code;
  if (!written.empty()) Say(std::string(Tr(lang, Msg::MyGroupWrittenIn)) + ": " + written, "product.languages");

  FormField(state, platform, "product.name", Tr(lang, Msg::MyGroupProductName), form.names[form.language], {});
  FormField(state, platform, "product.description", Tr(lang, Msg::MyGroupDescription), form.descriptions[form.language],
            {.kind = FieldKind::Multiline});
  FormField(state, platform, "product.category", Tr(lang, Msg::MyGroupCategory), form.category,
            {.hint = Tr(lang, Msg::MyGroupCategoryHint)});
  FormField(state, platform, "product.sku", Tr(lang, Msg::MyGroupSku), form.sku, {});

  const std::string onRequest = std::string(Tr(lang, Msg::MyGroupPriceOnRequest)) + ": " +
                                std::string(Tr(lang, form.priceOnRequest ? Msg::MyGroupYes : Msg::MyGroupNo));
  if (TouchButton("product.onrequest", onRequest)) form.priceOnRequest = !form.priceOnRequest;
  if (!form.priceOnRequest)
    FormField(state, platform, "product.price", Tr(lang, Msg::MyGroupPrice), form.price,
              {.kind = FieldKind::Decimal, .hint = "12.50"});
  FormField(state, platform, "product.currency", Tr(lang, Msg::MyGroupCurrency), form.currency,
            {.hint = "INR, NPR, BDT, THB, PHP, USD...", .maxLength = 3});
  FormField(state, platform, "product.unit", Tr(lang, Msg::MyGroupUnit), form.unit,
            {.hint = Tr(lang, Msg::MyGroupUnitHint)});
  FormField(state, platform, "product.minOrder", Tr(lang, Msg::MyGroupMinOrder), form.minOrder,
            {.kind = FieldKind::Number});
  Say(Tr(lang, Msg::MyGroupAvailabilityHint), "product.availability.hint");
  const std::string availability = std::string(Tr(lang, form.inStock ? Msg::MyGroupInStock : Msg::MyGroupMadeToOrder));
  if (TouchButton("product.availability", availability)) form.inStock = !form.inStock;
  if (form.inStock)
    FormField(state, platform, "product.stock", Tr(lang, Msg::MyGroupStock), form.stock, {.kind = FieldKind::Number});
  else
    FormField(state, platform, "product.leadtime", Tr(lang, Msg::MyGroupLeadTime), form.leadTime,
              {.kind = FieldKind::Number});
  ImGui::Spacing();
  DrawVariants(state, platform);
  ImGui::Spacing();
  DrawPhotos(state, platform);
  ImGui::Spacing();
  ImGui::Separator();
  if (!form.errors.empty()) SayError(Tr(lang, Msg::MyGroupFixErrors), "product.errors");
  if (TouchButton("product.save", Tr(lang, Msg::MyGroupSave))) {
    if (std::optional<Product> product = BuildProduct(state, group, platform.Now())) {
      const std::string name(product->name.Get(Info(lang).code));
      auto it = std::find_if(state.data.products.begin(), state.data.products.end(),
                             [&](const Product& p) { return p.id == product->id; });
      if (it != state.data.products.end()) *it = std::move(*product);
      else state.data.products.push_back(std::move(*product));
      state.Changed();
      ui.message = std::string(Tr(lang, Msg::MyGroupSaved)) + ": " + name;
      ui.page = MyGroupState::Page::Group;
      return;
    }
  }
  if (existing) {
    ImGui::SameLine();
    const bool archived = existing->archived;
    if (TouchButton("product.archive", Tr(lang, archived ? Msg::MyGroupRestore : Msg::MyGroupArchive))) {
      for (Product& p : state.data.products)
        if (p.id == existing->id) {
          p.archived = !archived;
          p.updatedAt = platform.Now();
        }
      state.Changed();
      ui.message = std::string(Tr(lang, archived ? Msg::MyGroupRestored : Msg::MyGroupArchivedDone)) + ": " +
                   std::string(existing->name.Get(Info(lang).code));
      ui.page = MyGroupState::Page::Group;
    }
  }
}

}  // namespace hw
