// event_predicates.cpp — see event_predicates.h. One pass over the sentence's tags.
#include "event_predicates.h"

#include "../syntax/pos_tagger.h"
#include "lexicon_text.h"

namespace lede::relations {
namespace {

// The verb form a Penn verb tag stands for (passive detection reads it).
std::optional<VerbForm> verb_form(const std::string& tag) {
    if (tag == "VB" || tag == "VBP") return VerbForm::Base;
    if (tag == "VBZ") return VerbForm::ThirdPerson;
    if (tag == "VBD" || tag == "VBN") return VerbForm::Past;
    if (tag == "VBG") return VerbForm::Gerund;
    return std::nullopt;
}

bool finite(const std::string& tag) { return tag == "VBD" || tag == "VBZ" || tag == "VBP" || tag == "AUX"; }

// Headlines and other short sentences often lose their verb to a noun or adjective tag ("Ford
// posts unexpected profits", "Apple unveiled Lion, ... that brings", "Airbus parent EADS wins
// contract"). When no finite verb comes before it, a lower-case word that looks inflected (-s,
// -ed) right after an actor mention is the verb — unless a verb follows at once ("Apple shares
// fell").
bool looks_inflected(const std::string& w) {
    const bool third = w.size() > 3 && w.back() == 's' && w[w.size() - 2] != 's' && w[w.size() - 2] != '\'';
    const bool past = w.size() > 4 && w.compare(w.size() - 2, 2, "ed") == 0;
    return third || past;
}

std::optional<std::size_t> missed_verb(const SentenceView& s) {
    std::size_t scanned = s.first;      // tokens before it hold no finite verb
    for (const MentionRef& m : s.mentions) {
        const std::size_t t = m.end;
        if (t >= s.end) break;
        for (; scanned < t; ++scanned)
            if (finite(s.tag(scanned))) return std::nullopt;
        if (s.tag(t) != "NOUN" && s.tag(t) != "ADJ") continue;
        if (starts_upper(s.doc->token_text(t)) || !looks_inflected(s.word(t))) continue;
        if (t + 1 < s.end && (finite(s.tag(t + 1)) || syntax::is_verb_tag(s.tag(t + 1)))) continue;
        return t;
    }
    return std::nullopt;
}

}  // namespace

EventNouns EventNouns::from_text(std::string_view text) {
    EventNouns out;
    for (const auto& line : lexicon_lines(text))
        for (const auto& word : split_words(line))
            for (auto& form : noun_forms(word)) out.forms_.insert(std::move(form));
    return out;
}

std::vector<TriggerMatch> event_predicates(const SentenceView& s, const EventNouns& nouns) {
    std::vector<TriggerMatch> out;
    if (!s.tagged()) return out;
    const std::optional<std::size_t> missed = missed_verb(s);
    auto trigger = s.triggers.begin();       // in text order, not overlapping
    auto mention = s.mentions.begin();       // sorted by first token
    for (std::size_t t = s.first; t < s.end; ++t) {
        while (trigger != s.triggers.end() && trigger->end <= t) ++trigger;
        if (trigger != s.triggers.end() && trigger->first <= t) continue;
        bool in_mention = false;
        for (auto m = mention; m != s.mentions.end() && m->first <= t; ++m) in_mention |= t < m->end;
        while (mention != s.mentions.end() && mention->end <= t && mention->first <= t) ++mention;
        if (in_mention) continue;
        const std::string& tag = s.tag(t);
        TriggerMatch m;
        m.first = m.head = t;
        m.end = t + 1;
        if (missed == t) {
            m.kind = TriggerKind::Verb;
            m.form = s.word(t).back() == 's' ? VerbForm::ThirdPerson : VerbForm::Past;
        } else if (const auto form = verb_form(tag)) {
            // "Boeing", "Beijing": a capitalised -ing word inside a sentence is a name
            if (tag == "VBG" && t > s.first && starts_upper(s.doc->token_text(t))) continue;
            m.kind = TriggerKind::Verb;
            m.form = *form;
        } else if (tag == "NOUN" && nouns.is(s.word(t))) {
            m.kind = TriggerKind::Noun;
        } else {
            continue;
        }
        out.push_back(std::move(m));
    }
    return out;
}

}  // namespace lede::relations
