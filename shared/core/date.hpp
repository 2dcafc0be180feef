#pragma once
// Points in time and the days people read.
//
// Two kinds of value share the Timestamp type:
//  - an instant (when an order was made, a status changed, a file was written): seconds
//    since 1970-01-01 UTC, as files carry it;
//  - a day (a date typed or read by a person: "needed by", a filter's "from"): the
//    timestamp of that day's 00:00 UTC, whatever the time zone, so that a day is the
//    same in every country and compares with other days.
// An instant becomes the person's day with LocalDay: the device's offset from UTC
// (+5:30 in India) decides whether 00:30 on 2 December there is the 2nd or the 1st.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace hw {

using Timestamp = std::int64_t;  // seconds since 1970-01-01 UTC; 0 = unknown
inline constexpr Timestamp kDay = 86400;

// How many seconds the device's clock is ahead of UTC: +19800 in India, +20700 in
// Nepal, +25200 in Thailand, -10800 in Brazil. The app reads it from the device
// (Platform::UtcOffset) whenever it needs a day, so a trip across borders follows.
using UtcOffset = std::int32_t;

// The day, in the time zone `offset`, that holds the instant `time`.
Timestamp LocalDay(Timestamp time, UtcOffset offset);

// "YYYY-MM-DD" of a day ("" outside years 1..9999), and back; nullopt for a malformed
// date. An instant goes through LocalDay first.
std::string FormatDate(Timestamp day);
std::optional<Timestamp> ParseDate(std::string_view text);

// The Monday of the week holding `day` (weeks start on Monday, as in ISO 8601).
Timestamp WeekStart(Timestamp day);

}  // namespace hw
