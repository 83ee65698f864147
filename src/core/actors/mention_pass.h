// mention_pass.h — the steps of find_mentions (actor_mentions.h), one method each, over
// one state object: the document, the stage's resources and the mentions found so far.
//
// find_mentions runs them in the order they are declared here; each step reads the
// names the earlier ones left and changes only what its comment says, so a rule can be
// changed (and tested) one step at a time. Tests seed `set().names` by hand and run a
// single step. Every step is linear (or bounded-linear) in the number of tokens.
#pragma once

#include <map>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "../syntax/pos_tagger.h"
#include "actor_mentions.h"
#include "actor_resources.h"
#include "gazetteer.h"
#include "ner.h"

namespace lede::actors {

class MentionPass {
public:
    // Letter case of the whole document: tagger-free rules read capitals only in mixed case.
    // `tagger` serves step 6 (extents); both must outlive the pass.
    MentionPass(const nlp::Document& doc, const ActorResources& resources, const syntax::PosTagger& tagger);

    // 1. Tagger spans, trimmed ("the", punctuation, lower-case tails), persons cut at
    //    titles ("FBI Director Christopher Wray"), two places split ("Moscow and
    //    Washington"), typed by `classify` (gazetteer facts over the tagger's type).
    void take_tagger_spans(const std::vector<ner::EntityMention>& spans);
    // 1b. Capitalised runs ending in an organisation word ("House Homeland Security
    //     Committee") replace the tagger names inside them.
    void find_org_word_runs();
    // 1c. "Bank of Canada", "University of Michigan", "Museum of Modern Art": an organisation
    //     word, "of" and a capitalised run are one organisation, over the names inside it.
    void join_of_names();
    // 1d. "Economic Community of West African States (ECOWAS)": a capitalised run (with
    //     "of", "for", "and", "the" inside) whose capitalised words' initials spell the acronym
    //     in brackets right after it is one organisation, over the names inside it, and so is
    //     the acronym.
    void join_spelled_acronyms();
    // 2a. Capitalised runs ending in a landform or facility word ("Changi International
    //     Airport") are LOC, or extend a name the tagger ended right before them.
    void find_landform_places();
    // 2a'. "Jusman Syafii Djamal, minister of transport, said": a run of two to four
    //     capitalised words the tagger left, opening a sentence or after a lower-case word,
    //     followed by a comma and a role title (news's apposition of a person's office) is a
    //     person.
    void find_titled_appositions();
    // 2. Countries, capitals, demonyms and known organisations the tagger missed; sorts names.
    void find_gazetteer_names();
    // 2'. A dateline: a line opening with a place in capitals before a date or an agency
    //     ("MOSCOW, Sept 25", "FRANKFURT 1997-02-08", "AL-AIN , United Arab Emirates
    //     1996-12-06", "WASHINGTON (Reuters)"): the place is a GPE name; sorts names.
    void find_datelines();
    // 2b. Text without letter case: "US" alone and a lone organisation noun are no names.
    void drop_case_blind_cruft();
    // 2d. A lone word in capitals inside mixed-case text ("FBI", "HSBC") that the tagger,
    //     the gazetteer and the steps before left, never written in lower case and not a
    //     common acronym (assets/lexicon/en/common_acronyms.txt: "GDP", "CEO") nor a short
    //     word written in capitals ("NEW", lexicon/en/short_words.txt), nor beside another word
    //     in capitals (shouting), is an organisation.
    void find_acronyms();
    // 2c. Context that overrules the tagger's person guess (actor_context_type.h).
    void retype_by_context();
    // 3. One type per surface form (majority vote; longer names of the document lean it).
    void vote_types();
    // 3'. "Ford Taurus": a person whose first word is an organisation of the document is a product.
    void mark_maker_products();
    // 3''. A one-word place the document also calls an organisation is the organisation.
    void retype_org_places();
    // 3'''. In whole articles, a one-word person never named in full nor after a title is an organisation.
    void retype_lone_people();
    // 3b. Names (and organisations' short forms, people's surnames) found again where the tagger missed them.
    void refind_names();
    // 3c. Capitalised words written so at least twice inside sentences, never in lower case.
    void find_repeated_capitals();
    // 3d. Defined terms of contracts and filings ("Acme Inc. (the \"Borrower\")", "\"Person\"
    //     means …") are roles, not names: every name so written is dropped. Not acronyms,
    //     nor a word of the name they stand for ("Silicon Valley Bank (\"Bank\")").
    void drop_defined_terms();
    // 3e. A one-word organisation or person the tagger found that the document also writes
    //     in lower case ("Trustee" and "the trustee", "Section", "PAGE") is a common word
    //     written capitalised (a defined term, a heading), not a name: dropped. Not names the
    //     gazetteer knows (organisations, first and last names), nor products.
    void drop_common_words();
    // 4. A demonym right before an organisation joins it, a demonym name or one no name took;
    //    sorts names first if steps 3b/3c added any.
    void join_demonyms();
    // 5. Titles before people, cut off names they were tagged inside, tied to an organisation.
    void attach_titles();
    // 6. How far each mention reaches (actor_extent.h).
    void mark_extents();

