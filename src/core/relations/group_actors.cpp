// group_actors.cpp — see group_actors.h. One pass over the sentence's tags; each phrase is
// bounded by a few words either side of its head.
#include "group_actors.h"

#include "quotes.h"
#include "word_forms.h"

namespace lede::relations {
namespace {

constexpr std::size_t kMaxModifiers = 4;   // "Ibo traditional elders", "500 computer hackers"

bool noun_tag(const std::string& tag) { return tag == "NOUN" || tag == "PROPN"; }

bool modifier_tag(const std::string& tag) { return tag == "ADJ" || tag == "NOUN" || tag == "PROPN" || tag == "NUM"; }

bool in_trigger(const SentenceView& s, std::size_t t) {
    for (const auto& tr : s.triggers)
        if (tr.first <= t && t < tr.end) return true;
    return false;
}

// A word that may stand before the head in its phrase: an adjective, noun, name or number, a
// hyphenated word ("Vietnamese-led"), or a participle after another modifier or a determiner
// ("NATO peacekeeping troops", "the armed men") that is no event word.
bool modifier(const SentenceView& s, const FunctionWords& words, std::size_t t) {
    const std::string& w = s.word(t);
    if (is_punctuation(w)) return false;
    if (modifier_tag(s.tag(t))) return true;
    if (w.find('-') != std::string::npos && w.front() != '-' && w.back() != '-') return true;
    if ((s.tag(t) != "VBG" && s.tag(t) != "VBN") || in_trigger(s, t)) return false;
    return t > s.first && (modifier_tag(s.tag(t - 1)) || words.is(WordClass::Determiner, s.word(t - 1)));
}

bool covered(const SentenceView& s, std::size_t first, std::size_t end) {
    for (const auto& m : s.mentions)
        if (m.first < end && first < m.end) return true;
    return false;
}

// The group noun at token h heads its phrase: it is tagged a noun and no noun follows it
// (the noun may be an event word too: "demonstrators", "suicide bombers").
bool group_head(const SentenceView& s, const FunctionWords& words, std::size_t h) {
    if (!words.is(WordClass::Group, s.word(h)) || !noun_tag(s.tag(h))) return false;
    return h + 1 >= s.end || !noun_tag(s.tag(h + 1));
}

// "workers affiliated with the Serbian Workers' Union", "inspectors of the IAEA": the group
// belongs to the actor named after it, who stands for it.
bool affiliated(const SentenceView& s, const FunctionWords& words, std::size_t end) {
    for (std::size_t t = end; t < s.end && t < end + 4; ++t) {
        if (covered(s, t, t + 1)) return t > end;
        const std::string& w = s.word(t);
        if (!words.is(WordClass::GroupAffiliation, w) && !words.is(WordClass::Determiner, w) && s.tag(t) != "VBN") return false;
    }
    return false;
}

}  // namespace

std::vector<GroupPhrase> find_group_phrases(const SentenceView& s, const FunctionWords& words) {
    std::vector<GroupPhrase> out;
    if (!s.tagged()) return out;
    std::size_t done = s.first;                 // phrases do not overlap
    for (std::size_t h = s.first; h < s.end; ++h) {
        if (h < done || !group_head(s, words, h)) continue;
        std::size_t end = h + 1;
        // "a group of Chechen refugees": the second group noun heads the phrase's "of" part.
        if (end + 1 < s.end && s.word(end) == "of") {
            std::size_t k = end + 1;
            while (k < s.end && k < end + 1 + kMaxModifiers &&
                   (words.is(WordClass::Determiner, s.word(k)) || (modifier(s, words, k) && !group_head(s, words, k))))
                ++k;
            if (k < s.end && group_head(s, words, k)) end = k + 1;
        }
        std::size_t first = h;
        while (first > s.first && first + kMaxModifiers > h && modifier(s, words, first - 1)) --first;
        const std::size_t name_first = first;
        done = end;
        if (first > s.first) {
            const std::string& before = s.word(first - 1);
            // "their supporters", "Israel's troops": someone's own people, not an actor of their own.
            if (words.is(WordClass::PossessiveGroup, before) || words.is(WordClass::PossessivePerson, before) || before == "'s" ||
                words.is(WordClass::PossessiveSpeaker, before))
                continue;
            if (words.is(WordClass::Determiner, before)) --first;
        }
        if (covered(s, first, end)) continue;
        // "Montenegro Municipality Association (AKK) officials", "the Kifaya ('Enough') group":
        // the people of the name just before.
        if (first > s.first && (s.word(first - 1) == ")" || closes_quote(*s.doc, first - 1) || covered(s, first - 1, first)))
            continue;
        if (affiliated(s, words, end)) continue;
        // "the group said": a description of an organisation named before (nominal_reference.h).
        if (first < name_first && end == h + 1 && name_first == h && words.is(WordClass::NominalOrg, s.word(h)) &&
            (s.word(first) == "the" || s.word(first) == "this"))
            continue;
        out.push_back({first, end, name_first});
    }
    return out;
}

Actor group_actor(const nlp::Document& doc, const GroupPhrase& phrase) {
    Actor a;
    a.type = ActorType::Other;
    for (std::size_t t = phrase.name_first; t < phrase.end; ++t) {
        if (t > phrase.name_first) a.name.push_back(' ');
        a.name.append(doc.token_text(t));
    }
    a.mentions.push_back({{doc.tokens[phrase.first].span.start, doc.tokens[phrase.end - 1].span.end}, MentionKind::Nominal});
    return a;
}

bool is_group_actor(const Actor& actor) {
    if (actor.type != ActorType::Other || actor.mentions.empty()) return false;
    for (const Mention& m : actor.mentions)
        if (m.kind != MentionKind::Nominal) return false;
    return true;
}

}  // namespace lede::relations
