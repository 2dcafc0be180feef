#include "shared/core/localized_text.hpp"

#include <algorithm>

namespace hw {
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

}  // namespace hw
