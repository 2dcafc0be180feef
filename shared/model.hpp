#pragma once
// The domain model: value types for artisan groups, products, order requests,
// lessons, profiles and progress, and AppData, the whole persisted state.
// Every persisted type carries CEREAL_CLASS_VERSION (see the end of this file) and
// a serialize(Archive&, version); text archives (JSON) get photos as base64.
#include <array>
#include <cereal/cereal.hpp>
#include <cereal/types/map.hpp>
#include <cereal/types/optional.hpp>
#include <cereal/types/string.hpp>
#include <cereal/types/vector.hpp>
#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <iterator>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "shared/base64.hpp"
#include "shared/i18n.hpp"
#include "shared/lesson_icon.hpp"
#include "shared/serialize_util.hpp"

namespace hw {

using Id = std::string;            // 32 lower-case hex digits for ids made on a device
using Timestamp = std::int64_t;    // seconds since 1970-01-01 UTC; 0 = unknown

// 128 random bits from the caller's entropy (crypto.getRandomValues on the web,
// std::random_device natively), as 32 hex digits: ids made on two devices never collide.
Id NewId(std::span<const std::uint8_t, 16> entropy);
// Ids are 1..64 characters of [A-Za-z0-9_-], so they are safe in files and file names.
bool IsValidId(std::string_view id);
// A stable id derived from other ids (e.g. a product from its group and SKU), so
// that importing the same list twice updates the same records.
Id DerivedId(std::string_view a, std::string_view b);

// "YYYY-MM-DD" (UTC) of a timestamp ("" outside years 1..9999), and back; nullopt
// for a malformed date.
std::string FormatDate(Timestamp time);
std::optional<Timestamp> ParseDate(std::string_view text);

// ---------------------------------------------------------------------------
// Text in several languages, keyed by BCP 47 code ("en", "hi", "th"), in code order.
// All of it sits in one string (each code and text with its length before it): a
// product's name costs one allocation, not a map node per language.
class LocalizedText {
 public:
  struct Entry {
    std::string_view code;
    std::string_view text;
  };
  class Iterator {
   public:
    using iterator_category = std::forward_iterator_tag;
    using value_type = Entry;
    using difference_type = std::ptrdiff_t;
    using pointer = void;
    using reference = Entry;
    Iterator() = default;
    explicit Iterator(std::string_view rest) : rest_(rest) { Read(); }
    Entry operator*() const { return entry_; }
    Iterator& operator++() {
      Read();
      return *this;
    }
    Iterator operator++(int) {
      Iterator before = *this;
      Read();
      return before;
    }
    bool operator==(const Iterator& other) const { return done_ == other.done_ && rest_.size() == other.rest_.size(); }

   private:
    void Read();
    std::string_view rest_;
    Entry entry_;
    bool done_ = true;
  };

  std::string fallback = "en";

  LocalizedText() = default;
  LocalizedText(std::initializer_list<std::pair<std::string_view, std::string_view>> texts);

  // The text in `language`, else in the fallback language, else any text, else "".
  std::string_view Get(std::string_view language) const;
  // The text in exactly `code`, if there is one (it may be "").
  std::optional<std::string_view> Find(std::string_view code) const;
  bool Has(std::string_view code) const { return Find(code).has_value(); }
  void Set(std::string_view code, std::string_view text);
  void Erase(std::string_view code);
  std::size_t Count() const;
  bool Empty() const;  // no text, or only blank ones
  Iterator begin() const { return Iterator(packed_); }
  Iterator end() const { return Iterator(std::string_view(packed_).substr(packed_.size())); }

  // Saved as a map from code to text, as it always was.
  template <class Archive>
  void serialize(Archive& ar, std::uint32_t /*version*/) {
    TextsAsMap texts{*this};
    ar(cereal::make_nvp("texts", texts), cereal::make_nvp("fallback", fallback));
  }
  bool operator==(const LocalizedText&) const = default;

 private:
  // The texts in an archive, written and read as a std::map<std::string, std::string>.
  struct TextsAsMap {
    LocalizedText& owner;
    template <class Archive>
    void save(Archive& ar) const {
      ar(cereal::make_size_tag(static_cast<cereal::size_type>(owner.Count())));
      std::string code, text;
      for (const Entry& entry : owner) {
        code.assign(entry.code);
        text.assign(entry.text);
        ar(cereal::make_map_item(code, text));
      }
    }
    template <class Archive>
    void load(Archive& ar) {
      owner.packed_.clear();
      cereal::size_type count = 0;
      ar(cereal::make_size_tag(count));
      std::string code, text;
      for (cereal::size_type i = 0; i < count; ++i) {
        ar(cereal::make_map_item(code, text));
        if (!owner.Has(code)) owner.Set(code, text);  // a code written twice keeps its first text
      }
    }
  };

