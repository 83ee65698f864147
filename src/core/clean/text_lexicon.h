// text_lexicon.h — the word and phrase lists the text cleaner reads from assets/clean/.
//
// Everything language-specific the text cleaner knows is data: for every language listed
// in assets/clean/languages.txt it loads assets/clean/<lang>/
//   stopwords.txt      function words (prose density, language guess)
//   lines.txt          reason<TAB>line: whole lines that are page furniture
//   phrases.txt        reason<TAB>phrase[<TAB>any-length]: phrases that mark a short line
//                      (or, with any-length, any line) as furniture
//   byline_cues.txt    words opening a byline ("by", "written by")
//   byline_roles.txt   job titles printed after a name ("Writer", "Founder")
//   byline_labels.txt  texts in a byline's place that name no one ("Updated", "min read")
//   photo_cues.txt     words around a name in an author photo's alt text ("Picture of")
//   date_cues.txt      published|updated<TAB>words naming which date a dateline gives
//   list_bullets.txt   line openings that make a list item
//   ui_fragments.txt   pieces of icon and control names that run together ("cameraicon")
// Loaded once with the stage's resources (clean_resources.h); a missing file is named in the
// load report and gives an empty list (the cleaner then keeps more).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "../asset_source.h"

namespace lede {

// A phrase that marks a line as furniture (phrases.txt).
struct TextPhrase {
    std::string text;                          // lower case
    std::string reason;
    bool any_length = false;                   // also decides long lines
};

// The lexicon's phrases indexed by their first two bytes (a flat table of 65,536 buckets),
// so that a line is read once instead of once per phrase: the phrase search was the
// largest cost of cleaning a big paste.
struct PhraseIndex {
    std::vector<std::uint32_t> start;          // bucket b holds ids[start[b] .. start[b + 1])
    std::vector<std::uint32_t> ids;            // phrase indexes, ascending within a bucket
    std::vector<std::uint32_t> short_ids;      // phrases under two bytes (searched the slow way)

    static PhraseIndex build(const std::vector<TextPhrase>& phrases);

    // Index of the first phrase (in lexicon order) found in `lower` that may decide a line
    // of `chars` code points, or npos.
    std::size_t first_match(std::string_view lower, std::size_t chars, const std::vector<TextPhrase>& phrases) const;
};

struct TextLexicon {
    using Phrase = TextPhrase;
    std::unordered_map<std::string, std::unordered_set<std::string>> stopwords;   // by language
    std::unordered_set<std::string> all_stopwords;
    std::unordered_map<std::string, std::string> lines;                           // normalised line -> reason
    std::vector<Phrase> phrases;
    PhraseIndex phrase_index;                                                     // of `phrases`
    std::vector<std::string> ui_fragments;
    std::vector<std::string> byline_cues;                                         // longest first
    std::unordered_set<std::string> byline_roles, byline_labels;                  // lower case
    std::vector<std::string> photo_cues;                                          // "picture of", "'s avatar"
    std::vector<std::string> published_cues, updated_cues;                        // lower case
    std::vector<std::string> list_bullets;                                        // UTF-8 sequences

    // Reads the lists above for `languages` (those of assets/clean/languages.txt).
    static TextLexicon load(const assets::Source& source, const std::vector<std::string>& languages,
                            assets::LoadReport& report);
};

// Which date a printed date is, by the cue word nearest before it ("Updated on Sep 25").
enum class DateCue { None, Published, Updated };

// The cue nearest before byte `before` of `lower` (lower-case text), whole words only;
// a published cue after an updated one wins ("Updated Oct 1 · Published Sep 25").
DateCue date_cue_before(std::string_view lower, std::size_t before, const TextLexicon& lexicon);

// Position of `word` in `hay` (both lower case) at word boundaries, searching backwards
// from `before`; npos when absent.
std::size_t find_word_before(std::string_view hay, std::string_view word, std::size_t before);

// Lower-cases ASCII, collapses runs of spaces, and trims everything that is not a letter at
// both ends (punctuation, counts, arrows, bullets): "  Comments (12) " -> "comments".
// Looks at most at `limit` bytes of `line` (so it stays cheap on a huge line).
std::string normalize_line(std::string_view line, std::size_t limit = 240);

}  // namespace lede
