#include "shared/core/json_file.hpp"

#include <cstring>

namespace hw {

std::optional<Error> CheckJsonText(std::string_view text, const JsonLimits& limits) {
  if (text.find_first_not_of(" \t\r\n") == std::string_view::npos) return Error{Msg::ErrFileEmpty};
  if (text.size() > limits.maxBytes) return Error{Msg::ErrFileTooLarge};
  std::size_t depth = 0;
  std::size_t values = 0;
  bool inString = false;
  bool escaped = false;
  std::size_t line = 1;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '\n') ++line;
    if (inString) {
      if (escaped) escaped = false;
      else if (c == '\\') escaped = true;
      else if (c == '"') inString = false;
      continue;
    }
    switch (c) {
      case '"':
        inString = true;
        ++values;
        break;
      case '[':
      case '{':
        if (++depth > limits.maxDepth) return Error{Msg::ErrFileDamaged, "", line, "nested too deeply"};
        ++values;
        break;
      case ']':
      case '}':
        if (depth > 0) --depth;
        break;
      case ',': ++values; break;
      default:
        if (c == '-' || (c >= '0' && c <= '9')) {
          // Our files hold whole numbers only. Refusing fractions, exponents and
          // over-long numbers here keeps RapidJSON's floating-point parser (which has
          // undefined behaviour on some inputs in Debian's 1.1.0) out of reach.
          std::size_t digits = 0;
          for (; i < text.size(); ++i) {
            const char d = text[i];
            if (d >= '0' && d <= '9') ++digits;
            else if (d == '.' || d == 'e' || d == 'E') return Error{Msg::ErrNumberInvalid, "", line};
            else if (!(d == '-' || d == '+')) break;
          }
          if (digits > 20) return Error{Msg::ErrNumberInvalid, "", line};
          --i;
        }
        break;
    }
    if (values > limits.maxValues) return Error{Msg::ErrTooManyItems, "", line};
  }
  return std::nullopt;
}

Error JsonLoadError(const std::exception& e, const char* field) {
  const std::string what = e.what();
  // cereal: "JSON Parsing failed - provided NVP (name) not found"
  const std::string marker = "provided NVP (";
  if (const auto at = what.find(marker); at != std::string::npos) {
    const auto start = at + marker.size();
    const auto end = what.find(')', start);
    return Error{Msg::ErrFieldMissing, what.substr(start, end == std::string::npos ? std::string::npos : end - start),
                 0};
  }
  if (what.find("rapidjson internal assertion failure") != std::string::npos) {
    // The parser failed (not JSON) or a value had the wrong type.
    if (what.find("IsObject") != std::string::npos && field == nullptr) return Error{Msg::ErrFileDamaged, what};
    return Error{Msg::ErrValueInvalid, field ? std::string(field) : std::string(), 0, what};
  }
  if (dynamic_cast<const std::bad_alloc*>(&e)) return Error{Msg::ErrFileTooLarge};
  return Error{Msg::ErrValueInvalid, field ? std::string(field) : std::string(), 0, what};
}

}  // namespace hw
