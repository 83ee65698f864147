// time_grammar.h — the pattern language of time expressions, read from assets (TimeResources).
//
// `assets/time/<lang>/patterns.txt` holds one rule a line:
//     TYPE[/flag...]  action arg arg ...  :=  element element ...
// TYPE is DATE, TIME, DURATION or SET. Elements:
//     word            a literal token (normalised form: lower case, ’ as ')
//     a|b|c           one of several literal tokens
//     <class>         a lexicon class (time_lexicon.h) or a built-in class:
//                     <int> <year> <yearnum> <yy> <day> <ordinal> <num> <decade> <clock> <clockampm>
//                     (<year>: 1000..2999; <yearnum>: any three or four digits, for "the year 800")
//     ^a|b            (written first on the line, before TYPE, or as the first element) the
//                     token before the match must be one of these; it is not part of the match
//                     (`#` stands for any number written in digits)
//     x?              any element may be optional
//     >a|b            (written last) the token after the match must be one of these; it is
//                     not part of the match ("the year" before "ended" is a duration)
// Args are passed to the action (time_normalize.h): $N is the value element N (1-based)
// captured, -$N its negation; anything else is a literal. Flags: `yearctx` (the match is
// a bare number: keep it only in a year-like context), `nodigitsnear` (refuse when
// glued to other digits by - / . :), `first` (only the first element is the expression;
// the rest is context, read again), `nomod` (no modifier widens it), `sameyear`, `anaphor`
// and `qctx` (time_reference.h, time_context.h). Types, flags and actions are read into
// enums (time_rule_names.h): an unknown one leaves the rule out and is a problem().
// Matching is leftmost-longest over the tokens; among equally long matches the earlier
// rule wins. Cost is linear in the number of tokens (patterns are short).
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "time_lexicon.h"
#include "time_rule_names.h"
#include "time_tokens.h"

namespace lede::time {

struct PatternElement {
    enum class Kind { Literal, Class, Builtin };
    Kind kind = Kind::Literal;
    std::vector<std::string> words;   // Literal alternatives
    int cls = -1;                     // Class
    int builtin = -1;                 // Builtin
    bool optional = false;
};

struct Rule {
    TimeType type = TimeType::Date;   // DATE | TIME | DURATION | SET
    unsigned flags = 0;               // RuleFlag bits
    Action action = Action::None;
    std::vector<std::string> args;
    std::vector<std::string> lookbehind;   // empty: none
    std::vector<std::string> lookahead;    // empty: none
    std::vector<PatternElement> elements;
    int line = 0;
    bool has(RuleFlag f) const { return (flags & static_cast<unsigned>(f)) != 0; }
    void set(RuleFlag f) { flags |= static_cast<unsigned>(f); }
};

struct Capture {
    bool present = false;
    std::size_t first = 0, end = 0;   // tokens
    std::string value;                // the class value, or the token text for literals
};

struct Match {
    const Rule* rule = nullptr;
    std::size_t first = 0, end = 0;   // tokens [first, end)
    std::vector<Capture> captures;    // one per element
};

class TimeGrammar {
public:
    // Reads the rules of `patterns` (the text of a patterns.txt); `lexicon` must outlive
    // the grammar. A line it cannot read is left out and described in problems().
    TimeGrammar(std::string_view patterns, const TimeLexicon& lexicon);

    const std::vector<Rule>& rules() const { return rules_; }
    // Problems found while reading the patterns ("line 12: unknown class <mnth>").
    const std::vector<std::string>& problems() const { return problems_; }

    // Every match starting at tokens[pos], longest first (ties: rule order).
    // `hits` are the lexicon hits for each token (TimeLexicon::lookup), precomputed.
    void matches_at(const std::vector<TimeToken>& tokens, const std::vector<std::vector<LexiconHit>>& hits,
                    std::size_t pos, std::vector<Match>& out) const;

    // How many rules matches_at tries at tokens[pos] (the rules that may open there): the
    // cost of a token, for tests and measurements.
    std::size_t rules_tried_at(const std::vector<TimeToken>& tokens, const std::vector<std::vector<LexiconHit>>& hits,
                               std::size_t pos) const;

private:
    void index_rules();
    // The ids of the rules that may open on token `t`, sorted (grammar order).
    void openers_at(const TimeToken& t, const std::vector<LexiconHit>& hits, std::vector<int>& out) const;

    const TimeLexicon& lexicon_;
    std::vector<Rule> rules_;
    std::vector<std::string> problems_;
    // Which rules may open on a token: by its word, by a lexicon class it has, by starting
    // with a digit; so each token tries a handful of rules, not the whole grammar. A rule
    // opening on <num> or <ordinal> is listed under the lexicon classes that spell those
    // in words (number, vague; ordinal), not under every token with a lexicon hit: "the",
    // "said" or "at" have hits too (tense, not_year_before), and tried every such rule.
    std::unordered_map<std::string, std::vector<int>> openers_by_word_;
    std::vector<std::vector<int>> openers_by_class_;
    std::vector<int> openers_by_digits_;
    // The lexicon classes the built-ins <num> and <ordinal> read words from (-1: none).
    int number_class_ = -1, vague_class_ = -1, ordinal_class_ = -1;
};

}  // namespace lede::time
