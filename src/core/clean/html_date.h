// html_date.h — reading the machine dates HTML metadata carries, as ISO 8601 local time.
//
// Pages state their publication time in JSON-LD (`datePublished`), meta tags
// (`article:published_time`, `date`, `dc.date`, ...) and `<time datetime>`, almost always
// in ISO 8601 ("2020-09-25T11:36:00+03:00"), sometimes as "2020/09/25", "20200925",
// "Sep 25, 2020" or RFC 822 ("Fri, 25 Sep 2020 11:36:00 GMT").
//
// Contract: `metadata_date_iso(value)` gives "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM" — the
// date and time as written (no time-zone shift: "local time as printed"), seconds and zone
// dropped — or nothing when the value is not a plausible date (years 1900-2100).
// Month names come from assets/lexicon/en/months.txt.
//
// This is the one swap point for date reading in the HTML cleaner: when the shared
// date reader (published_date.h) covers these forms, this function becomes a call to it.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace lede::html {

std::optional<std::string> metadata_date_iso(std::string_view value);

}  // namespace lede::html
