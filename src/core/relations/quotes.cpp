// quotes.cpp — see quotes.h. Quote marks are paired first (curly and guillemets by
// direction, straight quotes by alternation inside a paragraph), then each pair looks for
// its attribution right after the closing mark and, failing that, right before the opening.
#include "quotes.h"

#include <algorithm>

#include "nominal_reference.h"
#include "word_forms.h"

namespace lede::relations {
namespace {

enum class Mark { None, Open, Close, Toggle };

Mark mark_of(std::string_view w) {
    if (w == "“" || w == "«" || w == "„" || w == "``") return Mark::Open;
    if (w == "”" || w == "»" || w == "''") return Mark::Close;
    if (w == "\"") return Mark::Toggle;
    return Mark::None;
}

struct Pair {
    std::size_t open_first, open;     // tokens of the opening mark (two for ``)
    std::size_t close, close_last;    // tokens of the closing mark (two for '')
};

// The mark starting at token t and how many tokens it takes: a tokenizer splits the
// typewriter marks `` and '' into two tokens each.
Mark mark_at(const nlp::Document& doc, std::size_t t, std::size_t& tokens) {
    tokens = 1;
    const std::string_view w = doc.token_text(t);
    if ((w == "`" || w == "'") && t + 1 < doc.tokens.size() && doc.token_text(t + 1) == w &&
        doc.tokens[t + 1].span.start == doc.tokens[t].span.end) {
        tokens = 2;
        return w == "`" ? Mark::Open : Mark::Close;
    }
    return mark_of(w);
}

constexpr std::size_t kMaxQuoteTokens = 250;   // a long quoted passage: several sentences

std::vector<Pair> pair_marks(const nlp::Document& doc) {
    std::vector<Pair> out;
    constexpr std::size_t kNone = static_cast<std::size_t>(-1);
    std::size_t open = kNone, open_first = kNone;      // a pending opening mark
    for (std::size_t t = 0; t < doc.tokens.size(); ++t) {
        // Quotes do not run across paragraphs (a blank line); they do across lines: a quote of
        // several sentences in a text with one sentence a line, a hard-wrapped text.
        if (t > 0 && doc.tokens[t].newline_before) {
            const std::string_view between =
                doc.text.substr(doc.tokens[t - 1].span.end, doc.tokens[t].span.start - doc.tokens[t - 1].span.end);
            if (between.find('\n') != between.rfind('\n')) open = kNone;
        }
        // An opening mark left unclosed for this long was a stray one.
        if (open != kNone && t - open > kMaxQuoteTokens) open = kNone;
        std::size_t n = 1;
        const Mark m = mark_at(doc, t, n);
        const std::size_t last = t + n - 1;
        if (m == Mark::Open) {
            open_first = t, open = last;
        } else if (m == Mark::Close) {
            if (open != kNone) out.push_back({open_first, open, t, last});
            open = kNone;
        } else if (m == Mark::Toggle) {
            if (open != kNone && mark_of(doc.token_text(open)) == Mark::Toggle) {
                out.push_back({open_first, open, t, last});
                open = kNone;
            } else {
                open_first = t, open = last;
            }
        }
        t = last;
    }
    return out;
}

}  // namespace

bool closes_quote(const nlp::Document& doc, std::size_t t) {
    const Mark m = mark_of(doc.token_text(t));
    if (m == Mark::Close || m == Mark::Toggle) return true;
    std::size_t n = 1;
    return t > 0 && mark_at(doc, t - 1, n) == Mark::Close && n == 2;
}

namespace {

const TriggerMatch* say_verb_at(const std::vector<TriggerMatch>& verbs, std::size_t t) {
    auto it = std::upper_bound(verbs.begin(), verbs.end(), t,
                               [](std::size_t pos, const TriggerMatch& m) { return pos < m.first; });
    if (it == verbs.begin()) return nullptr;
    --it;
    return (it->first <= t && t < it->end && it->kind == TriggerKind::Verb) ? &*it : nullptr;
}

struct Speaker {
    std::optional<std::size_t> actor;
    bool found = false;
};

Speaker speaker_at(const nlp::Document& doc, const ActorMentionIndex& mentions, const FunctionWords& words,
                   std::size_t t) {
    Speaker s;
    if (const MentionRef* m = mentions.at(t)) {
        s.actor = m->actor;
        s.found = true;
        return s;
    }
    if (const NominalReference nominal = nominal_reference(doc, mentions, words, t); nominal.found) {
        s.actor = nominal.actor;
        s.found = true;
        return s;
    }
    const std::string w = normalize_word(doc.token_text(t));
    if (words.is(WordClass::PronounPerson, w) && w != "him" && w != "her") {
        s.actor = mentions.last_actor_before(t, {ActorType::Person});
        s.found = true;
    } else if (w == "they" || w == "it") {
        s.actor = mentions.last_actor_before(t, {ActorType::Org, ActorType::Gpe, ActorType::Norp});
        s.found = true;
    }
    return s;
}

std::size_t word_count(const nlp::Document& doc, std::size_t first, std::size_t end) {
    std::size_t n = 0;
    for (std::size_t t = first; t < end; ++t) n += !is_punctuation(doc.token_text(t));
    return n;
}

}  // namespace

std::vector<Quote> find_quotes(const nlp::Document& doc, const ActorMentionIndex& mentions,
                               const std::vector<Actor>& actors, const std::vector<TriggerMatch>& say_verbs,
                               const FunctionWords& words) {
    (void)actors;
    std::vector<Quote> out;
    const std::size_t n = doc.tokens.size();
    for (const Pair& p : pair_marks(doc)) {
        if (p.close <= p.open + 1) continue;
        std::size_t last = p.close - 1;                     // last token inside the marks
        const std::string_view last_text = doc.token_text(last);
        const bool comma_inside = last_text == ",";
        if (comma_inside && last > p.open + 1) --last;
        const std::size_t words_inside = word_count(doc, p.open + 1, last + 1);
        Quote q;
        q.quote = {doc.tokens[p.open + 1].span.start, doc.tokens[last].span.end};

        // After the closing mark: [,] ... said [speaker] / [speaker] ... said / according to X
        std::size_t t = p.close_last + 1;
        const bool comma_after = t < n && doc.token_text(t) == ",";
        if (comma_after) ++t;
        const bool lead_in = comma_inside || comma_after || last_text == "?" || last_text == "!";
        bool attributed = false;
        if (lead_in) {
            std::optional<std::size_t> before_verb;
            for (std::size_t u = t; u < n && u < t + 10; ++u) {
                const std::string w = normalize_word(doc.token_text(u));
                if (w == "according" && u + 2 < n && normalize_word(doc.token_text(u + 1)) == "to") {
                    for (std::size_t v = u + 2; v < n && v < u + 8; ++v) {
                        Speaker sp = speaker_at(doc, mentions, words, v);
                        if (sp.found) {
                            q.speaker = sp.actor;
                            break;
                        }
                        if (is_punctuation(doc.token_text(v))) break;
                    }
                    q.anchor_token = u;
                    attributed = true;
                    break;
                }
                if (const TriggerMatch* verb = say_verb_at(say_verbs, u)) {
                    // "“…,” arguing that": a participle continues the sentence; it attributes nothing.
                    if (verb->form == VerbForm::Gerund) break;
                    q.verb = *verb;
                    q.anchor_token = verb->head;
                    if (before_verb) {
                        q.speaker = speaker_at(doc, mentions, words, *before_verb).actor;
                    } else {
                        for (std::size_t v = verb->end; v < n && v < verb->end + 8; ++v) {
                            Speaker sp = speaker_at(doc, mentions, words, v);
                            if (sp.found) {
                                q.speaker = sp.actor;
                                break;
                            }
                            // "said the firm's chief executive, Alan Mulally": a title, then the name
                            const bool apposition = doc.token_text(v) == "," && v + 1 < n && mentions.at(v + 1);
                            if (is_punctuation(doc.token_text(v)) && doc.token_text(v) != "’s" && !apposition) break;
                        }
                    }
                    attributed = true;
                    break;
                }
                if (w == "." || w == ";" || mark_of(doc.token_text(u)) != Mark::None) break;
                if (speaker_at(doc, mentions, words, u).found) before_verb = u;   // the nearest to the verb wins
            }
        }
        // Before the opening mark: "Putin said: “…”", "Putin said, “…”"
        if (!attributed && p.open_first >= 2) {
            const std::string_view before = doc.token_text(p.open_first - 1);
            if (before == ":" || before == ",") {
                for (std::size_t u = p.open_first - 1; u-- > 0 && u + 8 > p.open_first;) {
                    if (const TriggerMatch* verb = say_verb_at(say_verbs, u)) {
                        q.verb = *verb;
                        q.anchor_token = verb->head;
                        for (std::size_t v = verb->first; v-- > 0 && v + 10 > verb->first;) {
                            const std::string_view vw = doc.token_text(v);
                            if (vw == "." || vw == ";" || mark_of(vw) != Mark::None) break;
                            Speaker sp = speaker_at(doc, mentions, words, v);
                            if (sp.found) {
                                q.speaker = sp.actor;
                                break;
                            }
                        }
                        if (!q.speaker)
                            for (std::size_t v = verb->end; v + 1 < p.open_first; ++v) {
                                Speaker sp = speaker_at(doc, mentions, words, v);
                                if (sp.found) {
                                    q.speaker = sp.actor;
                                    break;
                                }
                            }
                        attributed = true;
                        break;
                    }
                    const std::string_view w = doc.token_text(u);
                    if (w == "." || mark_of(w) != Mark::None) break;
                }
            }
        }
        if (!attributed || words_inside == 0) continue;
        if (words_inside < 2 && !q.speaker) continue;
        out.push_back(std::move(q));
    }
    return out;
}

}  // namespace lede::relations
