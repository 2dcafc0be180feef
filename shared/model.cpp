#include "shared/model.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <chrono>
#include <cstdlib>
#include <functional>

#include "shared/hash.hpp"

namespace hw {
namespace {

constexpr std::array<CurrencyInfo, 14> kCurrencies = {{
    {"INR", 2}, {"NPR", 2}, {"PKR", 2}, {"BDT", 2}, {"LKR", 2}, {"THB", 2}, {"IDR", 2},
    {"PHP", 2}, {"KHR", 2}, {"LAK", 2}, {"VND", 0}, {"MYR", 2}, {"USD", 2}, {"EUR", 2},
}};

constexpr std::int64_t kMaxAmountMinor = 1'000'000'000'000'000;  // 10^15
constexpr std::uint32_t kPinIterations = 4096;

std::int64_t Pow10(int digits) {
  std::int64_t p = 1;
  for (int i = 0; i < digits; ++i) p *= 10;
  return p;
}

Sha256Digest PinDigest(std::span<const std::uint8_t> salt, std::string_view pin, std::uint32_t iterations) {
  Sha256 first;
  first.Update(salt);
  first.Update(pin);
  Sha256Digest digest = first.Finish();
  // Iterating makes each guess cost more for someone who copies the data file.
  for (std::uint32_t i = 1; i < iterations; ++i) {
    Sha256 next;
    next.Update(digest);
    next.Update(salt);
    digest = next.Finish();
  }
  return digest;
}

}  // namespace

Id NewId(std::span<const std::uint8_t, 16> entropy) { return ToHex(entropy); }

bool IsValidId(std::string_view id) {
  if (id.empty() || id.size() > 64) return false;
  return std::all_of(id.begin(), id.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
  });
}

Id DerivedId(std::string_view a, std::string_view b) {
  Sha256 sha;
  sha.Update(a);
  sha.Update(std::string_view("\x1f", 1));
  sha.Update(b);
  const Sha256Digest digest = sha.Finish();
  return ToHex(std::span<const std::uint8_t>(digest.data(), 16));
}

std::string FormatDate(Timestamp time) {
  // Years 1..9999 only: the calendar arithmetic below works in int.
  if (time < -62'135'596'800 || time > 253'402'300'799) return {};
  using namespace std::chrono;
  const sys_days day = floor<days>(sys_seconds(seconds(time)));
  const year_month_day ymd(day);
  char buffer[32];
  const int y = static_cast<int>(ymd.year());
  const unsigned m = static_cast<unsigned>(ymd.month());
  const unsigned d = static_cast<unsigned>(ymd.day());
  std::string out = std::to_string(y);
  while (out.size() < 4) out.insert(out.begin(), '0');
  buffer[0] = '-';
  buffer[1] = static_cast<char>('0' + m / 10);
  buffer[2] = static_cast<char>('0' + m % 10);
  buffer[3] = '-';
  buffer[4] = static_cast<char>('0' + d / 10);
  buffer[5] = static_cast<char>('0' + d % 10);
  out.append(buffer, 6);
  return out;
}

std::optional<Timestamp> ParseDate(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  int y = 0;
  unsigned m = 0, d = 0;
  auto parse = [](std::string_view part, auto& out) {
    const auto [ptr, ec] = std::from_chars(part.data(), part.data() + part.size(), out);
    return ec == std::errc() && ptr == part.data() + part.size();
  };
  if (!parse(text.substr(0, 4), y) || !parse(text.substr(5, 2), m) || !parse(text.substr(8, 2), d)) return std::nullopt;
  using namespace std::chrono;
  const year_month_day ymd{year(y), month(m), day(d)};
  if (!ymd.ok()) return std::nullopt;
  return static_cast<Timestamp>(duration_cast<seconds>(sys_days(ymd).time_since_epoch()).count());
}

