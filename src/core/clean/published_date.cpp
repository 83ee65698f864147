// published_date.cpp — see published_date.h.
//
// The text is cut into number / word / punctuation tokens once; every pattern then looks
// at a bounded number of tokens from its start, so a whole scan stays linear. Words are
// compared in ASCII lower case against the lexicons loaded once from assets/.
#include "published_date.h"

#include <algorithm>
#include <cstdlib>
#include <unordered_map>
#include <unordered_set>

#include "../base/ascii.h"
#include "../base/civil_calendar.h"
#include "../base/utf8.h"
#include "../time/time_calendar.h"

namespace lede {
namespace {

// ---------- lexicons ----------

std::vector<std::string> split(std::string_view s, char sep) {
    std::vector<std::string> out;
    std::size_t i = 0;
    while (i <= s.size()) {
        std::size_t j = s.find(sep, i);
        if (j == std::string_view::npos) j = s.size();
        std::string_view part = s.substr(i, j - i);
        while (!part.empty() && (part.front() == ' ' || part.front() == '\t')) part.remove_prefix(1);
        while (!part.empty() && (part.back() == ' ' || part.back() == '\t')) part.remove_suffix(1);
        if (!part.empty()) out.emplace_back(part);
        i = j + 1;
    }
    return out;
}

// A "key<TAB>form,form" line -> key and forms.
bool keyed_line(const std::string& line, std::string& key, std::vector<std::string>& forms) {
    const auto tab = line.find('\t');
    if (tab == std::string::npos) return false;
    key = line.substr(0, tab);
    forms = split(std::string_view(line).substr(tab + 1), ',');
    return true;
}

// Month and weekday forms are matched as words; a trailing period is read as punctuation.
std::string word_form(std::string form) {
    while (!form.empty() && form.back() == '.') form.pop_back();
    return base::lower_ascii(form);
}

// ---------- tokens ----------

enum class Kind { Number, Word, Punct };

struct Tok {
    Kind kind = Kind::Punct;
    std::size_t start = 0, end = 0;
    bool adjacent = false;        // no whitespace between it and the previous token
    int value = 0;                // numbers: value (capped), digits: their count
    int digits = 0;
    std::string lower;            // words up to 15 bytes (no allocation), lower-cased ASCII
};

bool is_unicode_space(char32_t cp) {
    return cp == 0xA0 || (cp >= 0x2000 && cp <= 0x200B) || cp == 0x202F || cp == 0x205F ||
           cp == 0x3000 || cp == 0xFEFF;
}

bool is_unicode_punct(char32_t cp) {
    return (cp >= 0xA1 && cp <= 0xBF) || cp == 0xD7 || cp == 0xF7 || (cp >= 0x2010 && cp <= 0x205E) ||
           (cp >= 0x3001 && cp <= 0x303F) || (cp >= 0x2190 && cp <= 0x2BFF);
}

using base::is_ascii_alpha;
using base::is_ascii_digit;
using base::lower_ascii;

std::vector<Tok> tokenize_line(std::string_view s) {
    std::vector<Tok> toks;
    std::size_t i = 0;
    bool space = true;
    while (i < s.size()) {
        const char c = s[i];
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' || c == '\0') {
            space = true;
            ++i;
            continue;
        }
        Tok t;
        t.start = i;
        t.adjacent = !space && !toks.empty();
        space = false;
        if (is_ascii_digit(c)) {
            t.kind = Kind::Number;
            while (i < s.size() && is_ascii_digit(s[i])) {
                if (t.value < 100000) t.value = t.value * 10 + (s[i] - '0');
                ++t.digits;
                ++i;
            }
        } else if (static_cast<unsigned char>(c) < 0x80 && !is_ascii_alpha(c)) {
            t.kind = Kind::Punct;
            ++i;
        } else {
            std::size_t next = i;
            const char32_t cp = static_cast<unsigned char>(c) < 0x80 ? (++next, c) : utf8::decode(s, next);
            if (cp >= 0x80 && is_unicode_space(cp)) {
                space = true;
                i = next;
                continue;
            }
            if (cp >= 0x80 && is_unicode_punct(cp)) {
                t.kind = Kind::Punct;
                i = next;
            } else {
                t.kind = Kind::Word;
                while (i < s.size()) {
                    const char d = s[i];
                    if (static_cast<unsigned char>(d) < 0x80) {
                        if (!is_ascii_alpha(d)) break;
                        ++i;
                        continue;
                    }
                    std::size_t next_char = i;
                    const char32_t q = utf8::decode(s, next_char);
                    if (is_unicode_space(q) || is_unicode_punct(q)) break;
                    i = next_char;
                }
                if (i - t.start <= 15) t.lower = lower_ascii(s.substr(t.start, i - t.start));
            }
        }
        t.end = i;
        toks.push_back(std::move(t));
    }
    return toks;
}

// ---------- matching ----------

struct Matcher {
    std::string_view text;
    const std::vector<Tok>& toks;
    const DateLexicon& lex;
    NumericOrder order = NumericOrder::Unknown;

