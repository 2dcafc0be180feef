#include "shared/catalogue/demo_catalogue.hpp"

#include <rapidjson/document.h>

#include <algorithm>
#include <set>

#include "shared/core/json_file.hpp"
#include "shared/core/validation.hpp"

namespace hw {
namespace {

using Value = rapidjson::Value;

// Reads the source's fields, remembering the path for the first error.
struct Reader {
  std::optional<Error> error;

  bool Fail(Msg message, const std::string& field, std::string detail = {}) {
    if (!error) error = Error{message, field, 0, std::move(detail)};
    return false;
  }
  const Value* Member(const Value& object, const char* name, const std::string& path, bool required) {
    const auto it = object.FindMember(name);
    if (it == object.MemberEnd()) {
      if (required) Fail(Msg::ErrFieldMissing, path + name);
      return nullptr;
    }
    return &it->value;
  }
  std::string String(const Value& object, const char* name, const std::string& path, bool required = true) {
    const Value* v = Member(object, name, path, required);
    if (!v) return {};
    if (!v->IsString()) return Fail(Msg::ErrValueInvalid, path + name), std::string{};
    return {v->GetString(), v->GetStringLength()};
  }
  std::int64_t Integer(const Value& object, const char* name, const std::string& path, std::int64_t fallback,
                       bool required = false) {
    const Value* v = Member(object, name, path, required);
    if (!v) return fallback;
    if (!v->IsInt64()) return Fail(Msg::ErrNumberInvalid, path + name), fallback;
    return v->GetInt64();
  }
  std::uint32_t Count(const Value& object, const char* name, const std::string& path, std::uint32_t fallback) {
    const std::int64_t v = Integer(object, name, path, fallback);
    if (v < 0 || v > 1'000'000) return Fail(Msg::ErrNumberInvalid, path + name), fallback;
    return static_cast<std::uint32_t>(v);
  }
  bool Bool(const Value& object, const char* name, const std::string& path) {
    const Value* v = Member(object, name, path, false);
    if (!v) return false;
    if (!v->IsBool()) return Fail(Msg::ErrValueInvalid, path + name);
    return v->GetBool();
  }
  std::vector<std::string> Strings(const Value& object, const char* name, const std::string& path) {
    std::vector<std::string> out;
    const Value* v = Member(object, name, path, false);
    if (!v) return out;
    if (!v->IsArray()) return Fail(Msg::ErrValueInvalid, path + name), out;
    for (const Value& item : v->GetArray()) {
      if (!item.IsString()) return Fail(Msg::ErrValueInvalid, path + name), out;
      out.emplace_back(item.GetString(), item.GetStringLength());
    }
    return out;
  }
  LocalizedText Text(const Value& object, const char* name, const std::string& path, bool required) {
    LocalizedText text;
    const Value* v = Member(object, name, path, required);
    if (!v) return text;
    if (!v->IsObject()) return Fail(Msg::ErrValueInvalid, path + name), text;
    for (const auto& member : v->GetObject()) {
      const std::string code(member.name.GetString(), member.name.GetStringLength());
      if (!member.value.IsString()) return Fail(Msg::ErrValueInvalid, path + name + "." + code), text;
      text.Set(code, std::string(member.value.GetString(), member.value.GetStringLength()));
    }
    return text;
  }
  Swatch Picture(const Value& object, const char* name, const std::string& path, std::uint32_t seed) {
    Swatch swatch;
    swatch.seed = seed;
    const Value* v = Member(object, name, path, true);
    if (!v) return swatch;
    if (!v->IsObject()) return Fail(Msg::ErrValueInvalid, path + name), swatch;
    const std::string at = path + name + ".";
    const std::string pattern = String(*v, "pattern", at);
    if (const auto p = PatternFromName(pattern)) swatch.pattern = *p;
    else if (!error) Fail(Msg::ErrValueInvalid, at + "pattern", pattern);
    for (const std::string& colour : Strings(*v, "colours", at)) {
      if (const auto rgb = ParseColour(colour)) swatch.colours.push_back(*rgb);
      else Fail(Msg::ErrValueInvalid, at + "colours", colour);
    }
    if (swatch.colours.size() < 2 || swatch.colours.size() > 6)
      Fail(Msg::ErrValueInvalid, at + "colours", "2 to 6 colours");
    return swatch;
  }
};

std::uint32_t SeedOf(std::string_view text) {  // FNV-1a
  std::uint32_t h = 2166136261u;
  for (char c : text) h = (h ^ static_cast<std::uint8_t>(c)) * 16777619u;
  return h;
}

Product ParseProduct(Reader& r, const Value& v, const std::string& at, const DemoGroup& demo,
                     const std::string& currency) {
  Product p;
  p.groupId = demo.group.id;
  p.sku = r.String(v, "sku", at);
  p.id = DerivedId(p.groupId, p.sku);
  p.name = r.Text(v, "name", at, true);
  p.description = r.Text(v, "description", at, false);
  p.category = r.String(v, "category", at);
  if (std::find(kDemoCategories.begin(), kDemoCategories.end(), p.category) == kDemoCategories.end())
    r.Fail(Msg::ErrValueInvalid, at + "category", p.category);
  p.materials = r.Strings(v, "materials", at);
  p.priceOnRequest = r.Bool(v, "priceOnRequest", at);
  p.price.currency = currency;
  p.price.minor = r.Integer(v, "priceMinor", at, 0, !p.priceOnRequest);
  p.unit = r.String(v, "unit", at);
  p.minOrder = r.Count(v, "minOrder", at, 1);
  // A product has either a lead time (made to order) or a stock (ready to send).
  const bool hasStock = v.HasMember("stock"), hasLeadTime = v.HasMember("leadTimeDays");
  if (hasStock == hasLeadTime) r.Fail(Msg::ErrValueInvalid, at + "stock", "either stock or leadTimeDays");
  p.availability = hasStock ? Availability::InStock : Availability::MadeToOrder;
  p.stockOnHand = r.Integer(v, "stock", at, 0);
  p.leadTimeDays = r.Count(v, "leadTimeDays", at, 0);
  p.tags = r.Strings(v, "tags", at);
  p.tags.emplace_back(kDemoTag);
  p.updatedAt = kDemoTimestamp;
  if (const Value* variants = r.Member(v, "variants", at, false)) {
    if (!variants->IsArray()) {
      r.Fail(Msg::ErrValueInvalid, at + "variants");
    } else {
      for (rapidjson::SizeType i = 0; i < variants->Size(); ++i) {
        const Value& item = (*variants)[i];
        const std::string vat = at + "variants[" + std::to_string(i) + "].";
        if (!item.IsObject()) {
          r.Fail(Msg::ErrValueInvalid, vat);
          break;
        }
        Variant variant;
        variant.sku = r.String(item, "sku", vat);
        variant.id = DerivedId(p.id, variant.sku);
        variant.label = r.Text(item, "label", vat, true);
        if (item.HasMember("priceMinor")) variant.priceMinor = r.Integer(item, "priceMinor", vat, 0);
        variant.stock = r.Integer(item, "stock", vat, 0);
        p.variants.push_back(std::move(variant));
      }
    }
  }
  return p;
}

}  // namespace

Result<DemoGroup> ParseDemoGroup(std::string_view json) {
  if (auto error = CheckJsonText(json)) return *error;
  rapidjson::Document doc;
  // Plain JSON, as the lesson packs: the default flags (NaN, full precision) let
  // "NaNe+0…" reach an assertion in rapidjson's number parser (found by fuzz_catalogue_pack).
  doc.Parse<rapidjson::kParseIterativeFlag | rapidjson::kParseValidateEncodingFlag>(json.data(), json.size());
  if (doc.HasParseError())
    return Error{Msg::ErrFileUnreadable, "", 0, "offset " + std::to_string(doc.GetErrorOffset())};
  if (!doc.IsObject()) return Error{Msg::ErrFileWrongKind};
  Reader r;
  DemoGroup demo;
  if (!r.Bool(doc, "demo", "")) r.Fail(Msg::ErrFileWrongKind, "demo");
  demo.slug = r.String(doc, "slug", "");
  const bool slugOk = !demo.slug.empty() && demo.slug.size() <= 40 &&
                      std::all_of(demo.slug.begin(), demo.slug.end(),
                                  [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'; });
  if (!slugOk) r.Fail(Msg::ErrIdInvalid, "slug", demo.slug);
  ArtisanGroup& g = demo.group;
  g.id = DerivedId("homeworks-demo", demo.slug);
  g.name = r.String(doc, "name", "");
  g.country = r.String(doc, "country", "");
  g.region = r.String(doc, "region", "", false);
  g.languages = r.Strings(doc, "languages", "");
  g.story = r.Text(doc, "story", "", false);
  if (const Value* contacts = r.Member(doc, "contacts", "", true); contacts && contacts->IsObject()) {
    g.contacts.phone = r.String(*contacts, "phone", "contacts.", false);
    g.contacts.whatsapp = r.String(*contacts, "whatsapp", "contacts.", false);
    g.contacts.email = r.String(*contacts, "email", "contacts.", false);
  }
  g.updatedAt = kDemoTimestamp;
  demo.logo = r.Picture(doc, "logo", "", SeedOf(demo.slug));
  const std::string currency = r.String(doc, "currency", "");
  if (!r.error && !MinorDigits(currency)) r.Fail(Msg::ErrCurrencyUnknown, "currency", currency);
  if (r.error) return *r.error;
  if (auto errors = Validate(g); !errors.empty()) {
    return Error{errors.front().message, errors.front().field, 0, errors.front().detail};
  }

  const Value* products = r.Member(doc, "products", "", true);
  if (!products || !products->IsArray()) return Error{Msg::ErrFieldMissing, "products", 0};
  std::set<std::string> skus;
  for (rapidjson::SizeType i = 0; i < products->Size(); ++i) {
    const Value& item = (*products)[i];
    const std::string at = "products[" + std::to_string(i) + "].";
    if (!item.IsObject()) return Error{Msg::ErrValueInvalid, at, 0};
    Product p = ParseProduct(r, item, at, demo, currency);
    Swatch picture = r.Picture(item, "picture", at, SeedOf(p.sku));
    if (r.error) return *r.error;
    if (auto errors = Validate(p); !errors.empty()) {
      return Error{errors.front().message, at + errors.front().field, 0, errors.front().detail};
    }
    if (!skus.insert(p.sku).second) return Error{Msg::ErrSkuDuplicate, at + "sku", 0, p.sku};
    demo.products.push_back(std::move(p));
    demo.pictures.push_back(std::move(picture));
  }
  return demo;
}

std::string DemoIndexJson(const DemoIndex& index) { return SaveJson("demo", index); }

Result<DemoIndex> ParseDemoIndex(std::string_view json) {
  DemoIndex index;
  if (auto error = LoadJsonFile(json, "demo", index)) return *error;
  for (std::size_t i = 0; i < index.packs.size(); ++i) {
    const std::string& file = index.packs[i].file;
    const bool plain =
        file.size() > 5 && file.size() <= 64 && file.ends_with(".json") &&
        std::all_of(file.begin(), file.end(),
                    [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.'; }) &&
        file.find("..") == std::string::npos;
    if (!plain) return Error{Msg::ErrValueInvalid, "packs[" + std::to_string(i) + "].file", 0, file.substr(0, 70)};
  }
  return index;
}

Result<CataloguePack> AddDemoPack(AppData& data, std::string_view packJson) {
  Result<CataloguePack> pack = ImportCataloguePack(packJson);
  if (!pack) return pack;
  ApplyCatalogue(data, pack.value());
  std::vector<Id>& demo = data.settings.demoGroupIds;
  if (std::find(demo.begin(), demo.end(), pack.value().group.id) == demo.end()) demo.push_back(pack.value().group.id);
  return pack;
}

std::string DemoPackJson(DemoGroup demo, const SwatchPicture& picture) {
  AppData data;
  demo.group.logo = picture(demo.logo, kDemoLogoSize);
  data.groups.push_back(demo.group);
  for (std::size_t i = 0; i < demo.products.size(); ++i) {
    demo.products[i].photos = {picture(demo.pictures[i], kDemoPictureSize)};
    data.products.push_back(std::move(demo.products[i]));
  }
  return ExportCataloguePack(data, demo.group.id, kDemoTimestamp);
}

Result<CataloguePack> AddDemoGroup(AppData& data, std::string_view sourceJson, const SwatchPicture& picture) {
  Result<DemoGroup> demo = ParseDemoGroup(sourceJson);
  if (!demo) return demo.error();
  return AddDemoPack(data, DemoPackJson(std::move(demo.value()), picture));
}

bool IsDemoGroup(const AppData& data, std::string_view groupId) {
  const std::vector<Id>& demo = data.settings.demoGroupIds;
  return std::find(demo.begin(), demo.end(), groupId) != demo.end();
}

bool ShouldLoadDemo(const AppData& data) { return !data.settings.demoLoaded && data.groups.empty(); }

}  // namespace hw
