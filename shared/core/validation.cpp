#include "shared/core/validation.hpp"

#include <algorithm>
#include <set>

#include "shared/core/utf8.hpp"

namespace hw {

std::string At(std::string_view base, std::size_t index) {
  return std::string(base) + "[" + std::to_string(index) + "]";
}

void FieldChecker::Add(std::string field, Msg message, std::string detail) {
  errors.push_back({std::move(field), message, std::move(detail)});
}

void FieldChecker::Length(const std::string& field, std::string_view text, std::size_t limit) {
  if (text.size() > limit) Add(field, Msg::ErrTextTooLong, std::to_string(text.size()) + " > " + std::to_string(limit));
  // A lone surrogate escaped in JSON ("\udE75") or a spreadsheet's Windows-1252 bytes:
  // kept, the text would make every file written from it unreadable elsewhere.
  if (const std::size_t bad = InvalidUtf8At(text); bad != std::string_view::npos)
    Add(field, Msg::ErrTextNotUtf8, "byte " + std::to_string(bad + 1));
}

void FieldChecker::Required(const std::string& field, std::string_view text, std::size_t limit) {
  if (text.find_first_not_of(" \t\r\n") == std::string_view::npos) Add(field, Msg::ErrNameMissing);
  Length(field, text, limit);
}

void FieldChecker::Text(const std::string& field, const LocalizedText& text, std::size_t limit, bool required) {
  if (required && text.Empty()) Add(field, Msg::ErrNameMissing);
  if (text.Count() > Limits::kLanguages) Add(field, Msg::ErrTooManyItems);
  for (const auto& [code, value] : text) {
    const std::string codeField = field + "." + std::string(code);
    if (!IsLanguageCode(code)) Add(codeField, Msg::ErrLanguageInvalid, std::string(code));
    Length(codeField, value, limit);
  }
  if (!IsLanguageCode(text.fallback)) Add(field + ".fallback", Msg::ErrLanguageInvalid, text.fallback);
}

void FieldChecker::IdField(const std::string& field, std::string_view id) {
  if (!IsValidId(id)) Add(field, Msg::ErrIdInvalid, std::string(id.substr(0, 70)));
}

void FieldChecker::PhotoField(const std::string& field, const Photo& photo) {
  const bool knownType = photo.mime == "image/jpeg" || photo.mime == "image/png" || photo.mime == "image/webp";
  if (!knownType || photo.bytes.empty()) Add(field, Msg::ErrPhotoInvalid, photo.mime.substr(0, 40));
  if (photo.bytes.size() > Limits::kPhotoBytes) Add(field, Msg::ErrFileTooLarge);
}

void FieldChecker::Count(const std::string& field, std::size_t count, std::size_t limit) {
  if (count > limit) Add(field, Msg::ErrTooManyItems, std::to_string(count));
}

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

}  // namespace hw