    bool in(std::size_t i) const { return i < toks.size(); }
    bool num(std::size_t i, int min_digits, int max_digits) const {
        return in(i) && toks[i].kind == Kind::Number && toks[i].digits >= min_digits && toks[i].digits <= max_digits;
    }
    bool punct(std::size_t i, char c) const {
        return in(i) && toks[i].kind == Kind::Punct && toks[i].end == toks[i].start + 1 && text[toks[i].start] == c;
    }
    bool adj(std::size_t i) const { return in(i) && toks[i].adjacent; }
    bool word_in(std::size_t i, const std::unordered_set<std::string>& set) const {
        return in(i) && toks[i].kind == Kind::Word && !toks[i].lower.empty() && set.count(toks[i].lower);
    }
    int month(std::size_t i) const {
        if (!in(i) || toks[i].kind != Kind::Word || toks[i].lower.empty()) return 0;
        auto it = lex.months.find(toks[i].lower);
        return it == lex.months.end() ? 0 : it->second;
    }
    // Skips an optional period glued to the word before ("Sep.").
    std::size_t skip_dot(std::size_t i) const { return punct(i, '.') && adj(i) ? i + 1 : i; }

    // A separator between date parts, a date and its time, or a time and its date.
    bool connector(std::size_t i) const {
        if (!in(i)) return false;
        const Tok& t = toks[i];
        if (t.kind == Kind::Word) return word_in(i, lex.time_joiners);
        if (t.kind != Kind::Punct) return false;
        if (t.end > t.start + 1) return true;   // dashes, bullets, middle dots
        const char c = text[t.start];
        return c == ',' || c == '|' || c == '/' || c == '-' || c == '@' || c == '(' || c == '.' || c == ';';
    }

    // Publication dates are 1900-2099 (a wider year is a code or a price, not a date).
    static bool valid_date(int y, int m, int d) { return y >= 1900 && y <= 2099 && base::is_valid_date(y, m, d); }

    struct Date { int y = 0, m = 0, d = 0; std::size_t end = 0; };
    struct Time { int h = 0, min = 0; std::size_t start = 0, end = 0; };

