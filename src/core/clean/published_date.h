// published_date.h — finding and parsing a printed publication date (and time).
//
// Shared by the text cleaner (datelines such as "25 Sep, 2020 11:36") and the HTML cleaner
// (meta content, <time datetime>, JSON-LD datePublished). Output is ISO 8601 local time as
// printed: "2020-09-25" or "2020-09-25T11:36" (seconds and time zones are read over but
// dropped; no conversion is done).
//
// Recognised (case-insensitive; month and weekday names from assets/lexicon/<lang>/,
// am/pm forms and connectors from assets/clean/<lang>/, zone abbreviations from
// assets/clean/time_zones.txt; languages from assets/clean/languages.txt):
//   2020-09-25, 2020/09/25, 2020-09-25T11:36:00+03:00, 2020-09-25 11:36
//   25.09.2020, 25-09-2020 (day first), 09/25/2020 (month first unless the first number > 12);
//   a two-digit year with "/" or "." (09/25/20, 25.09.20: 00-69 is 2000-2069, 70-99 1970-1999);
//   with a NumericOrder from the page's locale, an ambiguous one is read in that order
//   25 Sep, 2020 11:36 · 25th of September 2020 · Friday, 25 September 2020
//   September 25, 2020 · Sept. 25th 2020 at 3:45 p.m. ET · Fri September 25, 2020
//   2023 Jan 7 (year, month name, day: citation_publication_date)
//   a time before the date: "Updated 3:45 PM EST, Fri September 25, 2020"
// A date needs day, month and a year 1900-2099 (four digits, but for the numeric forms above)
// that form a real calendar day;
// a time needs H:MM (optionally :SS, am/pm, zone) or "3 pm". Relative dates ("2 hours ago")
// and partial dates ("September 2020") are not publication dates and are not returned.
//
// All functions are linear in the input size, never throw, and accept any bytes (invalid
// UTF-8 is read as word characters).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "../analysis.h"
#include "../asset_source.h"

namespace lede {

// The words dates are written with, for every language of assets/clean/languages.txt.
struct DateLexicon {
    std::unordered_map<std::string, int> months;       // "sep" -> 9
    std::unordered_set<std::string> weekdays;
    std::vector<std::string> am, pm;                    // lower case, longest first ("a.m." before "a.m")
    std::unordered_set<std::string> ordinals, day_of, time_joiners;
    std::unordered_set<std::string> zones;              // case-sensitive
    std::vector<std::string> month_first_locales;       // lower case ("en-us")
    std::vector<std::string> ambiguous_locales;         // lower case ("en", "en-ca")

    // Reads the lists named in the header comment above for `languages` (those of
    // assets/clean/languages.txt); a missing file is named in `report`.
    static DateLexicon load(const assets::Source& source, const std::vector<std::string>& languages,
                            assets::LoadReport& report);
};

// How a page writes an all-numeric date whose numbers could be either ("03/10/2023"): its
// locale decides (en-US month first, en-GB and most others day first).
enum class NumericOrder { Unknown, MonthFirst, DayFirst };

// The order a BCP 47 language tag ("en-US", "en_GB", "fr") implies. Month-first locales are
// assets/clean/month_first_locales.txt; tags that could be either ("en" alone, "en-CA") are
// assets/clean/ambiguous_locales.txt and give Unknown, as does an empty tag.
NumericOrder numeric_order(std::string_view language, const DateLexicon& lexicon);

struct DateTimeMatch {
    std::string iso;              // "2020-09-25" or "2020-09-25T11:36"
    Span span;                    // bytes of the searched text: weekday, date and attached time
    bool has_time = false;
};

// Every date (with its time when one is attached) in `text`, left to right, not overlapping.
std::vector<DateTimeMatch> find_date_times(std::string_view text, const DateLexicon& lexicon,
                                           NumericOrder order = NumericOrder::Unknown);

// The first date in `text`, or nothing.
std::optional<DateTimeMatch> find_date_time(std::string_view text, const DateLexicon& lexicon,
                                            NumericOrder order = NumericOrder::Unknown);

// A metadata value ("2020-09-25T11:36:00Z", "Fri, 25 Sep 2020 11:36:00 GMT", "September 25,
// 2020"): the first date in it, as find_date_time. Kept separate so metadata-only forms can
// be added without changing what counts as a dateline in running text.
std::optional<DateTimeMatch> parse_date_time(std::string_view value, const DateLexicon& lexicon,
                                             NumericOrder order = NumericOrder::Unknown);

}  // namespace lede