namespace {

// LEB128: seven bits a byte, the high bit set on every byte but the last.
void PutLength(std::string& out, std::size_t value) {
  while (value >= 0x80) {
    out.push_back(static_cast<char>((value & 0x7F) | 0x80));
    value >>= 7;
  }
  out.push_back(static_cast<char>(value));
}

std::size_t TakeLength(std::string_view& in) {
  std::size_t value = 0;
  for (int shift = 0; !in.empty(); shift += 7) {
    const auto byte = static_cast<unsigned char>(in.front());
    in.remove_prefix(1);
    value |= static_cast<std::size_t>(byte & 0x7F) << shift;
    if (byte < 0x80) break;
  }
  return value;
}

std::string_view TakeText(std::string_view& in) {
  const std::size_t size = std::min(TakeLength(in), in.size());
  const std::string_view text = in.substr(0, size);
  in.remove_prefix(size);
  return text;
}

}  // namespace

void LocalizedText::Iterator::Read() {
  done_ = rest_.empty();
  if (done_) return;
  entry_.code = TakeText(rest_);
  entry_.text = TakeText(rest_);
}

LocalizedText::LocalizedText(std::initializer_list<std::pair<std::string_view, std::string_view>> texts) {
  for (const auto& [code, text] : texts) Set(code, text);
}

std::optional<std::string_view> LocalizedText::Find(std::string_view code) const {
  for (const Entry& entry : *this) {
    if (entry.code == code) return entry.text;
  }
  return std::nullopt;
}

std::string_view LocalizedText::Get(std::string_view language) const {
  if (auto text = Find(language); text && !text->empty()) return *text;
  if (auto text = Find(fallback); text && !text->empty()) return *text;
  for (const Entry& entry : *this) {
    if (!entry.text.empty()) return entry.text;
  }
  return {};
}

void LocalizedText::Set(std::string_view code, std::string_view text) {
  // Where `code` is, or where it belongs in code order.
  std::string_view rest(packed_);
  std::size_t at = packed_.size(), end = packed_.size();
  while (!rest.empty()) {
    const std::size_t start = packed_.size() - rest.size();
    const std::string_view entryCode = TakeText(rest);
    TakeText(rest);
    if (entryCode >= code) {
      at = start;
      end = entryCode == code ? packed_.size() - rest.size() : start;
      break;
    }
  }
  std::string entry;
  std::string& out = at == packed_.size() ? packed_ : entry;  // appended in place, the usual case
  const auto inside = [&](std::string_view view) {
    const std::less_equal<const char*> before;  // a total order, for pointers into other objects too
    return before(packed_.data(), view.data()) && before(view.data(), packed_.data() + packed_.size());
  };
  if (&out == &packed_ && (inside(code) || inside(text)))
    return Set(std::string(code), std::string(text));  // they view this object: copy them first
  out.reserve(out.size() + code.size() + text.size() + 4);
  PutLength(out, code.size());
  out.append(code);
  PutLength(out, text.size());
  out.append(text);
  if (&out == &entry) packed_.replace(at, end - at, entry);
}

void LocalizedText::Erase(std::string_view code) {
  std::string_view rest(packed_);
  while (!rest.empty()) {
    const std::size_t start = packed_.size() - rest.size();
    const std::string_view entryCode = TakeText(rest);
    TakeText(rest);
    if (entryCode == code) {
      packed_.erase(start, packed_.size() - rest.size() - start);
      return;
    }
  }
}

std::size_t LocalizedText::Count() const { return static_cast<std::size_t>(std::distance(begin(), end())); }

bool LocalizedText::Empty() const {
  return std::all_of(begin(), end(), [](const Entry& entry) { return entry.text.empty(); });
}

std::span<const CurrencyInfo> AllCurrencies() { return kCurrencies; }

std::optional<int> MinorDigits(std::string_view currency) {
  for (const CurrencyInfo& info : kCurrencies) {
    if (info.code == currency) return info.minorDigits;
  }
  return std::nullopt;
}

