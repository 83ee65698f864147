// time_lexicon.h — the words of the time grammar, read from assets.
//
// `assets/time/<lang>/lexicon.txt` lists classes: `class<TAB>file[<TAB>capitalized]`.
// Each class file holds `value<TAB>form,form,...` lines (the format of
// assets/lexicon/en/months.txt). Forms may be phrases ("new year's day", "a.m."); they
// are split with split_phrase, so they match token sequences. With `capitalized`, a
// form matches only when its first token is capitalised in the text ("May", not "may").
// Loading never fails: a missing file gives an empty class (and is named in the report).
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "asset_source.h"
#include "time_tokens.h"

namespace lede::time {

// The classes the code reads by name (the rest only the grammar names): each is looked up
// once, when the lexicon loads, and one that lexicon.txt lacks is reported as malformed.
enum class CodeClass {
    Number, Vague, Ordinal,                          // numbers in words (<num>, <ordinal>)
    Modifier, NotDurationAfter, Unit, PluralUnit,    // extract_times.cpp
    Tense, Auxiliary, TensePrefix,                   // time_context.cpp: tense
    NotYearBefore, NotYearAfter, WeakYearBefore,     // time_context.cpp: bare years
    Count
};

struct LexiconHit {
    int cls = -1;
    std::string_view value;
    std::size_t length = 1;           // tokens
};

class TimeLexicon {
public:
    // Loads time/<lang>/lexicon.txt of `source` and the files it names; a file that cannot
    // be read is added to `report.missing`.
    TimeLexicon(const assets::Source& source, const std::string& lang, assets::LoadReport& report);

    int class_id(std::string_view name) const;       // -1 when unknown
    int class_id(CodeClass cls) const { return code_classes_[static_cast<int>(cls)]; }   // -1 when lacking
    const std::string& class_name(int cls) const;

    // Every entry whose form starts at tokens[pos].
    void lookup(const std::vector<TimeToken>& tokens, std::size_t pos, std::vector<LexiconHit>& out) const;
    // True when the single word `norm` is a form of `cls`; `value` gets its value.
    bool word_is(int cls, const std::string& norm, std::string* value = nullptr) const;

private:
    struct Entry {
        int cls;
        std::string value;
        std::size_t length;
        bool abbreviation;            // not the first form of its line, and not ending in '.'
    };
    std::vector<std::string> class_names_;
    std::vector<bool> capitalized_;
    std::vector<bool> abbreviated_;
    std::unordered_map<std::string, std::vector<Entry>> forms_;   // key: tokens joined by '\x1f'
    // The keys of the first 1..n-1 tokens of every form of n tokens: lookup stops as soon as
    // no form goes on, instead of trying every length up to max_length_ at every token.
    std::unordered_set<std::string> prefixes_;
    std::size_t max_length_ = 1;
    int code_classes_[static_cast<int>(CodeClass::Count)];
};

}  // namespace lede::time
