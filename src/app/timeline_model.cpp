// timeline_model.cpp — TIMEX3 values on the timeline's axis (the core's interval_of,
// time/timex_interval.h) and the calendar the ticks are counted in (base/civil_calendar.h:
// no time zone involved — dates in articles are local dates as printed).
#include "app/timeline_model.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>

#include "base/civil_calendar.h"
#include "time/timex_interval.h"

namespace lede::app {
namespace {

bool all_digits(const std::string& s, std::size_t at, std::size_t n) {
    if (at + n > s.size()) return false;
    for (std::size_t i = at; i < at + n; ++i)
        if (s[i] < '0' || s[i] > '9') return false;
    return true;
}

int num(const std::string& s, std::size_t at, std::size_t n) { return std::atoi(s.substr(at, n).c_str()); }

const char* kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

Precision precision_of(time::TimexPrecision p) {
    switch (p) {
        case time::TimexPrecision::Century: return Precision::Century;
        case time::TimexPrecision::Decade: return Precision::Decade;
        case time::TimexPrecision::Year: return Precision::Year;
        case time::TimexPrecision::Quarter: return Precision::Quarter;
        case time::TimexPrecision::Month: return Precision::Month;
        case time::TimexPrecision::Week: return Precision::Week;
        case time::TimexPrecision::Day: return Precision::Day;
        case time::TimexPrecision::Hour: return Precision::Hour;
        case time::TimexPrecision::Minute: return Precision::Minute;
    }
    return Precision::Day;
}

}  // namespace

double days_from_civil(int y, int m, int d) { return static_cast<double>(base::days_from_civil({y, m, d})); }

void civil_from_days(double days, int& year, int& month, int& day) {
    const base::Date date = base::civil_from_days(static_cast<long long>(std::floor(days)));
    year = date.year;
    month = date.month;
    day = date.day;
}

std::optional<Interval> parse_timex(const std::string& v) {
    const auto iv = time::interval_of(v);
    if (!iv) return std::nullopt;
    return Interval{iv->start, iv->end, precision_of(iv->precision)};
}

std::string format_instant(double days, Precision p) {
    int y, m, d;
    civil_from_days(days, y, m, d);
    char buf[48];
    const double frac = days - std::floor(days);
    const int minutes = static_cast<int>(std::lround(frac * 1440.0)) % 1440;
    switch (p) {
        case Precision::Millennium:
        case Precision::Century:
        case Precision::Decade:
        case Precision::Year: std::snprintf(buf, sizeof buf, "%d", y); break;
        case Precision::Quarter:
        case Precision::Month: std::snprintf(buf, sizeof buf, "%s %d", kMonths[m - 1], y); break;
        case Precision::Week:
        case Precision::Day: std::snprintf(buf, sizeof buf, "%d %s %d", d, kMonths[m - 1], y); break;
        case Precision::Hour:
        case Precision::Minute: std::snprintf(buf, sizeof buf, "%d %s %02d:%02d", d, kMonths[m - 1], minutes / 60, minutes % 60); break;
    }
    return buf;
}

namespace {

// "P1Y6M", "PT30M", "P2W", "P1.5Y", "PXY" (some years) -> words; "" if it is not a duration.
std::string duration_words(const std::string& v) {
    if (v.size() < 3 || v[0] != 'P') return "";
    std::string out;
    bool time = false;
    std::size_t i = 1;
    while (i < v.size()) {
        if (v[i] == 'T') {
            time = true;
            ++i;
            continue;
        }
        std::size_t j = i;
        while (j < v.size() && ((v[j] >= '0' && v[j] <= '9') || v[j] == '.' || v[j] == 'X')) ++j;
        if (j == i || j >= v.size()) return "";
        const std::string n = v.substr(i, j - i);
        const char u = v[j];
        const char* unit = nullptr;
        const char* some = nullptr;
        switch (u) {
        case 'Y': unit = "year", some = "years"; break;
        case 'M': unit = time ? "minute" : "month", some = time ? "minutes" : "months"; break;
        case 'W': unit = "week", some = "weeks"; break;
        case 'D': unit = "day", some = "days"; break;
        case 'H': unit = "hour", some = "hours"; break;
        case 'S': unit = "second", some = "seconds"; break;
        case 'E': unit = "decade", some = "decades"; break;   // TimeML's decade unit ("P2DE")
        case 'C': unit = "century", some = "centuries"; break;
        case 'Q': unit = "quarter", some = "quarters"; break;
        default: return "";
        }
        if (u == 'C' && j + 1 < v.size() && v[j + 1] == 'E') ++j;   // "P1CE": century
        if (u == 'D' && j + 1 < v.size() && v[j + 1] == 'E') {     // "P2DE": decades
            unit = "decade";
            some = "decades";
            ++j;
        }
        std::string words;
        if (n.find('X') != std::string::npos) words = std::string("some ") + some;
        else if (n.find('.') != std::string::npos) words = n + " " + some;
        else {
            const long k = std::atol(n.c_str());
            words = k == 1 ? std::string("1 ") + unit : std::to_string(k) + " " + (std::string(unit) == "century" ? "centuries" : std::string(unit) + "s");
        }
        out += (out.empty() ? "" : " ") + words;
        i = j + 1;
    }
    return out;
}

}  // namespace

std::string describe_timex(const std::string& v, bool is_set) {
    if (v == "PRESENT_REF") return "now";
    if (v == "PAST_REF") return "some time in the past";
    if (v == "FUTURE_REF") return "some time in the future";
    const std::string d = duration_words(v);
    if (!d.empty()) {
        if (!is_set) return d;
        // A set: "P1W" -> "every week", "P2D" -> "every 2 days".
        if (d.rfind("1 ", 0) == 0) return "every " + d.substr(2);
        return "every " + d;
    }
    // Fuzzy calendar values: "2020-XX-XX", "XXXX-09-25", "20XX".
    if (v.size() >= 4 && v.find('X') != std::string::npos) {
        if (all_digits(v, 0, 4)) return "some time in " + v.substr(0, 4);
        if (v.size() >= 7 && v.compare(0, 5, "XXXX-") == 0 && all_digits(v, 5, 2)) {
            const int m = num(v, 5, 2);
            if (m >= 1 && m <= 12) {
                if (v.size() >= 10 && all_digits(v, 8, 2)) return std::to_string(num(v, 8, 2)) + " " + kMonths[m - 1] + ", year unknown";
                return std::string(kMonths[m - 1]) + ", year unknown";
            }
        }
        if (v.compare(0, 4, "XXXX") == 0) return "a date with no year";
    }
    return v;
}

std::optional<DaySpan> focus_span(const std::vector<Interval>& items, std::optional<double> published, double reach_days) {
    if (items.empty() && !published) return std::nullopt;
    std::vector<double> days;
    for (const Interval& iv : items) days.push_back(iv.start);
    std::sort(days.begin(), days.end());
    const double seed = published ? *published : days[days.size() / 2];
    // How far apart this article's dates usually are (the median gap between distinct days):
    // a history spread over decades reaches further than a week's news.
    std::vector<double> gaps;
    for (std::size_t i = 1; i < days.size(); ++i)
        if (days[i] > days[i - 1]) gaps.push_back(days[i] - days[i - 1]);
    if (!gaps.empty()) {
        std::nth_element(gaps.begin(), gaps.begin() + static_cast<std::ptrdiff_t>(gaps.size() / 2), gaps.end());
        reach_days = std::max(reach_days, 3.0 * gaps[gaps.size() / 2]);
    }
    DaySpan s{seed, seed};
    // Two walks out from the seed: left through earlier items, right through later ones, each
    // taking the nearer next item first so a dense side does not let the other run away.
    auto right = std::lower_bound(days.begin(), days.end(), seed);
    auto left = right;
    while (true) {
        const double room = std::max(reach_days, s.hi - s.lo);
        const bool can_left = left != days.begin() && s.lo - *(left - 1) <= room;
        const bool can_right = right != days.end() && *right - s.hi <= room;
        if (!can_left && !can_right) break;
        if (can_left && (!can_right || s.lo - *(left - 1) <= *right - s.hi)) s.lo = std::min(s.lo, *--left);
        else s.hi = std::max(s.hi, *right++);
    }
    // Items that start inside keep their whole interval ("September 2020" to its end).
    for (const Interval& iv : items)
        if (iv.start >= s.lo && iv.start <= s.hi) s.hi = std::max(s.hi, iv.end);
    if (published) s.hi = std::max(s.hi, *published + 1);
    return s;
}

}  // namespace lede::app