std::string FormatAmount(std::int64_t minor, std::string_view currency) {
  const int digits = MinorDigits(currency).value_or(2);
  const bool negative = minor < 0;
  // Work in unsigned so INT64_MIN formats too.
  const std::uint64_t magnitude = negative ? 0 - static_cast<std::uint64_t>(minor) : static_cast<std::uint64_t>(minor);
  const auto scale = static_cast<std::uint64_t>(Pow10(digits));
  std::string out = negative ? "-" : "";
  out += std::to_string(magnitude / scale);
  if (digits > 0) {
    std::string fraction = std::to_string(magnitude % scale);
    out += '.';
    out.append(static_cast<std::size_t>(digits) - fraction.size(), '0');
    out += fraction;
  }
  return out;
}

std::string FormatMoney(const Money& money) {
  std::string plain = FormatAmount(money.minor, money.currency);
  const std::size_t start = plain[0] == '-' ? 1 : 0;
  std::size_t end = plain.find('.');
  if (end == std::string::npos) end = plain.size();
  for (std::size_t pos = end; pos > start + 3; pos -= 3) plain.insert(pos - 3, 1, ',');
  return plain + " " + money.currency;
}

std::optional<std::int64_t> ParseAmount(std::string_view text, std::string_view currency) {
  const auto digitsOpt = MinorDigits(currency);
  if (!digitsOpt) return std::nullopt;
  const int digits = *digitsOpt;
  while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
  while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
  bool negative = false;
  if (!text.empty() && (text.front() == '-' || text.front() == '+')) {
    negative = text.front() == '-';
    text.remove_prefix(1);
  }
  if (text.empty()) return std::nullopt;
  std::int64_t whole = 0;
  std::int64_t fraction = 0;
  int fractionDigits = 0;
  bool seenPoint = false;
  bool seenDigit = false;
  for (char c : text) {
    if (c == ',' && !seenPoint) continue;  // thousands separators
    if (c == '.' && !seenPoint) {
      seenPoint = true;
      continue;
    }
    if (c < '0' || c > '9') return std::nullopt;
    seenDigit = true;
    if (seenPoint) {
      if (++fractionDigits > digits) return std::nullopt;
      fraction = fraction * 10 + (c - '0');
    } else {
      whole = whole * 10 + (c - '0');
      if (whole > kMaxAmountMinor) return std::nullopt;
    }
  }
  if (!seenDigit) return std::nullopt;
  fraction *= Pow10(digits - fractionDigits);
  const auto scaled = CheckedMul(whole, Pow10(digits));
  if (!scaled) return std::nullopt;
  const std::int64_t value = *scaled + fraction;
  if (value > kMaxAmountMinor) return std::nullopt;
  return negative ? -value : value;
}

std::optional<std::int64_t> CheckedAdd(std::int64_t a, std::int64_t b) {
  std::int64_t out = 0;
  if (__builtin_add_overflow(a, b, &out)) return std::nullopt;
  return out;
}

std::optional<std::int64_t> CheckedMul(std::int64_t a, std::int64_t b) {
  std::int64_t out = 0;
  if (__builtin_mul_overflow(a, b, &out)) return std::nullopt;
  return out;
}

PinHash MakePinHash(std::string_view pin, std::span<const std::uint8_t, 16> salt) {
  PinHash out;
  out.saltHex = ToHex(salt);
  out.iterations = kPinIterations;
  out.hashHex = ToHex(PinDigest(salt, pin, kPinIterations));
  return out;
}

Timestamp PinRetryAt(const PinHash& pin) {
  if (pin.wrongInARow < kFreePinTries) return 0;
  Timestamp wait = kFirstPinWait;
  for (std::uint32_t i = kFreePinTries; i < pin.wrongInARow && wait < kLongestPinWait; ++i) wait *= 2;
  return pin.lastWrongAt + std::min(wait, kLongestPinWait);
}

void RecordWrongPin(PinHash& pin, Timestamp now) {
  if (pin.wrongInARow < UINT32_MAX) ++pin.wrongInARow;
  pin.lastWrongAt = now;
}

void RecordRightPin(PinHash& pin) {
  pin.wrongInARow = 0;
  pin.lastWrongAt = 0;
}

