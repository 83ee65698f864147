// function_words.h — closed word classes (prepositions, determiners, forms of "be", clause
// words, military head nouns ...) read from assets/events/function_words.tsv.
//
// Contract: `is(cls, word)` with a normalised word (word_forms.h); an unknown class or an
// unreadable asset answers false.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace lede::relations {

class FunctionWords {
public:
    static FunctionWords from_text(std::string_view text);
    bool is(const std::string& cls, const std::string& word) const;

private:
    std::unordered_map<std::string, std::unordered_set<std::string>> classes_;
};

}  // namespace lede::relations
