#pragma once
// What importers and loaders return: the value, or an error a user can read.
#include <cstddef>
#include <string>
#include <utility>
#include <variant>

#include "shared/i18n/i18n.hpp"

namespace hw {

struct Error {
  Msg message = Msg::ErrFileUnreadable;
  std::string field;     // column or field name, "" when the whole file is at fault
  std::size_t line = 0;  // 1-based line in a text file, 0 when not applicable
  std::string detail;    // the offending value or a technical hint, never translated

  Error() = default;
  Error(Msg message_, std::string detail_ = {}) : message(message_), detail(std::move(detail_)) {}  // NOLINT
  Error(Msg message_, std::string field_, std::size_t line_, std::string detail_ = {})
      : message(message_), field(std::move(field_)), line(line_), detail(std::move(detail_)) {}
};

// "Line 3, Field price: The price is not a valid amount (abc)" in `language`.
std::string Describe(const Error& error, Language language);

template <class T>
class Result {
 public:
  Result(T value) : content_(std::move(value)) {}      // NOLINT: implicit by design
  Result(Error error) : content_(std::move(error)) {}  // NOLINT
  bool ok() const { return content_.index() == 0; }
  explicit operator bool() const { return ok(); }
  T& value() { return std::get<0>(content_); }
  const T& value() const { return std::get<0>(content_); }
  const Error& error() const { return std::get<1>(content_); }

 private:
  std::variant<T, Error> content_;
};

}  // namespace hw
