#pragma once
// Whole numbers as people type them into a field or a spreadsheet cell.
#include <charconv>
#include <optional>
#include <string_view>
#include <system_error>

namespace hw {

// The number in `text` (ASCII digits, a leading '-' for signed types, spaces or tabs
// around it); nullopt for anything else or a value T cannot hold.
template <class T>
std::optional<T> ParseWhole(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
  T value{};
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (text.empty() || ec != std::errc{} || end != text.data() + text.size()) return std::nullopt;
  return value;
}

}  // namespace hw
