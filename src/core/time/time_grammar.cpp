// time_grammar.cpp — see time_grammar.h. The matcher backtracks over optional elements
// and multi-token lexicon entries; patterns are a handful of elements, so the work per
// start token is bounded by the grammar, not by the text.
#include "time_grammar.h"

#include <algorithm>
#include <cstdlib>
#include <string_view>

#include "base/split.h"
#include "time_calendar.h"

namespace lede::time {
namespace {

enum Builtin { kInt, kYear, kYearNum, kYY, kDay, kOrdinal, kNum, kDecade, kClock, kClockAmPm, kBuiltinCount };
const char* const kBuiltinNames[kBuiltinCount] = {"int",     "year",  "yearnum", "yy",    "day",
                                                  "ordinal", "num",   "decade",  "clock", "clockampm"};

// "a|b|c": the words one element or look-around accepts.
std::vector<std::string> split_alternatives(const std::string& s) { return base::split_nonempty(s, '|'); }

bool all_digits(const std::string& s, std::size_t from, std::size_t to) {
    if (from >= to) return false;
    for (std::size_t i = from; i < to; ++i)
        if (s[i] < '0' || s[i] > '9') return false;
    return true;
}

long to_long(const std::string& s, std::size_t from, std::size_t to) {
    long v = 0;
    for (std::size_t i = from; i < to && v < 100000000; ++i) v = v * 10 + (s[i] - '0');
    return v;
}

// "3rd", "21st" -> 3, 21; -1 otherwise.
long digit_ordinal(const std::string& s) {
    if (s.size() < 3 || s.size() > 6) return -1;
    const std::string suffix = s.substr(s.size() - 2);
    if (suffix != "st" && suffix != "nd" && suffix != "rd" && suffix != "th") return -1;
    if (!all_digits(s, 0, s.size() - 2)) return -1;
    return to_long(s, 0, s.size() - 2);
}

struct Option {
    std::size_t length;
    std::string value;
};

// The words of `text`, split at whitespace as `istream >> std::string` splits them. Not with a
// stream: in wasm the first one builds the whole C++ locale, a cost the page's first analysis
// paid when it read this grammar.
std::vector<std::string> words_of(std::string_view text) {
    std::vector<std::string> words;
    constexpr std::string_view kSpace = " \t\n\v\f\r";
    for (std::size_t at = text.find_first_not_of(kSpace); at != std::string_view::npos;) {
        const std::size_t end = std::min(text.find_first_of(kSpace, at), text.size());
        words.emplace_back(text.substr(at, end - at));
        at = text.find_first_not_of(kSpace, end);
    }
    return words;
}

// The head of a rule, "[^a|b] TYPE[/flag...] action arg...", read into `rule`: the problem
// that leaves the rule out, or "".
std::string read_head(std::string_view text, Rule& rule) {
    const std::vector<std::string> head = words_of(text);
    std::size_t next = 0;
    std::string word;
    // As `stream >> word`: a word when there is one left, else `word` stays as it was.
    const auto read = [&](std::string& into) {
        if (next < head.size()) into = head[next++];
    };
    read(word);
    if (word.size() > 1 && word[0] == '^') {
        // A lookbehind written before the type: "^at|by TIME time $1 := <clock>"
        rule.lookbehind = split_alternatives(word.substr(1));
        read(word);
    }
    const auto slash = word.find('/');
    const std::string type = word.substr(0, slash);
    if (const auto t = parse_rule_type(type)) rule.type = *t;
    else return "unknown type " + type;
    if (slash != std::string::npos) {
        const std::string rest = word.substr(slash + 1);
        std::size_t from = 0;
        while (from <= rest.size()) {
            std::size_t end = rest.find('/', from);
            if (end == std::string::npos) end = rest.size();
            const std::string flag = rest.substr(from, end - from);
            if (const auto f = parse_rule_flag(flag)) rule.set(*f);
            else return "unknown flag " + flag;
            from = end + 1;
        }
    }
    std::string action;
    read(action);
    if (const auto a = parse_action(action)) rule.action = *a;
    else return "unknown action " + action;
    while (next < head.size()) rule.args.push_back(head[next++]);
    return "";
}

// A class element "<name>": a built-in, or a class of `lexicon`; false when it is neither.
bool read_class(const std::string& word, const TimeLexicon& lexicon, PatternElement& el) {
    const std::string name = word.substr(1, word.size() - 2);
    for (int k = 0; k < kBuiltinCount; ++k)
        if (name == kBuiltinNames[k]) el.builtin = k;
    if (el.builtin >= 0) {
        el.kind = PatternElement::Kind::Builtin;
        return true;
    }
    el.kind = PatternElement::Kind::Class;
    el.cls = lexicon.class_id(name);
    return el.cls >= 0;
}

// The elements of a rule (after ":="), with its lookbehind and lookahead, read into `rule`:
// the problem that leaves the rule out, or "".
std::string read_body(std::string_view text, const TimeLexicon& lexicon, Rule& rule) {
    for (std::string word : words_of(text)) {
        if (!rule.lookahead.empty()) return "a lookahead must be the last element";
        PatternElement el;
        if (word.size() > 1 && word.back() == '?') {
            el.optional = true;
            word.pop_back();
        }
        if (word[0] == '^' && rule.elements.empty() && rule.lookbehind.empty()) {
            rule.lookbehind = split_alternatives(word.substr(1));
            continue;
        }
        if (word.size() > 1 && word[0] == '>') {
            rule.lookahead = split_alternatives(word.substr(1));
            continue;
        }
        if (word.size() > 2 && word.front() == '<' && word.back() == '>') {
            if (!read_class(word, lexicon, el)) return "unknown class " + word;
        } else {
            el.kind = PatternElement::Kind::Literal;
            el.words = split_alternatives(word);
        }
        rule.elements.push_back(std::move(el));
    }
    return "";
}

// "$N" must name an element that captures something: a class, a built-in or a choice of
// words ("last|next"); a fixed word or punctuation ("-", ",?") is a miscount.
std::string check_arguments(const Rule& rule) {
    for (const std::string& a : rule.args) {
        const std::size_t at = a.rfind('$', 1);
        if (at == std::string::npos || at + 1 >= a.size()) continue;
        const int n = std::atoi(a.c_str() + at + 1);
        const bool fixed = n >= 1 && static_cast<std::size_t>(n) <= rule.elements.size() &&
                           rule.elements[n - 1].kind == PatternElement::Kind::Literal && rule.elements[n - 1].words.size() == 1;
        if (n < 1 || static_cast<std::size_t>(n) > rule.elements.size() || fixed) return "argument " + a + " names no captured element";
    }
    return "";
}

}  // namespace

TimeGrammar::TimeGrammar(std::string_view patterns, const TimeLexicon& lexicon) : lexicon_(lexicon) {
    const std::string_view all = patterns;
    int number = 0;
    for (std::size_t start = 0; start < all.size();) {
        const std::size_t newline = std::min(all.find('\n', start), all.size());
        const std::string line(all.substr(start, newline - start));
        start = newline + 1;
        ++number;
        const auto b = line.find_first_not_of(" \t\r");
        if (b == std::string::npos || line[b] == '#') continue;
        const auto sep = line.find(":=");
        if (sep == std::string::npos) {
            problems_.push_back("line " + std::to_string(number) + ": no ':='");
            continue;
        }
        Rule rule;
        rule.line = number;
        std::string problem = read_head(std::string_view(line).substr(0, sep), rule);
        if (problem.empty()) problem = read_body(std::string_view(line).substr(sep + 2), lexicon, rule);
        if (problem.empty()) problem = check_arguments(rule);
        if (!problem.empty()) problems_.push_back("line " + std::to_string(number) + ": " + problem);
        else if (!rule.elements.empty()) rules_.push_back(std::move(rule));
    }
    index_rules();
}

void TimeGrammar::index_rules() {
    number_class_ = lexicon_.class_id(CodeClass::Number);
    vague_class_ = lexicon_.class_id(CodeClass::Vague);
    ordinal_class_ = lexicon_.class_id(CodeClass::Ordinal);
    openers_by_class_.assign(64, {});
    const auto by_class = [&](int cls, int id) {
        if (cls < 0) return;
        if (static_cast<std::size_t>(cls) >= openers_by_class_.size()) openers_by_class_.resize(cls + 1);
        openers_by_class_[cls].push_back(id);
    };
    for (std::size_t r = 0; r < rules_.size(); ++r) {
        const int id = static_cast<int>(r);
        for (const PatternElement& el : rules_[r].elements) {
            switch (el.kind) {
                case PatternElement::Kind::Literal:
                    for (const std::string& w : el.words) openers_by_word_[w].push_back(id);
                    break;
                case PatternElement::Kind::Class:
                    by_class(el.cls, id);
                    break;
                case PatternElement::Kind::Builtin:
                    // Every built-in reads digits; <num> and <ordinal> also read words of
                    // these classes (element_options).
                    openers_by_digits_.push_back(id);
                    if (el.builtin == kNum) {
                        by_class(number_class_, id);
                        by_class(vague_class_, id);
                    }
                    if (el.builtin == kOrdinal) by_class(ordinal_class_, id);
                    break;
            }
            if (!el.optional) break;
        }
    }
}

namespace {

struct MatchContext {
    const std::vector<TimeToken>& tokens;
    const std::vector<std::vector<LexiconHit>>& hits;
    const TimeLexicon& lexicon;
    int number_class, vague_class, ordinal_class;   // looked up once, not per element
    // options[k]: the ways element k matches, for match_from at depth k. A depth has one
    // list alive at a time (the search is depth first), so the lists are reused, not
    // allocated per element tried; sized before the search starts.
    std::vector<std::vector<Option>>& options;
};

// Buffers matches_at reuses from token to token (per thread: the grammar is shared).
struct Scratch {
    std::vector<int> candidates;
    std::vector<Capture> caps;
    std::vector<std::vector<Option>> options;
};
thread_local Scratch scratch;

bool starts_with_digit(const std::string& s) { return !s.empty() && s[0] >= '0' && s[0] <= '9'; }

bool has_hit(const std::vector<LexiconHit>& hits, int cls) {
    for (const LexiconHit& h : hits)
        if (h.cls == cls) return true;
    return false;
}

// An expression never runs across a line break: the `len` tokens from `pos` are on one line.
bool phrase_fits(const MatchContext& c, std::size_t pos, std::size_t len) {
    for (std::size_t k = 1; k < len; ++k)
        if (c.tokens[pos + k].newline_before) return false;
    return true;
}

// <num> at `pos`: a count in digits ("3", "1,000", "2.5") or in words ("twenty four"; a
// vague one, "several", is X).
void number_options(const MatchContext& c, std::size_t pos, std::vector<Option>& out) {
    const TimeToken& t = c.tokens[pos];
    const std::string& s = t.norm;
    // Counts of units have at most three digits unless grouped ("1,000 years"):
    // "the 1988 second quarter" holds a year, not 1988 seconds.
    if (t.digits_only) {
        if (s.size() <= 3) out.push_back({1, std::to_string(to_long(s, 0, s.size()))});
        return;
    }
    if (!s.empty() && s[0] >= '0' && s[0] <= '9') {
        // "1,000" and "2.5"
        std::string v;
        bool ok = true, dot = false;
        for (char ch : s) {
            if (ch == ',') continue;
            if (ch == '.') {
                if (dot) ok = false;
                dot = true;
            } else if (ch < '0' || ch > '9') {
                ok = false;
            }
            v.push_back(ch);
        }
        if (ok && v.size() <= 9) out.push_back({1, v});
        return;
    }
    const int number = c.number_class;
    const int vague = c.vague_class;
    for (const LexiconHit& h : c.hits[pos]) {
        if (!phrase_fits(c, pos, h.length)) continue;
        if (h.cls == vague) out.push_back({h.length, "X"});
        if (h.cls != number) continue;
        const long v = std::atol(std::string(h.value).c_str());
        out.push_back({h.length, std::string(h.value)});
        // "twenty four", "twenty-four"
        if (v >= 20 && v <= 90 && v % 10 == 0 && h.length == 1) {
            std::size_t next = pos + 1;
            if (next < c.tokens.size() && c.tokens[next].norm == "-" && !c.tokens[next].space_before) ++next;
            if (next < c.tokens.size() && !c.tokens[next].newline_before) {
                std::string unit;
                if (c.lexicon.word_is(number, c.tokens[next].norm, &unit)) {
                    const long u = std::atol(unit.c_str());
                    if (u >= 1 && u <= 9) out.push_back({next + 1 - pos, std::to_string(v + u)});
                }
            }
        }
    }
}

// <decade> at `pos`: "1990s" -> 199, "90s" -> 199, "1800s" -> 18 (a century).
void decade_options(const std::string& s, std::vector<Option>& out) {
    if (s.size() == 5 && s[4] == 's' && all_digits(s, 0, 4) && s[3] == '0') {
        const long y = to_long(s, 0, 4);
        if (y < 1000 || y > 2999) return;
        if (s[2] == '0' && y != 2000) out.push_back({1, s.substr(0, 2)});
        else out.push_back({1, s.substr(0, 3)});
    } else if (s.size() == 3 && s[2] == 's' && all_digits(s, 0, 2) && s[1] == '0') {
        out.push_back({1, (s[0] >= '3' ? "19" : "20") + s.substr(0, 1)});
    }
}

// <clock> and <clockampm> at `pos`: "10:30" (clock); "10am", "10:30pm" (clockampm), as HH:MM.
void clock_options(const std::string& s, bool ampm, std::vector<Option>& out) {
    std::size_t colon = s.find(':');
    std::size_t digits_end = 0;
    while (digits_end < s.size() && ((s[digits_end] >= '0' && s[digits_end] <= '9') || s[digits_end] == ':')) ++digits_end;
    const std::string tail = s.substr(digits_end);
    long h = -1, m = 0;
    if (colon != std::string::npos) {
        if (!all_digits(s, 0, colon) || colon > 2 || digits_end != colon + 3 || !all_digits(s, colon + 1, colon + 3)) return;
        h = to_long(s, 0, colon);
        m = to_long(s, colon + 1, colon + 3);
    } else {
        if (!all_digits(s, 0, digits_end) || digits_end > 2) return;
        h = to_long(s, 0, digits_end);
    }
    if (h > 24 || m > 59) return;
    if (!ampm) {
        if (!tail.empty() || colon == std::string::npos) return;
        out.push_back({1, zero_padded(static_cast<int>(h), 2) + ":" + zero_padded(static_cast<int>(m), 2)});
        return;
    }
    if (tail != "am" && tail != "pm") return;
    if (h < 1 || h > 12) return;
    if (tail == "pm" && h != 12) h += 12;
    if (tail == "am" && h == 12) h = 0;
    out.push_back({1, zero_padded(static_cast<int>(h), 2) + ":" + zero_padded(static_cast<int>(m), 2)});
}

// Ways built-in `builtin` can match at `pos` (element_options).
void builtin_options(const MatchContext& c, int builtin, std::size_t pos, std::vector<Option>& out) {
    const TimeToken& t = c.tokens[pos];
    const std::string& s = t.norm;
    switch (builtin) {
        case kInt:
            // The digits as written: "07" in 7/8/07 is a two-digit year.
            if (t.digits_only && s.size() <= 9) out.push_back({1, s});
            return;
        case kYear:
            if (t.digits_only && s.size() == 4) {
                const long y = to_long(s, 0, 4);
                if (y >= 1000 && y <= 2999) out.push_back({1, s});
            }
            return;
        case kYearNum:
            // Any year a word announces ("the year 9999", "the year 800"): three or four digits.
            if (t.digits_only && s.size() >= 3 && s.size() <= 4 && s[0] != '0') out.push_back({1, s});
            return;
        case kYY:
            if (t.digits_only && s.size() == 2) out.push_back({1, s});
            return;
        case kDay:
            if (t.digits_only && s.size() <= 2) {
                const long d = to_long(s, 0, s.size());
                if (d >= 1 && d <= 31) out.push_back({1, std::to_string(d)});
            } else {
                const long d = digit_ordinal(s);
                if (d >= 1 && d <= 31) out.push_back({1, std::to_string(d)});
            }
            return;
        case kOrdinal: {
            const long d = digit_ordinal(s);
            if (d >= 1) out.push_back({1, std::to_string(d)});
            const int cls = c.ordinal_class;
            for (const LexiconHit& h : c.hits[pos])
                if (h.cls == cls && phrase_fits(c, pos, h.length)) out.push_back({h.length, std::string(h.value)});
            return;
        }
        case kNum:
            number_options(c, pos, out);
            return;
        case kDecade:
            decade_options(s, out);
            return;
        case kClock:
        case kClockAmPm:
            clock_options(s, builtin == kClockAmPm, out);
            return;
        default:
            return;
    }
}

// Ways element `el` can match at `pos`: (length in tokens, captured value).
void element_options(const MatchContext& c, const PatternElement& el, std::size_t pos, std::vector<Option>& out) {
    if (pos >= c.tokens.size()) return;
    const TimeToken& t = c.tokens[pos];
    switch (el.kind) {
        case PatternElement::Kind::Literal:
            for (const std::string& w : el.words)
                if (t.norm == w) {
                    out.push_back({1, t.norm});
                    return;
                }
            return;
        case PatternElement::Kind::Class:
            for (const LexiconHit& h : c.hits[pos])
                if (h.cls == el.cls && phrase_fits(c, pos, h.length)) out.push_back({h.length, std::string(h.value)});
            return;
        case PatternElement::Kind::Builtin:
            builtin_options(c, el.builtin, pos, out);
            return;
    }
}

// A necessary condition for element_options(c, el, pos) to find something, without allocating.
bool could_match(const MatchContext& c, const PatternElement& el, std::size_t pos) {
    const TimeToken& t = c.tokens[pos];
    switch (el.kind) {
        case PatternElement::Kind::Literal:
            return std::find(el.words.begin(), el.words.end(), t.norm) != el.words.end();
        case PatternElement::Kind::Class:
            for (const LexiconHit& h : c.hits[pos])
                if (h.cls == el.cls) return true;
            return false;
        case PatternElement::Kind::Builtin:
            break;
    }
    if (starts_with_digit(t.norm)) return true;
    // Number and ordinal words come from the lexicon (element_options reads only these).
    if (el.builtin == kNum) return has_hit(c.hits[pos], c.number_class) || has_hit(c.hits[pos], c.vague_class);
    if (el.builtin == kOrdinal) return has_hit(c.hits[pos], c.ordinal_class);
    return false;
}

// The token after a match must be one of the rule's lookahead words, on the same line.
bool lookahead_ok(const MatchContext& c, const Rule& rule, std::size_t end) {
    if (rule.lookahead.empty()) return true;
    if (end >= c.tokens.size() || c.tokens[end].newline_before) return false;
    return std::find(rule.lookahead.begin(), rule.lookahead.end(), c.tokens[end].norm) != rule.lookahead.end();
}

void match_from(const MatchContext& c, const Rule& rule, std::size_t el_index, std::size_t pos, std::vector<Capture>& caps,
                std::size_t first, std::vector<Match>& out, int& budget) {
    if (--budget < 0) return;
    if (el_index == rule.elements.size()) {
        if (pos > first && lookahead_ok(c, rule, pos)) out.push_back({&rule, first, pos, caps});
        return;
    }
    const PatternElement& el = rule.elements[el_index];
    std::vector<Option>& options = c.options[el_index];
    options.clear();
    // could_match first: most paths end at an element that cannot match, and finding that
    // out is cheaper than listing the options.
    if (pos < c.tokens.size() && (pos == first || !c.tokens[pos].newline_before) && could_match(c, el, pos))
        element_options(c, el, pos, options);
    for (const Option& o : options) {
        Capture& cap = caps[el_index];
        cap.present = true;
        cap.first = pos;
        cap.end = pos + o.length;
        cap.value = o.value;
        match_from(c, rule, el_index + 1, pos + o.length, caps, first, out, budget);
    }
    if (el.optional) {
        caps[el_index] = {};
        match_from(c, rule, el_index + 1, pos, caps, first, out, budget);
    }
}

}  // namespace

void TimeGrammar::openers_at(const TimeToken& t, const std::vector<LexiconHit>& hits, std::vector<int>& out) const {
    out.clear();
    const auto add = [&](const std::vector<int>& ids) { out.insert(out.end(), ids.begin(), ids.end()); };
    const auto word = openers_by_word_.find(t.norm);
    if (word != openers_by_word_.end()) add(word->second);
    for (const LexiconHit& h : hits)
        if (static_cast<std::size_t>(h.cls) < openers_by_class_.size()) add(openers_by_class_[h.cls]);
    if (starts_with_digit(t.norm)) add(openers_by_digits_);
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
}

std::size_t TimeGrammar::rules_tried_at(const std::vector<TimeToken>& tokens, const std::vector<std::vector<LexiconHit>>& hits,
                                        std::size_t pos) const {
    std::vector<int> ids;
    openers_at(tokens[pos], hits[pos], ids);
    return ids.size();
}

void TimeGrammar::matches_at(const std::vector<TimeToken>& tokens, const std::vector<std::vector<LexiconHit>>& hits,
                             std::size_t pos, std::vector<Match>& out) const {
    const MatchContext c{tokens, hits, lexicon_, number_class_, vague_class_, ordinal_class_, scratch.options};
    const std::size_t before = out.size();
    // The rules that may open here, in grammar order (ties go to the earlier rule).
    std::vector<int>& candidates = scratch.candidates;
    openers_at(tokens[pos], hits[pos], candidates);
    std::vector<Capture>& caps = scratch.caps;
    for (int id : candidates) {
        const Rule& rule = rules_[static_cast<std::size_t>(id)];
        if (!rule.lookbehind.empty()) {
            if (pos == 0 || tokens[pos].newline_before) continue;
            const std::string& prev = tokens[pos - 1].norm;
            // `#` stands for any number written in digits ("$5 a year", "400 a day")
            const bool number = !prev.empty() && prev[0] >= '0' && prev[0] <= '9' &&
                                std::find(rule.lookbehind.begin(), rule.lookbehind.end(), "#") != rule.lookbehind.end();
            if (!number && std::find(rule.lookbehind.begin(), rule.lookbehind.end(), prev) == rule.lookbehind.end()) continue;
        }
        // A cheap test before the matcher: can any element that may open the rule (the
        // first one, and those after optional ones) match this token at all?
        bool may_open = false;
        for (const PatternElement& el : rule.elements) {
            if (could_match(c, el, pos)) {
                may_open = true;
                break;
            }
            if (!el.optional) break;
        }
        if (!may_open) continue;
        // No reset needed: a match is emitted only once every element on its path has
        // written its capture (match_from).
        caps.resize(rule.elements.size());
        if (scratch.options.size() < rule.elements.size()) scratch.options.resize(rule.elements.size());
        int budget = 256;
        match_from(c, rule, 0, pos, caps, pos, out, budget);
    }
    std::stable_sort(out.begin() + static_cast<std::ptrdiff_t>(before), out.end(),
                     [](const Match& a, const Match& b) { return a.end > b.end; });
}

}  // namespace lede::time
