// mention_words.h — the word tests and name classification the steps of MentionPass
// (mention_pass.h) share: a name's type from its words and the gazetteer, the document's
// letter case, connectors. Internal to the actor rules.
#pragma once

#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "../nlp/document.h"
#include "actor_mentions.h"
#include "gazetteer.h"
#include "ner.h"

namespace lede::actors::mention_words {

// Token look-ups of one document.
struct Text {
    const nlp::Document& doc;
    std::string_view tok(std::size_t i) const { return doc.token_text(i); }
    std::string phrase(std::size_t first, std::size_t end) const {
        std::string s;
        for (std::size_t i = first; i < end; ++i) {
            if (i > first) s.push_back(' ');
            s.append(tok(i));
        }
        return s;
    }
};

struct DocCase {
    bool mostly_upper = false;                    // most words in capitals
    bool no_capitals = false;                     // (almost) no capitals at all
};
DocCase doc_case(const nlp::Document& doc);

std::string capitalise_first(std::string s);
bool elided_prefix(std::string_view w);           // "O" of "O' Leary"
bool connector(std::string_view w);               // "of", "and", "&", "for", "on" inside a name
bool no_letter_no_digit(std::string_view w);      // punctuation
std::vector<std::string> folded_words(const Text& text, std::size_t first, std::size_t end);
// A country, capital or demonym of the gazetteer: facts that stand against votes.
bool from_gazetteer(const NameMention& m);
// Type and gazetteer facts of a name from its words; false when it is no name.
bool classify(const Text& text, const gazetteer::Gazetteer& gaz, ner::EntityType tagged, NameMention& m);
// A gazetteer organisation written as a name where the tagger saw none.
bool known_organisation(const Text& text, const gazetteer::Gazetteer& gaz, const nlp::Sentence& s, std::size_t first,
                        std::size_t end, bool case_blind);

}  // namespace lede::actors::mention_words
