#include "shared/core/date.hpp"

#include <charconv>
#include <chrono>

namespace hw {

namespace {
Timestamp FloorDay(Timestamp time) { return (time >= 0 ? time / kDay : (time - kDay + 1) / kDay) * kDay; }
}  // namespace

Timestamp LocalDay(Timestamp time, UtcOffset offset) { return FloorDay(time + offset); }

std::string FormatDate(Timestamp day) {
  // Years 1..9999 only: the calendar arithmetic below works in int.
  if (day < -62'135'596'800 || day > 253'402'300'799) return {};
  using namespace std::chrono;
  const year_month_day ymd(floor<days>(sys_seconds(seconds(day))));
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

Timestamp WeekStart(Timestamp day) {
  const Timestamp days = FloorDay(day) / kDay;
  return (days - ((days % 7 + 7) % 7 + 3) % 7) * kDay;  // 1970-01-01 was a Thursday
}

}  // namespace hw
