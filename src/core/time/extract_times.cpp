// extract_times.cpp — see extract_times.h. The pipeline of the time tagger:
//   tokens (time_tokens) -> lexicon hits per token (time_lexicon) -> leftmost-longest
//   grammar matches (time_grammar) -> context filters (time_context: bare numbers,
//   glued digits) -> values (time_normalize) -> modifiers ("early", "the end of")
//   widen the span to the left -> values taken from neighbours: a clock time's day, the
//   year under discussion (time_reference).
// All the words and patterns are assets (assets/time/en/); this file only wires them.
#include "extract_times.h"

#include "time_calendar.h"
#include "time_context.h"
#include "time_grammar.h"
#include "time_lexicon.h"
#include "time_normalize.h"
#include "time_reference.h"
#include "time_tokens.h"

namespace lede {
namespace {

// Tokens [first - k, first) that form a modifier phrase ("early", "the end of"); 0 when none.
std::size_t modifier_before(const std::vector<time::TimeToken>& tokens, const std::vector<std::vector<time::LexiconHit>>& hits,
                            std::size_t first, std::size_t floor, int modifier_class) {
    std::size_t best = 0;
    for (std::size_t k = 1; k <= 5 && k <= first - floor; ++k) {
        if (tokens[first - k + 1].newline_before) break;   // a modifier on the line before is not one
        for (const auto& h : hits[first - k])
            if (h.cls == modifier_class && h.length == k) best = k;
    }
    return best;
}

// A written calendar date ("Feb. 30, 2021"): when it names no real day, its tokens are
// no time at all rather than a shorter, wrong one ("Feb. 30" of another year).
bool is_full_date(const time::Rule& rule) { return rule.action == time::Action::YearMonthDay || rule.action == time::Action::DateAndTime; }

// "a decades-long dispute": a count of one before a plural unit is no count of it (the
// article belongs to the noun); the vaguer reading ("decades-long", PXY) is left to match.
bool one_of_plural(const time::Match& m, const std::vector<time::TimeToken>& tokens, const time::TimeLexicon& lexicon,
                   int unit_class, int plural_class) {
    // "one and a half years": the half makes the plural
    if (m.rule->action == time::Action::DurationAndAHalf) return false;
    bool one = false, plural = false;
    for (std::size_t k = 0; k < m.captures.size() && k < m.rule->elements.size(); ++k) {
        const time::Capture& c = m.captures[k];
        const time::PatternElement& el = m.rule->elements[k];
        if (!c.present) continue;
        if (el.kind == time::PatternElement::Kind::Builtin && c.value == "1") one = true;
        if (el.kind == time::PatternElement::Kind::Class && el.cls == unit_class && c.end == c.first + 1)
            plural = lexicon.word_is(plural_class, tokens[c.first].norm);
    }
    return one && plural;
}

// Tags `doc` against `anchor_text`; `keep(found)` receives each expression in text
// order and returns false to stop early. `tokens_out`, when given, receives the tokens.
template <class Keep>
void tag(const nlp::Document& doc, const std::string& anchor_text, const time::TimeResources& resources, Keep keep,
         std::vector<time::TimeToken>* tokens_out = nullptr) {
    if (!resources.lexicon || !resources.grammar) return;   // a part never loaded: no times
    const time::TimeLexicon& lexicon = *resources.lexicon;
    const time::TimeGrammar& grammar = *resources.grammar;

    time::NormalizeContext context;
    int hour, minute;
    context.anchor.valid = time::parse_anchor(anchor_text, context.anchor.date, hour, minute);
    context.anchor.hour = hour;
    context.anchor.minute = minute;
    if (!context.anchor.valid) return;   // no anchor, no values: callers always pass one

    std::vector<time::TimeToken> local;
    std::vector<time::TimeToken>& tokens = tokens_out ? *tokens_out : local;
    tokens = time::tokenize_for_time(doc);
    std::vector<std::vector<time::LexiconHit>> hits(tokens.size());
    for (std::size_t i = 0; i < tokens.size(); ++i) lexicon.lookup(tokens, i, hits[i]);
    const int modifier_class = lexicon.class_id(time::CodeClass::Modifier);
    const int not_duration_class = lexicon.class_id(time::CodeClass::NotDurationAfter);
    const int unit_class = lexicon.class_id(time::CodeClass::Unit);
    const int plural_class = lexicon.class_id(time::CodeClass::PluralUnit);

    std::vector<time::Match> candidates;
    std::size_t floor = 0;   // tokens before this belong to an earlier expression
    std::size_t i = 0;
    while (i < tokens.size()) {
        candidates.clear();
        grammar.matches_at(tokens, hits, i, candidates);
        std::size_t next = i + 1;
        bool taken = false;
        // Candidates come longest first; `longest` is the end of the first one that passed
        // the context filters. An impossible full date of that length, or a `none` rule (a
        // pattern that is no time: "three-quarters of", "in his 30s"), swallows its tokens.
        std::size_t longest = 0;
        bool swallow = false;
        for (const time::Match& m : candidates) {
            const time::Rule& rule = *m.rule;
            if (longest && m.end < longest && swallow) break;
            if (rule.has(time::RuleFlag::YearContext) && !time::is_year_context(tokens, m.first, m.end, lexicon)) continue;
            if (rule.has(time::RuleFlag::NoDigitsNear) && time::glued_to_digits(tokens, m.first, m.end)) continue;
            if (one_of_plural(m, tokens, lexicon, unit_class, plural_class)) continue;
            if (rule.type == TimeType::Duration && not_duration_class >= 0) {
                std::size_t after = m.end;
                if (after < tokens.size() && tokens[after].norm == "-") ++after;
                if (after < tokens.size() && lexicon.word_is(not_duration_class, tokens[after].norm)) continue;
            }
            if (!longest) longest = m.end;
            if (rule.action == time::Action::None) {
                if (m.end == longest) swallow = true;
                if (swallow) break;
                continue;
            }
            context.tense = time::tense_near(tokens, m.first, m.end, lexicon, &context.perfect);
            context.quarter_context = rule.has(time::RuleFlag::QuarterContext) && time::mentions_quarter_near(tokens, m.first);
            const time::Normalized n = time::normalize(m, context);
            if (!n.ok) {
                if (m.end == longest && is_full_date(rule)) swallow = true;
                continue;
            }
            // `first`: only the first element is the expression ("60" of "60 and 90 days")
            const std::size_t end = rule.has(time::RuleFlag::First) && m.captures[0].present ? m.captures[0].end : m.end;
            std::size_t first = m.first;
            if (modifier_class >= 0 && !rule.has(time::RuleFlag::NoModifier))
                first -= modifier_before(tokens, hits, m.first, floor, modifier_class);
            time::Found f;
            f.expr.span = {tokens[first].span.start, tokens[end - 1].span.end};
            f.expr.text = std::string(doc.span_text(f.expr.span));
            f.expr.type = rule.type;
            f.expr.value = n.value;
            f.expr.anchor = anchor_text;
            f.rule = &rule;
            f.args = time::evaluated_args(m);
            f.first = first;
            f.end = end;
            if (!keep(std::move(f))) return;
            swallow = false;
            taken = true;
            next = end;
            break;
        }
        if (swallow) next = longest;
        if (taken || swallow) floor = next;
        i = next;
    }
}

}  // namespace

std::vector<TimeExpr> extract_times(const nlp::Document& doc, const std::string& anchor, const time::TimeResources& resources) {
    std::vector<time::Found> found;
    std::vector<time::TimeToken> tokens;
    tag(
        doc, anchor, resources,
        [&](time::Found&& f) {
            found.push_back(std::move(f));
            return true;
        },
        &tokens);
    time::resolve_references(found, tokens, doc.text);
    std::vector<TimeExpr> out;
    out.reserve(found.size());
    for (time::Found& f : found) out.push_back(std::move(f.expr));
    return out;
}

std::optional<std::string> first_written_date(const nlp::Document& doc, const time::TimeResources& resources) {
    std::optional<std::string> found;
    // Any valid anchor will do: a full date does not depend on it.
    tag(doc, "2000-01-01", resources, [&](time::Found&& f) {
        if (!is_full_date(*f.rule)) return true;
        found = f.expr.value.substr(0, 10);
        return false;
    });
    return found;
}

}  // namespace lede
