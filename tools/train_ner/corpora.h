// corpora.h — readers for the NER training corpora in /work/shared/data/train (tools only).
//
// Every reader gives documents of sentences of (word, BIO tag) with tags over PER, ORG,
// LOC and MISC: WNUT's person/location/corporation+group become PER/LOC/ORG (product and
// creative-work O); UNER's OTH (nationalities, groups) and CoNLL's MISC become MISC; UNER's
// stray "B-O" becomes O. GUM's nested entities are flattened by the rule in
// gum/SOURCE.txt: outermost mention whose head words are all PROPN, trimmed to the
// PROPN run around the head; person/organization/place -> PER/ORG/LOC, time and
// quantity dropped, other types MISC.
#pragma once

#include <set>
#include <string>
#include <vector>

namespace lede::train {

struct Sentence {
    std::vector<std::string> words;
    std::vector<std::string> tags;                // BIO: "O", "B-PER", "I-PER", ...
};

using Document = std::vector<Sentence>;

// UNER .iob2 (index, word, tag, ...), documents split at "# newdoc".
std::vector<Document> read_uner(const std::string& path);
// CoNLL "word ... tag" lines (last column; IO or BIO tags: wikigold, BTC, WNUT 2017, SEC
// filings), documents split at -DOCSTART-, or at every blank line if `sentence_documents`
// (tweets and posts, which are unrelated to each other).
std::vector<Document> read_conll_io(const std::string& path, bool sentence_documents = false);
// SEC filings (Salinas Alvarado et al. 2015): the role words "Borrower"/"Lender" tagged PER
// become O (CONTRACT.md calls them nominals); MISC stays MISC.
std::vector<Document> read_sec_filings(const std::string& path);
// GUM CoNLL-U files of `dir` whose base name (no .conllu) is in `names`.
std::vector<Document> read_gum(const std::string& dir, const std::set<std::string>& names);
// Document names of one split ("train", "dev", "test") listed in GUM's splits.md.
std::set<std::string> gum_split(const std::string& splits_md, const std::string& split);

}  // namespace lede::train