  std::string packed_;  // per language: length, code, length, text (lengths as LEB128)
};

// ---------------------------------------------------------------------------
// Money: integer minor units of an ISO 4217 currency, never floating point.
struct Money {
  std::int64_t minor = 0;
  std::string currency;

  template <class Archive>
  void serialize(Archive& ar, std::uint32_t /*version*/) {
    ar(cereal::make_nvp("minor", minor), cereal::make_nvp("currency", currency));
  }
  bool operator==(const Money&) const = default;
};

struct CurrencyInfo {
  std::string_view code;
  int minorDigits;  // ISO 4217 exponent
};
std::span<const CurrencyInfo> AllCurrencies();
// Minor-unit digits of a currency of the region (INR, NPR, ... USD, EUR); nullopt when unknown.
std::optional<int> MinorDigits(std::string_view currency);
// "1234.50" for 123450 INR; "-0.05"; no grouping, no symbol (for files and sorting).
std::string FormatAmount(std::int64_t minor, std::string_view currency);
// "1,234.50 INR" for people.
std::string FormatMoney(const Money& money);
// "1234.5" / "1,234.50" -> minor units; nullopt for text that is not an amount, too
// many decimals for the currency, or a value beyond +-10^15 minor units.
std::optional<std::int64_t> ParseAmount(std::string_view text, std::string_view currency);

// Overflow-checked integer arithmetic for totals.
std::optional<std::int64_t> CheckedAdd(std::int64_t a, std::int64_t b);
std::optional<std::int64_t> CheckedMul(std::int64_t a, std::int64_t b);

// ---------------------------------------------------------------------------
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

// A PIN kept as salt and iterated SHA-256, never in clear.
struct PinHash {
  std::string saltHex;  // 16 bytes
  std::string hashHex;  // 32 bytes
  std::uint32_t iterations = 0;
  // Version 2: wrong PINs in a row and when the last one was typed, saved so that
  // reloading the page does not end the wait they impose (PinRetryAt).
  std::uint32_t wrongInARow = 0;
  Timestamp lastWrongAt = 0;

  template <class Archive>
  void serialize(Archive& ar, std::uint32_t version) {
    ar(cereal::make_nvp("salt", saltHex), cereal::make_nvp("hash", hashHex),
       cereal::make_nvp("iterations", iterations));
    if (version >= 2) ar(cereal::make_nvp("wrongInARow", wrongInARow), cereal::make_nvp("lastWrongAt", lastWrongAt));
  }
  bool operator==(const PinHash&) const = default;
};
PinHash MakePinHash(std::string_view pin, std::span<const std::uint8_t, 16> salt);
bool VerifyPin(const PinHash& stored, std::string_view pin);
// Wrong PINs: three are free, then each waits, from 30 seconds doubling up to an hour.
inline constexpr std::uint32_t kFreePinTries = 3;
inline constexpr Timestamp kFirstPinWait = 30;
inline constexpr Timestamp kLongestPinWait = 3600;
// When the next PIN may be tried (0 = at once).
Timestamp PinRetryAt(const PinHash& pin);
void RecordWrongPin(PinHash& pin, Timestamp now);
void RecordRightPin(PinHash& pin);

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

struct ArtisanGroup {
  Id id;
  std::string name;
  std::string country;  // ISO 3166-1 alpha-2, e.g. "IN"
  std::string region;
  std::vector<std::string> languages;  // BCP 47 codes
  LocalizedText story;
  Contacts contacts;
  std::optional<Photo> logo;
  std::optional<PinHash> sellerPin;  // never leaves the device in a catalogue pack
  Timestamp updatedAt = 0;

  template <class Archive>
  void serialize(Archive& ar, std::uint32_t /*version*/) {
    ar(cereal::make_nvp("id", id), cereal::make_nvp("name", name), cereal::make_nvp("country", country),
       cereal::make_nvp("region", region), cereal::make_nvp("languages", languages),
       cereal::make_nvp("story", story), cereal::make_nvp("contacts", contacts), cereal::make_nvp("logo", logo),
       cereal::make_nvp("sellerPin", sellerPin), cereal::make_nvp("updatedAt", updatedAt));
  }
  bool operator==(const ArtisanGroup&) const = default;
};

// ---------------------------------------------------------------------------
enum class Availability : std::uint8_t { MadeToOrder, InStock, Count };

struct Variant {
  Id id;
  std::string sku;
  LocalizedText label;                      // "Red, size M"
  std::optional<std::int64_t> priceMinor;   // in the product's currency; none = product price
  std::int64_t stock = 0;                   // for InStock products

