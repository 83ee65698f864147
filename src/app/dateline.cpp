// dateline.cpp — reading the date anchor out of an analysis, and checking typed dates.
#include "app/dateline.h"

#include <cctype>

#include "base/civil_calendar.h"

namespace lede::app {
namespace {

bool digits(std::string_view s, std::size_t at, std::size_t n) {
    if (at + n > s.size()) return false;
    for (std::size_t i = at; i < at + n; ++i)
        if (!std::isdigit(static_cast<unsigned char>(s[i]))) return false;
    return true;
}

int number(std::string_view s, std::size_t at, std::size_t n) {
    int v = 0;
    for (std::size_t i = at; i < at + n; ++i) v = v * 10 + (s[i] - '0');
    return v;
}

const char* const kMonths[] = {"January", "February", "March",     "April",   "May",      "June",
                               "July",    "August",   "September", "October", "November", "December"};

}  // namespace

DatelineParse parse_dateline(std::string_view typed) {
    DatelineParse r;
    while (!typed.empty() && std::isspace(static_cast<unsigned char>(typed.front()))) typed.remove_prefix(1);
    while (!typed.empty() && std::isspace(static_cast<unsigned char>(typed.back()))) typed.remove_suffix(1);
    const std::string kForm = "type the date as year-month-day, e.g. 2020-10-21 (a time may follow: 2020-10-21 09:30)";
    if (typed.empty()) {
        r.error = kForm;
        return r;
    }
    // Canonical form first: the separators people type become the core's.
    std::string s(typed);
    for (std::size_t i : {std::size_t(4), std::size_t(7)})
        if (i < s.size() && (s[i] == '/' || s[i] == '.')) s[i] = '-';
    if (s.size() > 10 && s[10] == ' ') s[10] = 'T';
    const bool date = s.size() >= 10 && digits(s, 0, 4) && s[4] == '-' && digits(s, 5, 2) && s[7] == '-' && digits(s, 8, 2);
    const bool time = s.size() == 16 && s[10] == 'T' && digits(s, 11, 2) && s[13] == ':' && digits(s, 14, 2);
    if (!date || (s.size() != 10 && !time)) {
        r.error = kForm;
        return r;
    }
    const int year = number(s, 0, 4), month = number(s, 5, 2), day = number(s, 8, 2);
    if (month < 1 || month > 12) {
        r.error = "there is no month " + std::to_string(month) + ": " + kForm;
        return r;
    }
    if (day < 1 || day > base::days_in_month(year, month)) {
        r.error = std::string(kMonths[month - 1]) + " " + std::to_string(year) + " has no day " + std::to_string(day);
        return r;
    }
    if (time && (number(s, 11, 2) > 23 || number(s, 14, 2) > 59)) {
        r.error = "there is no time " + s.substr(11) + ": hours go from 00 to 23, minutes from 00 to 59";
        return r;
    }
    r.value = s;
    return r;
}

DateAnchor date_anchor(const Analysis& analysis, DateGiver given) {
    DateAnchor a;
    for (const Warning& w : analysis.warnings) {
        if (w.code != "no-dateline") continue;
        // The core says which stand-in it took (analyze.cpp): "... against today (D)" or
        // "... against the first date in the text (D)". Read the date from the last
        // parentheses; the times' own anchors when the wording is not that.
        a.source = w.message.find("today") != std::string::npos ? AnchorSource::Today : AnchorSource::FirstDateInText;
        const std::size_t open = w.message.rfind('('), close = w.message.rfind(')');
        if (open != std::string::npos && close != std::string::npos && close > open + 1) {
            std::string inside = w.message.substr(open + 1, close - open - 1);
            if (parse_dateline(inside).value) a.date = inside;
        }
        if (a.date.empty())
            for (const TimeExpr& t : analysis.times)
                if (!t.anchor.empty()) {
                    a.date = t.anchor;
                    break;
                }
        return a;
    }
    const Article& art = analysis.article;
    if (!art.published) return a;
    a.date = *art.published;
    a.source = given == DateGiver::Reader ? AnchorSource::GivenByReader
               : given == DateGiver::Link ? AnchorSource::GivenByLink
                                          : AnchorSource::Article;
    if (a.source != AnchorSource::Article || !art.published_source) return a;
    // Where the date was read, mapped into the article: inside a run the article copied
    // from the input means inside the article's own text, not a date line around it.
    const Span src = *art.published_source;
    for (const OriginRun& run : art.origin) {
        const std::size_t in_end = run.input_start + (run.span.end - run.span.start);
        if (src.start >= run.input_start && src.start < in_end) {
            a.source = AnchorSource::FromBody;
            const std::size_t at = run.span.start + (src.start - run.input_start);
            for (std::size_t i = 0; i < art.paragraphs.size(); ++i)
                if (at >= art.paragraphs[i].span.start && at < art.paragraphs[i].span.end) a.paragraph = static_cast<int>(i);
            break;
        }
    }
    return a;
}

std::string human_date(std::string_view iso) {
    const DatelineParse p = parse_dateline(iso);
    if (!p.value) return std::string(iso);
    const std::string& s = *p.value;
    std::string out = std::to_string(number(s, 8, 2)) + " " + kMonths[number(s, 5, 2) - 1] + " " + s.substr(0, 4);
    if (s.size() == 16) out += ", " + s.substr(11);
    return out;
}

std::string anchor_sentence(const DateAnchor& a) {
    const std::string when = a.date.empty() ? std::string("a stand-in date") : human_date(a.date);
    switch (a.source) {
        case AnchorSource::FirstDateInText:
            return "No publication date found. Relative dates (\u201cFriday\u201d, \u201clast month\u201d) are counted from " + when +
                   ", the first date written in the article \u2014 not necessarily when it was published.";
        case AnchorSource::Today:
            return "No publication date found. Relative dates (\u201cFriday\u201d, \u201clast month\u201d) are counted from today, " +
                   when + " \u2014 not from when the article was published.";
        case AnchorSource::FromBody:
            return "No date line found: " + when + ", a date written in the article" +
                   (a.paragraph >= 0 ? " (paragraph " + std::to_string(a.paragraph + 1) + ")" : std::string()) +
                   ", is taken as its publication date and relative dates are counted from it \u2014 it may not be when "
                   "the article was published.";
        case AnchorSource::GivenByReader:
            return "Publication date " + when + ", given by you (the article shows none). Relative dates are counted from it.";
        case AnchorSource::GivenByLink:
            return "Publication date " + when +
                   ", given by whoever shared this link (the article shows none). Relative dates are counted from it.";
        case AnchorSource::Article:
        case AnchorSource::Unknown: break;
    }
    return {};
}

const char* anchor_marker(AnchorSource s) {
    switch (s) {
        case AnchorSource::FromBody: return "date from the text";
        case AnchorSource::FirstDateInText: return "first date in the text";
        case AnchorSource::Today: return "today";
        case AnchorSource::Article:
        case AnchorSource::GivenByReader:
        case AnchorSource::GivenByLink:
        case AnchorSource::Unknown: break;
    }
    return "published";
}

const char* anchor_reference(AnchorSource s) {
    switch (s) {
        case AnchorSource::FromBody: return "the date from the text";
        case AnchorSource::FirstDateInText: return "the first date in the text";
        case AnchorSource::Today: return "today";
        case AnchorSource::Article:
        case AnchorSource::GivenByReader:
        case AnchorSource::GivenByLink:
        case AnchorSource::Unknown: break;
    }
    return "publication";
}

const char* to_string(AnchorSource s) {
    switch (s) {
        case AnchorSource::Article: return "article";
        case AnchorSource::FromBody: return "body";
        case AnchorSource::GivenByReader: return "reader";
        case AnchorSource::GivenByLink: return "link";
        case AnchorSource::FirstDateInText: return "text";
        case AnchorSource::Today: return "today";
        case AnchorSource::Unknown: break;
    }
    return "";
}

}  // namespace lede::app
