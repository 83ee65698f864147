// document.h — what the panes read: one Analysis plus the indexes the UI needs to draw it
// fast (highlight marks sorted by position, actor ids to indices, mention and relation
// counts), the current selection and what the selection lights up. The panes never
// change the Analysis; selecting something in any pane changes `Selection`, and every pane
// draws from the same `Highlight`, which is how linked selection works.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "analysis.h"

namespace lede::app {

// A span of article.text the Article pane paints: an actor mention or a time expression.
struct Mark {
    enum class Kind { Mention, Time };
    Span span;
    Kind kind = Kind::Mention;
    int index = -1;                                   // into actors or times
    MentionKind mention = MentionKind::Name;
};

struct Document {
    Analysis analysis;
    std::string input;                                // the repaired input removed[] points into (keep_input)
    std::string origin;                               // "sample", "paste", "share", "restore", ...
    double analyse_ms = 0;
    bool from_share = false;

    std::vector<Mark> marks;                          // sorted by span.start
    std::size_t longest_mark = 0;
    std::vector<int> mention_count;                   // per actor
    std::vector<int> relation_count;                  // per actor, as source or target
    std::unordered_map<std::string, int> actor_index;

    void build_indexes();
    // Keeps the input removed[] points into, rebuilt from the two flavours the analysis was
    // asked about (`text`, `html`) as the analysis says it was cleaned (Analysis::input):
    // the HTML, or the text also when the core fell back to it. Left empty when there is
    // nothing removed or the analysis does not say (then no removed piece is shown).
    void keep_input(std::string_view text, std::string_view html);
    int actor(const std::optional<std::string>& id) const;
    bool empty() const { return analysis.article.text.empty(); }
};

struct Selection {
    enum class Kind { None, Actor, Relation, Time };
    Kind kind = Kind::None;
    int index = -1;
    unsigned serial = 0;                              // bumps on every change: panes scroll to it
    bool from_article = false;                        // the article does not jump when it chose

    void set(Kind k, int i, bool article = false) {
        if (k == kind && i == index) { kind = Kind::None; index = -1; }
        else { kind = k; index = i; }
        from_article = article;
        ++serial;
    }
    void clear() { kind = Kind::None; index = -1; ++serial; }
    bool is(Kind k, int i) const { return kind == k && index == i; }
};

// What the selection lights up, in article.text and in the other panes.
struct Highlight {
    std::vector<Span> sentences;                      // the sentences involved
    std::vector<Span> spans;                          // the exact mentions, triggers, dates
    std::vector<char> actors;                         // per actor: lit up
    std::vector<char> relations;                      // per relation
    std::vector<char> times;                          // per time
    bool any = false;

    static Highlight of(const Document& doc, const Selection& sel);
};

// The sentence of `text` around byte `pos`: from after the previous ". " / "? " / "! " or
// paragraph break to the next one. A UI approximation; relations carry exact sentences.
Span sentence_around(const std::string& text, std::size_t pos);

}  // namespace lede::app