    MentionSet& set() { return out_; }
    const MentionSet& set() const { return out_; }
    MentionSet take() { return std::move(out_); }

private:
    // What step 3 learnt of the document's names, read by the steps 3' to 3''' after it.
    struct Votes {
        std::vector<std::vector<std::string>> long_orgs, long_people;   // folded words of 2+ word names
        std::unordered_map<std::string, std::vector<std::size_t>> orgs_by_first, people_by_word;
        std::unordered_map<std::string, std::map<int, int>> count;      // folded form -> type -> votes
        ActorType voted(const std::string& form, ActorType current) const;
    };

    std::string_view tok(std::size_t i) const { return doc_.token_text(i); }
    std::string phrase(std::size_t first, std::size_t end) const;
    std::vector<bool> covered() const;                 // tokens inside some name
    bool contraction_stem(std::size_t i) const;        // "Don" of "Don't": a verb, never a name
    void sort_names();
    void replace_names(const std::vector<bool>& replaced, std::vector<NameMention>& added);
    bool dateline_tail(std::size_t k) const;
    std::size_t of_name_end(const nlp::Sentence& sent, std::size_t k) const;
    bool defines(std::size_t open, std::size_t close) const;
    void take_span(const ner::EntityMention& e, std::size_t& claimed);
    bool split_person_at_titles(NameMention& m, ner::EntityType& type, std::size_t& claimed);
    void split_two_places(NameMention& m, ner::EntityType type);
    void run_org_words(const nlp::Sentence& sent, const std::vector<int>& owner, std::vector<bool>& replaced,
                       std::vector<NameMention>& added) const;
    std::unordered_map<std::string, ActorType> known_forms(std::size_t& longest) const;
    void tie_title(TitleMention& t, std::size_t j, int shrunk, const std::vector<int>& name_ending_at);

    const nlp::Document& doc_;
    const ActorResources& res_;
    const gazetteer::Gazetteer& gaz_;                  // res_.gazetteer
    const syntax::PosTagger& tagger_;
    bool case_blind_ = false;                          // capitals say nothing: all upper or no capitals
    bool article_ = false;                             // a whole article, not a snippet (6+ sentences)
    std::vector<bool> caps_line_;                      // the token's line has letters in capitals only (a headline)
    bool unsorted_ = false;                            // 3b/3c appended names out of order
    std::unordered_set<std::string> lower_seen_;       // folded words written in lower case somewhere
    Votes votes_;
    MentionSet out_;
};

// Sets type and gazetteer facts of a name from its words and the tagger's type; false
// when it is not a name (MISC that is no demonym). Exposed for its unit test.
bool classify_name(const nlp::Document& doc, const gazetteer::Gazetteer& gaz, ner::EntityType tagged, NameMention& m);

}  // namespace lede::actors
