// time_context.cpp — see time_context.h.
#include "time_context.h"

#include <cstdlib>

namespace lede::time {
namespace {

constexpr std::size_t kTenseWindow = 15;     // tokens either side, within the sentence
constexpr std::size_t kQuarterWindow = 80;   // tokens either side
constexpr std::size_t kMaxPrefix = 4;         // tokens in a tense_prefix phrase

// A word that closes the search in its direction (a clause opener).
constexpr Tense kClauseBreak = static_cast<Tense>(99);
// A present-tense verb: the search ends with no tense.
constexpr Tense kPresent = static_cast<Tense>(98);

// Past, Future, None or kClauseBreak for one word.
Tense word_tense(const TimeToken& t, int tense_class, const TimeLexicon& lexicon) {
    std::string v;
    if (lexicon.word_is(tense_class, t.norm, &v)) {
        if (v == "past" || v == "perfect") return Tense::Past;
        if (v == "future") return Tense::Future;
        if (v == "break") return kClauseBreak;
        if (v == "present") return kPresent;
        return Tense::None;   // listed as neither ("need", "based"): not a verb clue
    }
    const std::string& w = t.norm;
    if (w.size() >= 5 && w.compare(w.size() - 2, 2, "ed") == 0 && !t.capitalized) return Tense::Past;
    return Tense::None;
}

bool is_digit_token(const TimeToken& t) { return !t.norm.empty() && t.norm[0] >= '0' && t.norm[0] <= '9'; }

}  // namespace

Tense tense_near(const std::vector<TimeToken>& tokens, std::size_t first, std::size_t end, const TimeLexicon& lexicon,
                 bool* perfect) {
    if (perfect) *perfect = false;
    const int cls = lexicon.class_id(CodeClass::Tense);
    const int aux = lexicon.class_id(CodeClass::Auxiliary);
    if (tokens.empty() || first >= tokens.size()) return Tense::None;
    // A phrase right before the expression outranks the verbs ("as early as Tuesday").
    const int prefix = lexicon.class_id(CodeClass::TensePrefix);
    std::vector<LexiconHit> hits;
    for (std::size_t k = 1; prefix >= 0 && k <= kMaxPrefix && k <= first; ++k) {
        if (tokens[first - k + 1].newline_before) break;
        hits.clear();
        lexicon.lookup(tokens, first - k, hits);
        for (const LexiconHit& h : hits)
            if (h.cls == prefix && h.length == k) return h.value == "past" ? Tense::Past : Tense::Future;
    }
    const std::size_t sentence = tokens[first].sentence;
    // The nearest verb clue decides: a listed word (was, will, should, said...), or an
    // unlisted -ed word that no auxiliary turns into a participle ("ruled", but not "be
    // completed"). Words of intent without their link ("set Friday as") are only a guess,
    // used when nothing else is found.
    Tense guess = Tense::None;
    const auto scan = [&](std::size_t k, Tense& result) {
        const TimeToken& t = tokens[k];
        if (t.sentence != sentence) return false;
        std::string v, next;
        const bool before_link = k + 1 < tokens.size() && lexicon.word_is(cls, tokens[k + 1].norm, &next) && next == "link";
        // "had been due to expire Friday", "had planned to": a plan overtaken, told in the past
        const auto aux_is = [&](std::size_t j, const char* value) {
            std::string a;
            return lexicon.word_is(aux, tokens[j].norm, &a) && a == value;
        };
        const bool past_perfect = (k >= 1 && aux_is(k - 1, "perfect")) ||
                                  (k >= 2 && aux_is(k - 1, "been") && aux_is(k - 2, "perfect"));
        const Tense plan = past_perfect ? Tense::Past : Tense::Future;
        if (lexicon.word_is(cls, t.norm, &v)) {
            if (v == "past") {
                // "will hit", "to cut", "would be paid", "has been sold": a bare verb or a
                // participle after an auxiliary; the auxiliary decides
                if (k >= 1 && lexicon.word_is(aux, tokens[k - 1].norm)) return true;
                result = Tense::Past;
                return false;
            }
            if (v == "perfect") {
                result = Tense::Past;
                if (perfect) *perfect = true;
                return false;
            }
            if (v == "future") { result = plan; return false; }
            // "next week" points forward, "next to the embassy" does not
            if (v == "future_unless_link") {
                if (before_link) return true;
                result = Tense::Future;
                return false;
            }
            if (v == "break") return false;
            // "is to resume", "are to meet": a plan
            if (v == "present") { result = before_link ? Tense::Future : kPresent; return false; }
            // "planned to", "scheduled for": a plan; "a service planned at the university",
            // "set Friday as the deadline", "lower-than-expected": a past form, or no verb
            if (v == "intent") {
                if (before_link) { result = plan; return false; }
                if (guess == Tense::None && word_tense(t, -1, lexicon) == Tense::Past) guess = Tense::Past;
            }
            return true;   // listed as no verb ("need", "based")
        }
        if (word_tense(t, cls, lexicon) == Tense::Past) {
            // A finite past verb ("Meissner ruled that ..."), unless an auxiliary makes it a
            // participle ("should be completed", "has been delayed").
            if (k == 0 || !lexicon.word_is(aux, tokens[k - 1].norm)) { result = Tense::Past; return false; }
        }
        return true;
    };
    // A line break ends the search too: pasted lines (title, dateline) are not one clause.
    Tense result = Tense::None;
    for (std::size_t k = 1; k <= kTenseWindow && k <= first; ++k)
        if (tokens[first - k + 1].newline_before || !scan(first - k, result)) break;
    if (result == kPresent) return Tense::None;
    if (result != Tense::None) return result;
    if (guess != Tense::None) return guess;
    for (std::size_t k = end; k < tokens.size() && k < end + kTenseWindow; ++k)
        if (tokens[k].newline_before || !scan(k, result)) break;
    if (result == kPresent) return Tense::None;
    if (result != Tense::None) return result;
    return guess;
}

bool glued_to_digits(const std::vector<TimeToken>& tokens, std::size_t first, std::size_t end) {
    const auto joiner = [](const std::string& n) { return n == "-" || n == "/" || n == "." || n == ":" || n == ","; };
    if (first >= 2) {
        const TimeToken& sep = tokens[first - 1];
        if (joiner(sep.norm) && !sep.space_before && !tokens[first].space_before && is_digit_token(tokens[first - 2]))
            return true;
    }
    if (end + 1 < tokens.size()) {
        const TimeToken& sep = tokens[end];
        if (joiner(sep.norm) && !sep.space_before && !tokens[end + 1].space_before && is_digit_token(tokens[end + 1]))
            return true;
    }
    // Letters glued to the number ("v2020", "2020x") make it a code.
    if (first >= 1 && !tokens[first].space_before && tokens[first - 1].norm.size() > 0 &&
        (tokens[first - 1].norm.back() >= 'a' && tokens[first - 1].norm.back() <= 'z'))
        return true;
    return false;
}

bool is_year_context(const std::vector<TimeToken>& tokens, std::size_t first, std::size_t end, const TimeLexicon& lexicon) {
    if (first >= end || end > tokens.size()) return false;
    if (glued_to_digits(tokens, first, end)) {
        // "2019-2021", "1990-91": a range of years is fine.
        const bool range_after = end + 1 < tokens.size() && tokens[end].norm == "-" && tokens[end + 1].digits_only &&
                                 (tokens[end + 1].norm.size() == 4 || tokens[end + 1].norm.size() == 2);
        const bool range_before = first >= 2 && tokens[first - 1].norm == "-" && tokens[first - 2].digits_only &&
                                  tokens[first - 2].norm.size() == 4;
        if (!range_after && !range_before) return false;
        if (range_after && end + 2 < tokens.size() && tokens[end + 2].norm == "-" && !tokens[end + 2].space_before) return false;
        if (range_before && first >= 3 && tokens[first - 3].norm == "-" && !tokens[first - 2].space_before) return false;
    }
    const int before = lexicon.class_id(CodeClass::NotYearBefore);
    const int after = lexicon.class_id(CodeClass::NotYearAfter);
    const int weak = lexicon.class_id(CodeClass::WeakYearBefore);
    if (first >= 1 && !tokens[first].newline_before) {
        const TimeToken& p = tokens[first - 1];
        if (lexicon.word_is(before, p.norm)) return false;
        // A number right after another number is part of a list or a table.
        if (is_digit_token(p) && p.span.end + 2 >= tokens[first].span.start) return false;
    }
    if (end < tokens.size() && !tokens[end].newline_before) {
        const TimeToken& n = tokens[end];
        if (lexicon.word_is(after, n.norm)) return false;
        if (is_digit_token(n) && !n.newline_before && n.span.start <= tokens[end - 1].span.end + 2 && n.norm.size() != 4) return false;
    }
    const std::string& y = tokens[first].norm;
    const long value = std::atol(y.c_str());
    if (value < 1800 || value > 2100) {
        // Old (or far) years only with a word that expects a year in front of them.
        if (first == 0) return false;
        return lexicon.word_is(weak, tokens[first - 1].norm);
    }
    return true;
}

bool mentions_quarter_near(const std::vector<TimeToken>& tokens, std::size_t at) {
    if (at >= tokens.size()) return false;
    // A bounded window (not the sentence), so that one endless sentence stays linear.
    for (std::size_t k = at; k-- > 0 && at - k <= kQuarterWindow;)
        if (tokens[k].norm == "quarter" || tokens[k].norm == "quarterly") return true;
    for (std::size_t k = at; k < tokens.size() && k - at <= kQuarterWindow; ++k)
        if (tokens[k].norm == "quarter" || tokens[k].norm == "quarterly") return true;
    return false;
}

}  // namespace lede::time