  template <class Archive>
  void serialize(Archive& ar, std::uint32_t /*version*/) {
    ar(cereal::make_nvp("id", id), cereal::make_nvp("sku", sku), cereal::make_nvp("label", label),
       cereal::make_nvp("priceMinor", priceMinor), cereal::make_nvp("stock", stock));
  }
  bool operator==(const Variant&) const = default;
};

// The fields are ordered by size, so that a catalogue of 100,000 products wastes
// little on padding; serialize() keeps the order of the files.
struct Product {
  Id id;
  Id groupId;
  std::string sku;
  LocalizedText name;
  LocalizedText description;
  std::string category;  // "textiles", "baskets", "food"...
  std::vector<std::string> materials;
  std::vector<Photo> photos;
  std::string unit = "piece";
  std::vector<Variant> variants;
  std::vector<std::string> tags;
  Money price;
  std::int64_t stockOnHand = 0;  // for InStock
  Timestamp updatedAt = 0;
  std::uint32_t minOrder = 1;
  std::uint32_t leadTimeDays = 0;  // for MadeToOrder
  Availability availability = Availability::MadeToOrder;
  bool priceOnRequest = false;
  bool archived = false;

  const Variant* FindVariant(std::string_view variantId) const;
  // The price of one unit of `variant` (or of the product when null); nullopt on request.
  std::optional<std::int64_t> UnitPrice(const Variant* variant) const;
  // Whether the product can be bought without waiting for production.
  bool InStock() const;

  template <class Archive>
  void serialize(Archive& ar, std::uint32_t /*version*/) {
    ar(cereal::make_nvp("id", id), cereal::make_nvp("groupId", groupId), cereal::make_nvp("sku", sku),
       cereal::make_nvp("name", name), cereal::make_nvp("description", description),
       cereal::make_nvp("category", category), cereal::make_nvp("materials", materials),
       cereal::make_nvp("photos", photos), cereal::make_nvp("priceOnRequest", priceOnRequest),
       cereal::make_nvp("price", price), cereal::make_nvp("unit", unit), cereal::make_nvp("minOrder", minOrder));
    SerializeEnum(ar, "availability", availability);
    ar(cereal::make_nvp("leadTimeDays", leadTimeDays), cereal::make_nvp("stockOnHand", stockOnHand),
       cereal::make_nvp("variants", variants), cereal::make_nvp("tags", tags), cereal::make_nvp("archived", archived),
       cereal::make_nvp("updatedAt", updatedAt));
  }
  bool operator==(const Product&) const = default;
};

// ---------------------------------------------------------------------------
struct Buyer {
  std::string name;
  std::string organisation;
  std::string phone;
  std::string email;
  std::string country;  // ISO 3166-1 alpha-2
  std::string deliveryPlace;

  template <class Archive>
  void serialize(Archive& ar, std::uint32_t /*version*/) {
    ar(cereal::make_nvp("name", name), cereal::make_nvp("organisation", organisation),
       cereal::make_nvp("phone", phone), cereal::make_nvp("email", email), cereal::make_nvp("country", country),
       cereal::make_nvp("deliveryPlace", deliveryPlace));
  }
  bool operator==(const Buyer&) const = default;
};

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
    ar(cereal::make_nvp("productId", productId), cereal::make_nvp("variantId", variantId),
       cereal::make_nvp("sku", sku), cereal::make_nvp("productName", productName),
       cereal::make_nvp("variantLabel", variantLabel), cereal::make_nvp("priceOnRequest", priceOnRequest),
       cereal::make_nvp("unitPriceMinor", unitPriceMinor), cereal::make_nvp("quantity", quantity));
  }
  bool operator==(const OrderLine&) const = default;
};

// draft -> sent -> received -> accepted | declined; accepted -> in production ->
// shipped -> completed. Cancelled is reachable from draft, sent, received, accepted
// and in production: once goods are shipped they can only be completed. Declined,
// completed and cancelled are final.
enum class OrderStatus : std::uint8_t {
  Draft, Sent, Received, Accepted, Declined, InProduction, Shipped, Completed, Cancelled, Count
};
std::string_view StatusName(OrderStatus status);  // stable English name for files
std::optional<OrderStatus> StatusFromName(std::string_view name);
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

