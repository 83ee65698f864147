// event_predicates.cpp — see event_predicates.h. One pass over the sentence's tags.
#include "event_predicates.h"

#include "../assets.h"
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

}  // namespace

const EventNouns& EventNouns::shared() {
    static const EventNouns nouns = from_text(assets::read("events/event_nouns.txt").value_or(""));
    return nouns;
}

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
        if (const auto form = verb_form(tag)) {
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