    // Numeric dates: 2020-09-25, 2020/09/25, 25.09.2020, 09/25/2020, 09/25/20, 25.09.20.
    std::optional<Date> numeric_date(std::size_t i) const {
        if (!num(i, 1, 4) || !in(i + 4) || !adj(i + 1) || !adj(i + 2) || !adj(i + 3) || !adj(i + 4)) return std::nullopt;
        const Tok& s1 = toks[i + 1];
        if (s1.kind != Kind::Punct || s1.end != s1.start + 1) return std::nullopt;
        const char sep = text[s1.start];
        if ((sep != '-' && sep != '/' && sep != '.') || !punct(i + 3, sep)) return std::nullopt;
        Date d;
        d.end = i + 5;
        if (num(i, 4, 4) && num(i + 2, 1, 2) && num(i + 4, 1, 2)) {
            d.y = toks[i].value, d.m = toks[i + 2].value, d.d = toks[i + 4].value;
        } else if (num(i, 1, 2) && num(i + 2, 1, 2) && (num(i + 4, 4, 4) || (sep != '-' && num(i + 4, 2, 2)))) {
            const int a = toks[i].value, b = toks[i + 2].value;
            d.y = toks[i + 4].value;
            // A two-digit year ("12/19/25", "19.12.25"; not with "-", which joins ranges and
            // codes): 00-69 this century, 70-99 the last.
            if (toks[i + 4].digits == 2) d.y += d.y < 70 ? 2000 : 1900;
            // The numbers decide when one is above 12; else the page's locale; else day first,
            // but "/" month first (US) when ambiguous.
            const bool by_locale = order == NumericOrder::Unknown ? sep == '/' : order == NumericOrder::MonthFirst;
            const bool month_first = a > 12 ? false : b > 12 ? true : by_locale;
            d.m = month_first ? a : b;
            d.d = month_first ? b : a;
        } else {
            return std::nullopt;
        }
        // "2020-09-25-3" or "1.2.2020.4" are identifiers, not dates.
        if (in(d.end) && adj(d.end) && toks[d.end].kind == Kind::Number) return std::nullopt;
        if (in(d.end + 1) && adj(d.end) && adj(d.end + 1) && toks[d.end + 1].kind == Kind::Number &&
            (punct(d.end, sep) || punct(d.end, '.')))
            return std::nullopt;
        if (!valid_date(d.y, d.m, d.d)) return std::nullopt;
        return d;
    }

    // "25", "25th", "25th of": the day before a month name; returns the index after it.
    std::optional<std::size_t> day_number(std::size_t i, int& day) const {
        if (!num(i, 1, 2)) return std::nullopt;
        day = toks[i].value;
        std::size_t j = i + 1;
        if (adj(j) && word_in(j, lex.ordinals)) ++j;
        if (punct(j, '.') && adj(j)) ++j;
        if (word_in(j, lex.day_of)) ++j;
        return j;
    }

    // The year closing a written-out date: four digits, or the first four of a run glued to
    // the time or count that follows ("October 17, 20236:01 PM", "Mar 27, 20255 mins"), as
    // copied pages run elements together. 0 when there is none.
    int year_at(std::size_t k) const {
        if (num(k, 4, 4)) return toks[k].value;
        if (!num(k, 5, 6)) return 0;
        const std::string_view digits = text.substr(toks[k].start, 4);
        const int y = (digits[0] - '0') * 1000 + (digits[1] - '0') * 100 + (digits[2] - '0') * 10 + (digits[3] - '0');
        return y >= 1900 && y <= 2099 ? y : 0;
    }

    // "25 Sep, 2020", "25th of September 2020", "25-Sep-2020".
    std::optional<Date> day_month_year(std::size_t i) const {
        Date d;
        auto j = day_number(i, d.d);
        if (!j) return std::nullopt;
        std::size_t k = *j;
        if ((punct(k, '-') || punct(k, '/')) && adj(k)) ++k;
        d.m = month(k);
        if (!d.m) return std::nullopt;
        k = skip_dot(k + 1);
        if (punct(k, ',') || ((punct(k, '-') || punct(k, '/')) && adj(k))) ++k;
        d.y = year_at(k);
        if (!d.y) return std::nullopt;
        d.end = k + 1;
        if (!valid_date(d.y, d.m, d.d)) return std::nullopt;
        return d;
    }

    // "September 25, 2020", "Sept. 25th 2020".
    std::optional<Date> month_day_year(std::size_t i) const {
        Date d;
        d.m = month(i);
        if (!d.m) return std::nullopt;
        std::size_t k = skip_dot(i + 1);
        if (punct(k, '-') && adj(k)) ++k;
        if (!num(k, 1, 2)) return std::nullopt;
        d.d = toks[k].value;
        ++k;
        if (adj(k) && word_in(k, lex.ordinals)) ++k;
        if (punct(k, ',') || (punct(k, '-') && adj(k))) ++k;
        d.y = year_at(k);
        if (!d.y) return std::nullopt;
        d.end = k + 1;
        if (!valid_date(d.y, d.m, d.d)) return std::nullopt;
        return d;
    }