// ---------------------------------------------------------------------------
// Lessons: course -> lesson -> steps -> quiz.
struct Step {
  Id id;
  LocalizedText text;
  std::optional<Photo> picture;
  LocalizedText tip;
  LessonIcon icon = LessonIcon::None;  // drawn when there is no picture (since version 2)

  template <class Archive>
  void serialize(Archive& ar, std::uint32_t version) {
    ar(cereal::make_nvp("id", id), cereal::make_nvp("text", text), cereal::make_nvp("picture", picture),
       cereal::make_nvp("tip", tip));
    if (version >= 2) SerializeEnum(ar, "icon", icon);
  }
  bool operator==(const Step&) const = default;
};

enum class QuestionKind : std::uint8_t { SingleChoice, MultipleChoice, TrueFalse, PutInOrder, Count };

// `correct` means, by kind: SingleChoice {index}; MultipleChoice the set of right
// indices; TrueFalse {1} for true, {0} for false (no options); PutInOrder the option
// indices in the right order (options are shown shuffled).
struct Question {
  Id id;
  QuestionKind kind = QuestionKind::SingleChoice;
  LocalizedText prompt;
  std::optional<Photo> picture;
  std::vector<LocalizedText> options;
  std::vector<std::uint32_t> correct;
  LocalizedText explanation;  // why the right answer is right, shown after answering (since version 2)

  template <class Archive>
  void serialize(Archive& ar, std::uint32_t version) {
    ar(cereal::make_nvp("id", id));
    SerializeEnum(ar, "kind", kind);
    ar(cereal::make_nvp("prompt", prompt), cereal::make_nvp("picture", picture),
       cereal::make_nvp("options", options), cereal::make_nvp("correct", correct));
    if (version >= 2) ar(cereal::make_nvp("explanation", explanation));
  }
  bool operator==(const Question&) const = default;
};

// What the learner chose: indices (SingleChoice, MultipleChoice), {0|1} (TrueFalse),
// or the sequence of option indices (PutInOrder).
struct Answer {
  std::vector<std::uint32_t> chosen;
};
bool IsCorrect(const Question& question, const Answer& answer);

struct Quiz {
  std::vector<Question> questions;
  std::uint32_t masteryPercent = 80;  // score needed to master the lesson

  template <class Archive>
  void serialize(Archive& ar, std::uint32_t /*version*/) {
    ar(cereal::make_nvp("questions", questions), cereal::make_nvp("masteryPercent", masteryPercent));
  }
  bool operator==(const Quiz&) const = default;
};

struct QuizScore {
  std::uint32_t correct = 0;
  std::uint32_t total = 0;
  std::uint32_t percent = 0;  // rounded down; 100 for an empty quiz
};
// Answers beyond the questions are ignored; missing answers count as wrong.
QuizScore Score(const Quiz& quiz, std::span<const Answer> answers);

struct Lesson {
  Id id;
  LocalizedText title;
  std::uint32_t minutes = 5;
  std::vector<Step> steps;
  Quiz quiz;

  template <class Archive>
  void serialize(Archive& ar, std::uint32_t /*version*/) {
    ar(cereal::make_nvp("id", id), cereal::make_nvp("title", title), cereal::make_nvp("minutes", minutes),
       cereal::make_nvp("steps", steps), cereal::make_nvp("quiz", quiz));
  }
  bool operator==(const Lesson&) const = default;
};

struct Course {
  Id id;
  LocalizedText title;
  LocalizedText summary;
  std::string topic;  // "digital-literacy", "photography", "rights"...
  std::vector<Lesson> lessons;
  // Since version 2: the language every text of the course is written in first (its
  // fallback; a trainer writes in their own), and whether the course came with the app
  // (replaced by each new version, so not edited on the phone).
  std::string language = "en";
  bool shipped = false;

  template <class Archive>
  void serialize(Archive& ar, std::uint32_t version) {
    ar(cereal::make_nvp("id", id), cereal::make_nvp("title", title), cereal::make_nvp("summary", summary),
       cereal::make_nvp("topic", topic), cereal::make_nvp("lessons", lessons));
    if (version >= 2) ar(cereal::make_nvp("language", language), cereal::make_nvp("shipped", shipped));
  }
  bool operator==(const Course&) const = default;
};

// ---------------------------------------------------------------------------
enum Role : std::uint32_t { RoleLearner = 1u << 0, RoleBuyer = 1u << 1, RoleGroupMember = 1u << 2 };
constexpr std::uint32_t kAllRoles = RoleLearner | RoleBuyer | RoleGroupMember;

