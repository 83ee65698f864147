// document.h — the article text cut into tokens and sentences, shared by the extractors.
//
// Built once per analysis by `tokenize` (tokenize.h); actors, times and relations all
// read the same tokens so their spans agree.
#pragma once

#include <string_view>
#include <vector>

#include "../analysis.h"

namespace lede::nlp {

struct Token {
    Span span;                                    // into the article text
    bool space_before = false;                    // whitespace separates it from the previous token
    bool newline_before = false;                  // a line break separates it from the previous token
};

struct Sentence {
    Span span;
    std::size_t first_token = 0;                  // [first_token, end_token) into Document::tokens
    std::size_t end_token = 0;
};

struct Document {
    std::string_view text;
    std::vector<Token> tokens;
    std::vector<Sentence> sentences;

    std::string_view token_text(std::size_t i) const {
        return text.substr(tokens[i].span.start, tokens[i].span.size());
    }
    std::string_view span_text(Span s) const { return text.substr(s.start, s.size()); }
};

}  // namespace lede::nlp
