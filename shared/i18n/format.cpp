#include "shared/i18n/format.hpp"

#include <chrono>

namespace hw {
namespace {

// One row of shared/i18n/format_table.inc (the field order of scripts/format_table.cpp).
struct CurrencyForm {
  std::string_view code, prefix, suffix, negativePrefix, negativeSuffix;
};
struct LanguageForms {
  Language language;
  std::string_view locale;
  std::string_view digits[10];
  std::string_view decimal, group, moneyDecimal, moneyGroup;
  std::string_view negativePrefix, negativeSuffix;
  int primaryGroup, secondaryGroup, moneyPrimaryGroup, moneySecondaryGroup, minimumGrouping;
  int yearOffset;  // the locale's calendar year minus the Gregorian year
  std::string_view dayPattern, weekdayDayPattern, dayMonthPattern;  // CLDR yMMMd, yMMMEd, MMMd
  std::string_view months[12];                                      // abbreviated, January first
  std::string_view weekdays[7];                                     // abbreviated, Sunday first
  CurrencyForm currencies[14];
};

constexpr LanguageForms kForms[] = {
#include "shared/i18n/format_table.inc"
};
static_assert(std::size(kForms) == static_cast<std::size_t>(Language::Count));

const LanguageForms& Forms(Language language) {
  for (const LanguageForms& forms : kForms) {
    if (forms.language == language) return forms;
  }
  return kForms[0];
}

void AppendDigits(std::string& out, const LanguageForms& forms, std::string_view ascii) {
  for (char c : ascii) {
    if (c >= '0' && c <= '9') {
      out += forms.digits[c - '0'];
    } else {
      out += c;
    }
  }
}

// The digits of `magnitude` grouped as the language groups them (3 then 3, or the
// Indian 3 then 2), in its own digits.
std::string Grouped(const LanguageForms& forms, std::uint64_t magnitude, bool money) {
  const std::string ascii = std::to_string(magnitude);
  const int primary = money ? forms.moneyPrimaryGroup : forms.primaryGroup;
  const int secondary = money ? forms.moneySecondaryGroup : forms.secondaryGroup;
  const std::string_view separator = money ? forms.moneyGroup : forms.group;
  const int length = static_cast<int>(ascii.size());
  const bool group = primary > 0 && length >= primary + forms.minimumGrouping;
  std::string out;
  for (int i = 0; i < length; ++i) {
    const int left = length - i;  // digits from here to the end
    if (group && i > 0 && left >= primary &&
        (left == primary || (left > primary && (left - primary) % secondary == 0))) {
      out += separator;
    }
    out += forms.digits[ascii[static_cast<std::size_t>(i)] - '0'];
  }
  return out;
}

std::uint64_t Magnitude(std::int64_t value) {
  return value < 0 ? 0 - static_cast<std::uint64_t>(value) : static_cast<std::uint64_t>(value);
}

struct CivilDay {
  int year;
  unsigned month, day, weekday;  // weekday 0 = Sunday
};

std::optional<CivilDay> Civil(Timestamp time) {
  if (time < -62'135'596'800 || time > 253'402'300'799) return std::nullopt;  // years 1..9999
  using namespace std::chrono;
  const sys_days day = floor<days>(sys_seconds(seconds(time)));
  const year_month_day ymd(day);
  return CivilDay{static_cast<int>(ymd.year()), static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()),
                  weekday(day).c_encoding()};
}

std::string TwoDigits(unsigned value) {
  return {static_cast<char>('0' + value / 10 % 10), static_cast<char>('0' + value % 10)};
}

// Writes a day with a CLDR date pattern: y, M, d and E fields, 'quoted' literals.
std::string FormatPattern(const LanguageForms& forms, std::string_view pattern, Timestamp time) {
  const auto day = Civil(time);
  if (!day) return {};
  const int year = day->year + forms.yearOffset;
  std::string out;
  for (std::size_t i = 0; i < pattern.size();) {
    const char c = pattern[i];
    if (c == '\'') {
      // A quoted literal; '' is one quote.
      std::size_t j = i + 1;
      if (j < pattern.size() && pattern[j] == '\'') {
        out += '\'';
        i = j + 1;
        continue;
      }
      for (; j < pattern.size(); ++j) {
        if (pattern[j] == '\'') {
          if (j + 1 < pattern.size() && pattern[j + 1] == '\'') {
            out += '\'';
            ++j;
            continue;
          }
          break;
        }
        out += pattern[j];
      }
      i = j + 1;
      continue;
    }
    if ((c < 'a' || c > 'z') && (c < 'A' || c > 'Z')) {
      out += c;
      ++i;
      continue;
    }
    std::size_t count = 1;
    while (i + count < pattern.size() && pattern[i + count] == c) ++count;
    i += count;
    switch (c) {
      case 'y':
        AppendDigits(out, forms, count == 2 ? TwoDigits(static_cast<unsigned>(year % 100)) : std::to_string(year));
        break;
      case 'M':
      case 'L':
        if (count >= 3) {
          out += forms.months[day->month - 1];
        } else {
          AppendDigits(out, forms, count == 2 ? TwoDigits(day->month) : std::to_string(day->month));
        }
        break;
      case 'd': AppendDigits(out, forms, count == 2 ? TwoDigits(day->day) : std::to_string(day->day)); break;
      case 'E':
      case 'c':
      case 'e': out += forms.weekdays[day->weekday]; break;
      default: break;  // fields the day patterns of the table do not use
    }
  }
  return out;
}

}  // namespace