    // "2023 Jan 7", "2023 January 7th" (citation_publication_date, PubMed style).
    std::optional<Date> year_month_day(std::size_t i) const {
        if (!num(i, 4, 4) || !in(i + 1) || adj(i + 1)) return std::nullopt;
        Date d;
        d.y = toks[i].value;
        d.m = month(i + 1);
        if (!d.m) return std::nullopt;
        std::size_t k = skip_dot(i + 2);
        if (!num(k, 1, 2) || adj(k)) return std::nullopt;
        d.d = toks[k].value;
        ++k;
        if (adj(k) && word_in(k, lex.ordinals)) ++k;
        // "2023 Jan 7 2024" is not this form.
        if (num(k, 4, 4)) return std::nullopt;
        d.end = k;
        if (!valid_date(d.y, d.m, d.d)) return std::nullopt;
        return d;
    }

    std::optional<Date> date_at(std::size_t i) const {
        if (auto d = numeric_date(i)) return d;
        if (auto d = day_month_year(i)) return d;
        if (auto d = year_month_day(i)) return d;
        return month_day_year(i);
    }

    // An am/pm form starting at byte `at` (case-insensitive, not followed by a letter).
    std::size_t meridiem_end(std::size_t at, const std::vector<std::string>& forms) const {
        for (const auto& f : forms) {
            if (at + f.size() > text.size()) continue;
            bool same = true;
            for (std::size_t k = 0; k < f.size() && same; ++k) {
                char c = text[at + k];
                if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
                same = c == f[k];
            }
            if (same && (at + f.size() == text.size() || !is_ascii_alpha(text[at + f.size()]))) return at + f.size();
        }
        return 0;
    }

    std::size_t token_at_or_after(std::size_t from_tok, std::size_t byte) const {
        while (from_tok < toks.size() && toks[from_tok].start < byte) ++from_tok;
        return from_tok;
    }

    // A zone after a time: "EST", "GMT+3", "Z", "+03:00", "-0500".
    std::size_t zone(std::size_t k) const {
        if (in(k) && toks[k].kind == Kind::Word && toks[k].end - toks[k].start <= 5 &&
            lex.zones.count(std::string(text.substr(toks[k].start, toks[k].end - toks[k].start)))) {
            ++k;
            if ((punct(k, '+') || punct(k, '-')) && adj(k) && num(k + 1, 1, 2) && adj(k + 1)) k += 2;
            return k;
        }
        if ((punct(k, '+') || punct(k, '-')) && adj(k) && adj(k + 1)) {
            if (num(k + 1, 4, 4)) return k + 2;
            if (num(k + 1, 2, 2) && punct(k + 2, ':') && adj(k + 2) && num(k + 3, 2, 2) && adj(k + 3)) return k + 4;
        }
        return k;
    }

    // "11:36", "3:45 PM EST", "11:36:00.000+03:00", "3 p.m.".
    std::optional<Time> time_at(std::size_t i) const {
        if (!num(i, 1, 2) || toks[i].value > 23) return std::nullopt;
        Time t;
        t.start = i;
        t.h = toks[i].value;
        std::size_t k = i + 1;
        bool clock = false;
        if (punct(k, ':') && adj(k) && num(k + 1, 2, 2) && adj(k + 1) && toks[k + 1].value <= 59) {
            clock = true;
            t.min = toks[k + 1].value;
            k += 2;
            if (punct(k, ':') && adj(k) && num(k + 1, 2, 2) && adj(k + 1)) k += 2;
            if (punct(k, '.') && adj(k) && num(k + 1, 1, 9) && adj(k + 1)) k += 2;
        }
        // A word glued to the number that is not am/pm ("3rd", "5km") makes this no time.
        if (!clock && in(k) && adj(k) && toks[k].kind == Kind::Word &&
            !meridiem_end(toks[k].start, lex.am) && !meridiem_end(toks[k].start, lex.pm))
            return std::nullopt;
        if (in(k)) {
            const std::size_t at = toks[k].start;
            std::size_t e = meridiem_end(at, lex.am);
            const bool pm = !e && (e = meridiem_end(at, lex.pm)) != 0;
            if (e) {
                if (t.h < 1 || t.h > 12) return std::nullopt;
                if (pm && t.h != 12) t.h += 12;
                if (!pm && t.h == 12) t.h = 0;
                k = token_at_or_after(k, e);
                clock = true;
            }
        }
        if (!clock) return std::nullopt;
        k = zone(k);
        t.end = k;
        return t;
    }

