#include "shared/validation.hpp"

#include <algorithm>
#include <set>

namespace hw {
namespace {

std::string At(std::string_view base, std::size_t index) {
  return std::string(base) + "[" + std::to_string(index) + "]";
}

struct Checker {
  ValidationErrors errors;

  void Add(std::string field, Msg message, std::string detail = {}) {
    errors.push_back({std::move(field), message, std::move(detail)});
  }
  void Length(const std::string& field, std::string_view text, std::size_t limit) {
    if (text.size() > limit) Add(field, Msg::ErrTextTooLong, std::to_string(text.size()) + " > " + std::to_string(limit));
  }
  void Required(const std::string& field, std::string_view text, std::size_t limit) {
    if (text.find_first_not_of(" \t\r\n") == std::string_view::npos) Add(field, Msg::ErrNameMissing);
    Length(field, text, limit);
  }
  void Text(const std::string& field, const LocalizedText& text, std::size_t limit, bool required) {
    if (required && text.Empty()) Add(field, Msg::ErrNameMissing);
    if (text.Count() > Limits::kLanguages) Add(field, Msg::ErrTooManyItems);
    for (const auto& [code, value] : text) {
      const std::string codeField = field + "." + std::string(code);
      if (!IsLanguageCode(code)) Add(codeField, Msg::ErrLanguageInvalid, std::string(code));
      Length(codeField, value, limit);
    }
    if (!IsLanguageCode(text.fallback)) Add(field + ".fallback", Msg::ErrLanguageInvalid, text.fallback);
  }
  void IdField(const std::string& field, std::string_view id) {
    if (!IsValidId(id)) Add(field, Msg::ErrIdInvalid, std::string(id.substr(0, 70)));
  }
  void PhotoField(const std::string& field, const Photo& photo) {
    const bool knownType = photo.mime == "image/jpeg" || photo.mime == "image/png" || photo.mime == "image/webp";
    if (!knownType || photo.bytes.empty()) Add(field, Msg::ErrPhotoInvalid, photo.mime.substr(0, 40));
    if (photo.bytes.size() > Limits::kPhotoBytes) Add(field, Msg::ErrFileTooLarge);
  }
  void Count(const std::string& field, std::size_t count, std::size_t limit) {
    if (count > limit) Add(field, Msg::ErrTooManyItems, std::to_string(count));
  }
};

}  // namespace

bool IsCountryCode(std::string_view code) {
  return code.size() == 2 && std::all_of(code.begin(), code.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

bool IsLanguageCode(std::string_view code) {
  if (code.size() < 2 || code.size() > 16) return false;
  const std::size_t primary = code.find('-');
  const std::string_view head = code.substr(0, primary);
  if (head.size() < 2 || head.size() > 3) return false;
  if (!std::all_of(head.begin(), head.end(), [](char c) { return c >= 'a' && c <= 'z'; })) return false;
  return std::all_of(code.begin(), code.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';
  });
}

bool LooksLikeEmail(std::string_view email) {
  const std::size_t at = email.find('@');
  if (at == std::string_view::npos || at == 0 || email.find('@', at + 1) != std::string_view::npos) return false;
  const std::string_view domain = email.substr(at + 1);
  const std::size_t dot = domain.rfind('.');
  if (dot == std::string_view::npos || dot == 0 || dot + 1 >= domain.size()) return false;
  return email.find_first_of(" \t\r\n,;<>") == std::string_view::npos && email.size() <= 254;
}

bool LooksLikePhone(std::string_view phone) {
  std::size_t digits = 0;
  for (char c : phone) {
    if (c >= '0' && c <= '9') {
      ++digits;
    } else if (c != '+' && c != ' ' && c != '-' && c != '(' && c != ')' && c != '.') {
      return false;
    }
  }
  return digits >= 5 && digits <= 20;
}

ValidationErrors Validate(const ArtisanGroup& group) {
  Checker c;
  c.IdField("id", group.id);
  c.Required("name", group.name, Limits::kNameBytes);
  if (!IsCountryCode(group.country)) c.Add("country", Msg::ErrCountryInvalid, group.country.substr(0, 10));
  c.Length("region", group.region, Limits::kNameBytes);
  c.Count("languages", group.languages.size(), Limits::kLanguages);
  for (std::size_t i = 0; i < group.languages.size(); ++i) {
    if (!IsLanguageCode(group.languages[i])) c.Add(At("languages", i), Msg::ErrLanguageInvalid, group.languages[i].substr(0, 20));
  }
  c.Text("story", group.story, Limits::kLongTextBytes, false);
  const Contacts& k = group.contacts;
  if (!k.phone.empty() && !LooksLikePhone(k.phone)) c.Add("contacts.phone", Msg::ErrPhoneInvalid);
  if (!k.whatsapp.empty() && !LooksLikePhone(k.whatsapp)) c.Add("contacts.whatsapp", Msg::ErrPhoneInvalid);
  if (!k.email.empty() && !LooksLikeEmail(k.email)) c.Add("contacts.email", Msg::ErrEmailInvalid);
  if (k.phone.empty() && k.whatsapp.empty() && k.email.empty()) c.Add("contacts", Msg::ErrContactMissing);
  if (group.logo) c.PhotoField("logo", *group.logo);
  return c.errors;
}

ValidationErrors Validate(const Product& product) {
  Checker c;
  c.IdField("id", product.id);
  c.IdField("groupId", product.groupId);
  if (product.sku.empty()) c.Add("sku", Msg::ErrSkuMissing);
  c.Length("sku", product.sku, Limits::kShortTextBytes);
  c.Text("name", product.name, Limits::kNameBytes, true);
  c.Text("description", product.description, Limits::kLongTextBytes, false);
  c.Length("category", product.category, Limits::kShortTextBytes);
  c.Count("materials", product.materials.size(), Limits::kTags);
  for (std::size_t i = 0; i < product.materials.size(); ++i) c.Length(At("materials", i), product.materials[i], Limits::kShortTextBytes);
  c.Count("photos", product.photos.size(), Limits::kPhotos);
  for (std::size_t i = 0; i < product.photos.size(); ++i) c.PhotoField(At("photos", i), product.photos[i]);
  if (!MinorDigits(product.price.currency)) c.Add("price.currency", Msg::ErrCurrencyUnknown, product.price.currency.substr(0, 10));
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
  for (std::size_t i = 0; i < product.tags.size(); ++i) c.Length(At("tags", i), product.tags[i], Limits::kShortTextBytes);
  return c.errors;
}

ValidationErrors ValidateShape(const OrderRequest& order) {
  Checker c;
  c.IdField("id", order.id);
  c.IdField("groupId", order.groupId);
  c.Required("buyer.name", order.buyer.name, Limits::kNameBytes);
  c.Length("buyer.organisation", order.buyer.organisation, Limits::kNameBytes);
  c.Length("buyer.deliveryPlace", order.buyer.deliveryPlace, Limits::kNameBytes);
  if (!order.buyer.phone.empty() && !LooksLikePhone(order.buyer.phone)) c.Add("buyer.phone", Msg::ErrPhoneInvalid);
  if (!order.buyer.email.empty() && !LooksLikeEmail(order.buyer.email)) c.Add("buyer.email", Msg::ErrEmailInvalid);
  if (order.buyer.phone.empty() && order.buyer.email.empty()) c.Add("buyer", Msg::ErrContactMissing);
  if (!order.buyer.country.empty() && !IsCountryCode(order.buyer.country)) c.Add("buyer.country", Msg::ErrCountryInvalid);
  if (!MinorDigits(order.currency)) c.Add("currency", Msg::ErrCurrencyUnknown, order.currency.substr(0, 10));
  c.Length("notes", order.notes, Limits::kLongTextBytes);
  if (order.lines.empty()) c.Add("lines", Msg::ErrOrderEmpty);
  c.Count("lines", order.lines.size(), Limits::kOrderLines);
  for (std::size_t i = 0; i < order.lines.size(); ++i) {
    const OrderLine& line = order.lines[i];
    const std::string base = At("lines", i);
    c.IdField(base + ".productId", line.productId);
    if (!line.variantId.empty()) c.IdField(base + ".variantId", line.variantId);
    c.Length(base + ".sku", line.sku, Limits::kShortTextBytes);
    c.Required(base + ".productName", line.productName, Limits::kNameBytes);
    c.Length(base + ".variantLabel", line.variantLabel, Limits::kNameBytes);
    if (line.quantity < 1 || line.quantity > Limits::kQuantity) c.Add(base + ".quantity", Msg::ErrQuantityInvalid);
    if (line.unitPriceMinor < 0) c.Add(base + ".unitPrice", Msg::ErrPriceNegative);
    if (line.unitPriceMinor > Limits::kPriceMinor) c.Add(base + ".unitPrice", Msg::ErrPriceTooLarge);
  }
  if (!OrderTotal(order)) c.Add("lines", Msg::ErrTotalTooLarge);
  if (order.history.empty() || order.history.front().status != OrderStatus::Draft) {
    c.Add("history", Msg::ErrStatusChangeNotAllowed);
  }
  for (std::size_t i = 0; i < order.history.size(); ++i) c.Length(At("history", i) + ".note", order.history[i].note, Limits::kLongTextBytes);
  for (std::size_t i = 1; i < order.history.size(); ++i) {
    if (!CanChangeStatus(order.history[i - 1].status, order.history[i].status)) {
      c.Add(At("history", i), Msg::ErrStatusChangeNotAllowed, std::string(StatusName(order.history[i].status)));
    }
  }
  return c.errors;
}

ValidationErrors Validate(const OrderRequest& order, std::span<const Product> products) {
  Checker c;
  c.errors = ValidateShape(order);
  for (std::size_t i = 0; i < order.lines.size(); ++i) {
    const OrderLine& line = order.lines[i];
    const std::string base = At("lines", i);
    const auto found = std::find_if(products.begin(), products.end(), [&](const Product& p) { return p.id == line.productId; });
    if (found == products.end()) {
      c.Add(base + ".productId", Msg::ErrProductUnknown, line.sku);
      continue;
    }
    const Product& product = *found;
    if (product.groupId != order.groupId) c.Add(base + ".productId", Msg::ErrProductOtherGroup, line.sku);
    if (product.archived) c.Add(base + ".productId", Msg::ErrProductArchived, line.sku);
    if (!product.priceOnRequest && product.price.currency != order.currency) {
      c.Add(base + ".currency", Msg::ErrCurrencyMismatch, product.price.currency);
    }
    const Variant* variant = nullptr;
    if (!line.variantId.empty()) {
      variant = product.FindVariant(line.variantId);
      if (!variant) c.Add(base + ".variantId", Msg::ErrVariantUnknown, line.sku);
    }
    // The minimum applies to the product as a whole, summed over its variants.
    std::uint64_t productQuantity = 0;
    for (const OrderLine& other : order.lines) {
      if (other.productId == line.productId) productQuantity += other.quantity;
    }
    if (productQuantity < product.minOrder) {
      c.Add(base + ".quantity", Msg::ErrQuantityBelowMinimum, std::to_string(product.minOrder));
    }
    if (product.availability == Availability::InStock) {
      const std::int64_t stock = variant ? variant->stock : product.stockOnHand;
      if (static_cast<std::int64_t>(line.quantity) > stock) c.Add(base + ".quantity", Msg::ErrQuantityAboveStock, std::to_string(stock));
    }
  }
  return c.errors;
}

ValidationErrors Validate(const Course& course) {
  Checker c;
  c.IdField("id", course.id);
  c.Text("title", course.title, Limits::kNameBytes, true);
  c.Text("summary", course.summary, Limits::kLongTextBytes, false);
  std::set<std::string_view> ids;
  for (std::size_t l = 0; l < course.lessons.size(); ++l) {
    const Lesson& lesson = course.lessons[l];
    const std::string base = At("lessons", l);
    c.IdField(base + ".id", lesson.id);
    if (!ids.insert(lesson.id).second) c.Add(base + ".id", Msg::ErrIdDuplicate);
    c.Text(base + ".title", lesson.title, Limits::kNameBytes, true);
    for (std::size_t s = 0; s < lesson.steps.size(); ++s) {
      c.Text(base + "." + At("steps", s) + ".text", lesson.steps[s].text, Limits::kLongTextBytes, true);
      if (lesson.steps[s].picture) c.PhotoField(base + "." + At("steps", s) + ".picture", *lesson.steps[s].picture);
    }
    if (lesson.quiz.masteryPercent > 100) c.Add(base + ".quiz.masteryPercent", Msg::ErrValueInvalid);
    c.Count(base + ".quiz.questions", lesson.quiz.questions.size(), Limits::kQuestions);
    for (std::size_t q = 0; q < lesson.quiz.questions.size(); ++q) {
      const Question& question = lesson.quiz.questions[q];
      const std::string qField = base + ".quiz." + At("questions", q);
      const std::size_t options = question.options.size();
      c.Count(qField + ".options", options, Limits::kOptions);
      c.Text(qField + ".prompt", question.prompt, Limits::kLongTextBytes, true);
      const auto inRange = [&](std::uint32_t index) { return index < options; };
      bool ok = std::all_of(question.correct.begin(), question.correct.end(), inRange);
      switch (question.kind) {
        case QuestionKind::SingleChoice: ok = ok && options >= 2 && question.correct.size() == 1; break;
        case QuestionKind::MultipleChoice: ok = ok && options >= 2 && !question.correct.empty(); break;
        case QuestionKind::TrueFalse: ok = question.correct.size() == 1 && question.correct[0] <= 1; break;
        case QuestionKind::PutInOrder: {
          std::vector<std::uint32_t> sorted = question.correct;
          std::sort(sorted.begin(), sorted.end());
          ok = ok && options >= 2 && sorted.size() == options &&
               std::adjacent_find(sorted.begin(), sorted.end()) == sorted.end();
          break;
        }
        case QuestionKind::Count: ok = false; break;
      }
      if (!ok) c.Add(qField, Msg::ErrQuestionInvalid);
    }
  }
  return c.errors;
}

ValidationErrors Validate(const Profile& profile) {
  Checker c;
  c.IdField("id", profile.id);
  c.Required("name", profile.name, Limits::kNameBytes);
  if (!IsLanguageCode(profile.language)) c.Add("language", Msg::ErrLanguageInvalid, profile.language.substr(0, 20));
  if ((profile.roles & ~kAllRoles) != 0) c.Add("roles", Msg::ErrValueInvalid);
  if (profile.HasRole(RoleGroupMember)) c.IdField("groupId", profile.groupId);
  if (profile.avatar) c.PhotoField("avatar", *profile.avatar);
  return c.errors;
}

}  // namespace hw