std::string FormatNumber(Language language, std::int64_t value) {
  const LanguageForms& forms = Forms(language);
  std::string digits = Grouped(forms, Magnitude(value), false);
  if (value >= 0) return digits;
  return std::string(forms.negativePrefix) + digits + std::string(forms.negativeSuffix);
}

std::string FormatMoney(Language language, const Money& money) {
  const LanguageForms& forms = Forms(language);
  const int fractionDigits = MinorDigits(money.currency).value_or(2);
  std::uint64_t scale = 1;
  for (int i = 0; i < fractionDigits; ++i) scale *= 10;
  const std::uint64_t magnitude = Magnitude(money.minor);
  std::string number = Grouped(forms, magnitude / scale, true);
  if (fractionDigits > 0) {
    std::string fraction = std::to_string(magnitude % scale);
    fraction.insert(0, static_cast<std::size_t>(fractionDigits) - fraction.size(), '0');
    number += forms.moneyDecimal;
    AppendDigits(number, forms, fraction);
  }
  const bool negative = money.minor < 0;
  for (const CurrencyForm& currency : forms.currencies) {
    if (currency.code != money.currency) continue;
    return std::string(negative ? currency.negativePrefix : currency.prefix) + number +
           std::string(negative ? currency.negativeSuffix : currency.suffix);
  }
  // A currency outside the region's table: the amount, then its code.
  if (negative) number = std::string(forms.negativePrefix) + number + std::string(forms.negativeSuffix);
  return number + "\u00a0" + money.currency;
}

std::string FormatDay(Language language, Timestamp time) {
  const LanguageForms& forms = Forms(language);
  return FormatPattern(forms, forms.dayPattern, time);
}

std::string FormatDayWithWeekday(Language language, Timestamp time) {
  const LanguageForms& forms = Forms(language);
  return FormatPattern(forms, forms.weekdayDayPattern, time);
}

std::string FormatDayMonth(Language language, Timestamp time) {
  const LanguageForms& forms = Forms(language);
  return FormatPattern(forms, forms.dayMonthPattern, time);
}

std::string LocalizeDigits(Language language, std::string_view text) {
  std::string out;
  AppendDigits(out, Forms(language), text);
  return out;
}

std::string LabelledNumber(Language language, Msg label, std::int64_t value) {
  return std::string(Tr(language, label)) + ": " + FormatNumber(language, value);
}

}  // namespace hw