    static std::string iso(const Date& d, const std::optional<Time>& t) {
        std::string out = time::format_day({d.y, d.m, d.d});
        if (t) out += "T" + time::zero_padded(t->h, 2) + ":" + time::zero_padded(t->min, 2);
        return out;
    }

    std::vector<DateTimeMatch> all(bool first_only) const {
        std::vector<DateTimeMatch> out;
        std::optional<Time> last_time;
        std::size_t i = 0;
        while (i < toks.size()) {
            auto d = date_at(i);
            if (!d) {
                if (auto t = time_at(i)) {
                    last_time = t;
                    i = t->end;
                } else {
                    ++i;
                }
                continue;
            }
            std::size_t first = i;
            // A weekday just before: "Fri, 25 Sep 2020", "Friday September 25".
            {
                std::size_t k = first;
                if (k > 0 && punct(k - 1, ',')) --k;
                if (k > 0 && punct(k - 1, '.')) --k;
                if (k > 0 && word_in(k - 1, lex.weekdays)) first = k - 1;
            }
            std::optional<Time> time;
            std::size_t last = d->end;
            // The time after the date: "…2020 11:36", "…2020 at 3:45 PM", "2020-09-25T11:36".
            {
                std::size_t k = d->end;
                if (in(k) && adj(k) && toks[k].kind == Kind::Word && toks[k].lower == "t") ++k;
                for (int skipped = 0; skipped < 3 && connector(k) && !num(k, 1, 4); ++skipped) ++k;
                if (auto t = time_at(k)) {
                    time = t;
                    last = t->end;
                }
            }
            // Else a time just before: "3:45 PM EST, Fri September 25, 2020".
            if (!time && last_time && last_time->end <= first && first - last_time->end <= 3) {
                bool joined = true;
                for (std::size_t k = last_time->end; k < first && joined; ++k) joined = connector(k);
                if (joined) {
                    time = last_time;
                    first = last_time->start;
                }
            }
            DateTimeMatch m;
            m.iso = iso(*d, time);
            m.has_time = time.has_value();
            m.span = {toks[first].start, toks[last - 1].end};
            out.push_back(std::move(m));
            if (first_only) break;
            last_time.reset();
            i = last;
        }
        return out;
    }
};

// A month name glued to the word before it, as a copied page runs inline elements
// together ("By Ann LeeMar 5, 2025", "EditorialNovember 22, 2018"): the capitalised month
// after a lower-case letter becomes a word of its own.
void split_glued_months(std::string_view text, std::vector<Tok>& toks, const DateLexicon& lex) {
    std::vector<Tok> out;
    out.reserve(toks.size());
    for (Tok& t : toks) {
        if (t.kind == Kind::Word && !lex.months.count(t.lower)) {
            const std::string_view w = text.substr(t.start, t.end - t.start);
            // The last capital after a lower-case letter: where a second word would start.
            std::size_t cut = 0;
            for (std::size_t i = w.size(); i-- > 1;)
                if (w[i] >= 'A' && w[i] <= 'Z' && w[i - 1] >= 'a' && w[i - 1] <= 'z') { cut = i; break; }
            if (cut && w.size() - cut <= 15 && lex.months.count(lower_ascii(w.substr(cut)))) {
                Tok head = t, month = t;
                head.end = t.start + cut;
                head.lower = head.end - head.start <= 15 ? lower_ascii(w.substr(0, cut)) : std::string();
                month.start = head.end;
                month.adjacent = false;
                month.lower = lower_ascii(w.substr(cut));
                out.push_back(std::move(head));
                out.push_back(std::move(month));
                continue;
            }
        }
        out.push_back(std::move(t));
    }
    toks = std::move(out);
}

std::vector<DateTimeMatch> scan(std::string_view text, const DateLexicon& lex, bool first_only, NumericOrder order) {
    std::vector<Tok> toks = tokenize_line(text);
    split_glued_months(text, toks, lex);
    Matcher m{text, toks, lex, order};
    return m.all(first_only);
}

}  // namespace

