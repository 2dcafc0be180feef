#pragma once
// Points in time and the days people read.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace hw {

using Timestamp = std::int64_t;  // seconds since 1970-01-01 UTC; 0 = unknown
inline constexpr Timestamp kDay = 86400;

// "YYYY-MM-DD" (UTC) of a timestamp ("" outside years 1..9999), and back; nullopt
// for a malformed date.
std::string FormatDate(Timestamp time);
std::optional<Timestamp> ParseDate(std::string_view text);

// Monday 00:00 (UTC) of the week holding `time`.
Timestamp WeekStart(Timestamp time);

}  // namespace hw