bool VerifyPin(const PinHash& stored, std::string_view pin) {
  std::array<std::uint8_t, 16> salt{};
  Sha256Digest expected{};
  // A damaged record or absurd iteration count never verifies (and never hangs).
  if (!FromHex(stored.saltHex, salt) || !FromHex(stored.hashHex, expected)) return false;
  if (stored.iterations == 0 || stored.iterations > 1'000'000) return false;
  const Sha256Digest actual = PinDigest(salt, pin, stored.iterations);
  std::uint8_t difference = 0;  // constant time over the digest
  for (std::size_t i = 0; i < actual.size(); ++i) difference |= static_cast<std::uint8_t>(actual[i] ^ expected[i]);
  return difference == 0;
}

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

namespace {
constexpr std::array<std::string_view, static_cast<std::size_t>(OrderStatus::Count)> kStatusNames = {
    "draft", "sent", "received", "accepted", "declined", "in production", "shipped", "completed", "cancelled"};
}

std::string_view StatusName(OrderStatus status) {
  const auto index = static_cast<std::size_t>(status);
  return index < kStatusNames.size() ? kStatusNames[index] : std::string_view("unknown");
}

std::optional<OrderStatus> StatusFromName(std::string_view name) {
  for (std::size_t i = 0; i < kStatusNames.size(); ++i) {
    if (kStatusNames[i] == name) return static_cast<OrderStatus>(i);
  }
  return std::nullopt;
}

bool IsFinal(OrderStatus status) {
  return status == OrderStatus::Declined || status == OrderStatus::Completed || status == OrderStatus::Cancelled;
}

bool CanChangeStatus(OrderStatus from, OrderStatus to) {
  using S = OrderStatus;
  if (to == S::Cancelled) {
    return from == S::Draft || from == S::Sent || from == S::Received || from == S::Accepted ||
           from == S::InProduction;
  }
  switch (from) {
    case S::Draft: return to == S::Sent;
    case S::Sent: return to == S::Received;
    case S::Received: return to == S::Accepted || to == S::Declined;
    case S::Accepted: return to == S::InProduction;
    case S::InProduction: return to == S::Shipped;
    case S::Shipped: return to == S::Completed;
    default: return false;
  }
}

std::optional<Msg> OrderRequest::ChangeStatus(OrderStatus to, Timestamp at) {
  if (!CanChangeStatus(Status(), to)) return Msg::ErrStatusChangeNotAllowed;
  history.push_back({to, at, {}});
  return std::nullopt;
}

std::optional<std::int64_t> LineTotal(const OrderLine& line) {
  if (line.priceOnRequest) return 0;
  return CheckedMul(line.unitPriceMinor, static_cast<std::int64_t>(line.quantity));
}

std::optional<std::int64_t> OrderTotal(const OrderRequest& order) {
  std::int64_t total = 0;
  for (const OrderLine& line : order.lines) {
    const auto lineTotal = LineTotal(line);
    if (!lineTotal) return std::nullopt;
    const auto sum = CheckedAdd(total, *lineTotal);
    if (!sum) return std::nullopt;
    total = *sum;
  }
  return total;
}

bool HasLinesOnRequest(const OrderRequest& order) {
  return std::any_of(order.lines.begin(), order.lines.end(), [](const OrderLine& l) { return l.priceOnRequest; });
}

OrderRequest NewOrder(Id id, const ArtisanGroup& group, Buyer buyer, std::string currency, Timestamp now) {
  OrderRequest order;
  order.id = std::move(id);
  order.groupId = group.id;
  order.buyer = std::move(buyer);
  order.currency = std::move(currency);
  order.history.push_back({OrderStatus::Draft, now, {}});
  return order;
}