DateLexicon DateLexicon::load(const assets::Source& source, const std::vector<std::string>& languages,
                              assets::LoadReport& report) {
    DateLexicon lex;
    std::string key;
    std::vector<std::string> forms;
    for (const auto& lang : languages) {
        for (const auto& line : source.require_lines("lexicon/" + lang + "/months.txt", report)) {
            if (!keyed_line(line, key, forms)) continue;
            const int month = std::atoi(key.c_str());
            if (month < 1 || month > 12) continue;
            for (const auto& f : forms) lex.months.emplace(word_form(f), month);
        }
        for (const auto& line : source.require_lines("lexicon/" + lang + "/weekdays.txt", report))
            if (keyed_line(line, key, forms))
                for (const auto& f : forms) lex.weekdays.insert(word_form(f));
        for (const auto& line : source.require_lines("clean/" + lang + "/date_words.txt", report)) {
            if (!keyed_line(line, key, forms)) continue;
            for (const auto& f : forms) {
                if (key == "am") lex.am.push_back(lower_ascii(f));
                else if (key == "pm") lex.pm.push_back(lower_ascii(f));
                else if (key == "ordinal") lex.ordinals.insert(lower_ascii(f));
                else if (key == "day-of") lex.day_of.insert(lower_ascii(f));
                else if (key == "time-joiner") lex.time_joiners.insert(lower_ascii(f));
            }
        }
    }
    for (const auto& z : source.require_lines("clean/time_zones.txt", report)) lex.zones.insert(z);
    // Longer forms first so "a.m." wins over "a.m".
    auto by_length = [](const std::string& a, const std::string& b) { return a.size() > b.size(); };
    std::sort(lex.am.begin(), lex.am.end(), by_length);
    std::sort(lex.pm.begin(), lex.pm.end(), by_length);
    for (auto& l : source.require_lines("clean/month_first_locales.txt", report))
        lex.month_first_locales.push_back(lower_ascii(l));
    for (auto& l : source.require_lines("clean/ambiguous_locales.txt", report))
        lex.ambiguous_locales.push_back(lower_ascii(l));
    return lex;
}

std::vector<DateTimeMatch> find_date_times(std::string_view text, const DateLexicon& lexicon, NumericOrder order) {
    return scan(text, lexicon, false, order);
}

std::optional<DateTimeMatch> find_date_time(std::string_view text, const DateLexicon& lexicon, NumericOrder order) {
    auto all = scan(text, lexicon, true, order);
    if (all.empty()) return std::nullopt;
    return std::move(all.front());
}

std::optional<DateTimeMatch> parse_date_time(std::string_view value, const DateLexicon& lexicon, NumericOrder order) {
    return find_date_time(value, lexicon, order);
}

NumericOrder numeric_order(std::string_view language, const DateLexicon& lexicon) {
    std::string tag;
    for (char c : language) {
        if (c == '_') c = '-';
        tag.push_back(base::lower_ascii(c));
    }
    if (tag.empty()) return NumericOrder::Unknown;
    auto listed = [&](const std::vector<std::string>& list, bool with_subtags) {
        for (const std::string& l : list) {
            // "en-us" also matches "en-us-x"; "fil" every region of Filipino.
            if (tag == l || (with_subtags && tag.rfind(l + "-", 0) == 0)) return true;
        }
        return false;
    };
    if (listed(lexicon.month_first_locales, true)) return NumericOrder::MonthFirst;
    if (listed(lexicon.ambiguous_locales, false)) return NumericOrder::Unknown;
    return NumericOrder::DayFirst;
}

}  // namespace lede