struct Profile {
  Id id;
  std::string name;
  std::optional<Photo> avatar;
  std::string language = "en";
  std::uint32_t roles = RoleLearner;  // bit set of Role
  Id groupId;                         // the group a member sells for, or ""
  std::optional<PinHash> pin;
  // Since version 2: each person's own order details, the drawn avatar shown when
  // there is no photo (an index into the app's set), and larger lesson text.
  Buyer buyer;
  std::uint32_t avatarShape = 0;
  bool largerText = false;

  bool HasRole(Role role) const { return (roles & role) != 0; }

  template <class Archive>
  void serialize(Archive& ar, std::uint32_t version) {
    ar(cereal::make_nvp("id", id), cereal::make_nvp("name", name), cereal::make_nvp("avatar", avatar),
       cereal::make_nvp("language", language), cereal::make_nvp("roles", roles),
       cereal::make_nvp("groupId", groupId), cereal::make_nvp("pin", pin));
    if constexpr (Archive::is_loading::value) roles &= kAllRoles;
    if (version >= 2)
      ar(cereal::make_nvp("buyer", buyer), cereal::make_nvp("avatarShape", avatarShape),
         cereal::make_nvp("largerText", largerText));
  }
  bool operator==(const Profile&) const = default;
};

// Mastery rule: a lesson is mastered once every step has been seen and a quiz
// attempt scored at least the quiz's masteryPercent (a lesson without questions is
// mastered by seeing every step). Mastery, once reached, is kept.
struct Progress {
  Id profileId;
  Id lessonId;
  std::uint32_t stepsSeen = 0;  // steps 0..stepsSeen-1 have been shown
  std::uint32_t bestPercent = 0;
  std::uint32_t attempts = 0;
  bool mastered = false;
  Timestamp updatedAt = 0;
  std::uint32_t currentStep = 0;  // where the person left off, to resume there (since version 2)

  template <class Archive>
  void serialize(Archive& ar, std::uint32_t version) {
    ar(cereal::make_nvp("profileId", profileId), cereal::make_nvp("lessonId", lessonId),
       cereal::make_nvp("stepsSeen", stepsSeen), cereal::make_nvp("bestPercent", bestPercent),
       cereal::make_nvp("attempts", attempts), cereal::make_nvp("mastered", mastered),
       cereal::make_nvp("updatedAt", updatedAt));
    if (version >= 2) ar(cereal::make_nvp("currentStep", currentStep));
  }
  bool operator==(const Progress&) const = default;
};
void RecordStepSeen(Progress& progress, const Lesson& lesson, std::uint32_t stepIndex, Timestamp now);
void RecordQuizAttempt(Progress& progress, const Lesson& lesson, const QuizScore& score, Timestamp now);

// ---------------------------------------------------------------------------
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
    ar(cereal::make_nvp("groups", groups), cereal::make_nvp("products", products),
       cereal::make_nvp("orders", orders), cereal::make_nvp("courses", courses),
       cereal::make_nvp("profiles", profiles), cereal::make_nvp("progress", progress),
       cereal::make_nvp("settings", settings));
  }
  bool operator==(const AppData&) const = default;
};

}  // namespace hw

HW_CLASS_VERSION(hw::LocalizedText, 1)
HW_CLASS_VERSION(hw::Money, 1)
HW_CLASS_VERSION(hw::Photo, 1)
HW_CLASS_VERSION(hw::PinHash, 2)
HW_CLASS_VERSION(hw::Contacts, 1)
HW_CLASS_VERSION(hw::ArtisanGroup, 1)
HW_CLASS_VERSION(hw::Variant, 1)
HW_CLASS_VERSION(hw::Product, 1)
HW_CLASS_VERSION(hw::Buyer, 1)
HW_CLASS_VERSION(hw::OrderLine, 1)
HW_CLASS_VERSION(hw::StatusChange, 2)
HW_CLASS_VERSION(hw::OrderRequest, 1)
HW_CLASS_VERSION(hw::Step, 2)
HW_CLASS_VERSION(hw::Question, 2)
HW_CLASS_VERSION(hw::Quiz, 1)
HW_CLASS_VERSION(hw::Lesson, 1)
HW_CLASS_VERSION(hw::Course, 2)
HW_CLASS_VERSION(hw::Profile, 2)
HW_CLASS_VERSION(hw::Progress, 2)
HW_CLASS_VERSION(hw::Settings, 2)
HW_CLASS_VERSION(hw::AppData, 1)