void AddLine(OrderRequest& order, const Product& product, std::string_view variantId, std::uint32_t quantity,
             std::string_view language) {
  for (OrderLine& line : order.lines) {
    if (line.productId == product.id && line.variantId == variantId) {
      const std::uint64_t sum = std::uint64_t{line.quantity} + quantity;
      line.quantity = sum > UINT32_MAX ? UINT32_MAX : static_cast<std::uint32_t>(sum);
      return;
    }
  }
  const Variant* variant = product.FindVariant(variantId);
  OrderLine line;
  line.productId = product.id;
  line.variantId = variant ? variant->id : Id();
  line.sku = variant && !variant->sku.empty() ? variant->sku : product.sku;
  line.productName = std::string(product.name.Get(language));
  if (variant) line.variantLabel = std::string(variant->label.Get(language));
  const auto price = product.UnitPrice(variant);
  line.priceOnRequest = !price.has_value();
  line.unitPriceMinor = price.value_or(0);
  line.quantity = quantity;
  order.lines.push_back(std::move(line));
}

bool IsCorrect(const Question& question, const Answer& answer) {
  const auto& chosen = answer.chosen;
  switch (question.kind) {
    case QuestionKind::SingleChoice:
    case QuestionKind::TrueFalse:
      return chosen.size() == 1 && question.correct.size() == 1 && chosen[0] == question.correct[0];
    case QuestionKind::MultipleChoice: {
      std::vector<std::uint32_t> a = chosen, b = question.correct;
      std::sort(a.begin(), a.end());
      a.erase(std::unique(a.begin(), a.end()), a.end());
      std::sort(b.begin(), b.end());
      b.erase(std::unique(b.begin(), b.end()), b.end());
      return !b.empty() && a == b;
    }
    case QuestionKind::PutInOrder:
      return !question.correct.empty() && chosen == question.correct;
    case QuestionKind::Count: break;
  }
  return false;
}

QuizScore Score(const Quiz& quiz, std::span<const Answer> answers) {
  QuizScore score;
  score.total = static_cast<std::uint32_t>(quiz.questions.size());
  for (std::size_t i = 0; i < quiz.questions.size() && i < answers.size(); ++i) {
    if (IsCorrect(quiz.questions[i], answers[i])) ++score.correct;
  }
  score.percent = score.total == 0 ? 100 : static_cast<std::uint32_t>(std::uint64_t{score.correct} * 100 / score.total);
  return score;
}

namespace {
void UpdateMastery(Progress& progress, const Lesson& lesson) {
  const bool allSeen = progress.stepsSeen >= lesson.steps.size();
  const bool quizPassed = lesson.quiz.questions.empty() ||
                          (progress.attempts > 0 && progress.bestPercent >= lesson.quiz.masteryPercent);
  if (allSeen && quizPassed) progress.mastered = true;
}
}  // namespace

void RecordStepSeen(Progress& progress, const Lesson& lesson, std::uint32_t stepIndex, Timestamp now) {
  if (stepIndex < lesson.steps.size()) progress.stepsSeen = std::max(progress.stepsSeen, stepIndex + 1);
  progress.updatedAt = now;
  UpdateMastery(progress, lesson);
}

void RecordQuizAttempt(Progress& progress, const Lesson& lesson, const QuizScore& score, Timestamp now) {
  ++progress.attempts;
  progress.bestPercent = std::max(progress.bestPercent, score.percent);
  progress.updatedAt = now;
  UpdateMastery(progress, lesson);
}

const ArtisanGroup* AppData::FindGroup(std::string_view id) const {
  for (const auto& g : groups) {
    if (g.id == id) return &g;
  }
  return nullptr;
}

const Product* AppData::FindProduct(std::string_view id) const {
  for (const auto& p : products) {
    if (p.id == id) return &p;
  }
  return nullptr;
}

const OrderRequest* AppData::FindOrder(std::string_view id) const {
  for (const auto& o : orders) {
    if (o.id == id) return &o;
  }
  return nullptr;
}

Progress& AppData::ProgressFor(const Id& profileId, const Id& lessonId) {
  for (auto& p : progress) {
    if (p.profileId == profileId && p.lessonId == lessonId) return p;
  }
  Progress fresh;
  fresh.profileId = profileId;
  fresh.lessonId = lessonId;
  progress.push_back(std::move(fresh));
  return progress.back();
}

}  // namespace hw
