// trigger_lexicon.cpp — see trigger_lexicon.h. Patterns are indexed by every form of their
// first word, so matching costs one hash look-up per token plus the few candidates.
#include "trigger_lexicon.h"

#include <cstdint>


#include "lexicon_text.h"

namespace lede::relations {
namespace {

// "AGREE|SAY" -> {Agree, Say}; a name that is no EventClass goes to `unknown` (when given):
// "event class 'AGRE'".
std::vector<EventClass> split_classes(const std::string& s, std::vector<std::string>* unknown) {
    std::vector<EventClass> out;
    std::size_t at = 0;
    while (at <= s.size()) {
        std::size_t bar = s.find('|', at);
        if (bar == std::string::npos) bar = s.size();
        if (bar > at) {
            const std::string name = s.substr(at, bar - at);
            if (const auto c = event_class_named(name)) out.push_back(*c);
            else if (unknown) unknown->push_back("event class '" + name + "'");
        }
        at = bar + 1;
    }
    return out;
}

// Title-case headlines ("Putin Offers US Exchange Of Guarantees") capitalise verbs too.
bool title_case(const nlp::Document& doc, std::size_t first, std::size_t end) {
    std::size_t words = 0, upper = 0;
    for (std::size_t t = first; t < end; ++t) {
        const std::string_view w = doc.token_text(t);
        if (is_punctuation(w) || w.size() < 4) continue;
        ++words;
        upper += starts_upper(w);
    }
    return words >= 3 && upper * 10 >= words * 7;
}

}  // namespace

namespace {

// Irregular forms are given without their kind: "-ing" is the gerund, "-s" ("says", "goes")
// the third person, any other the past or participle.
VerbForm irregular_form(const std::string& f) {
    if (f.size() > 4 && f.compare(f.size() - 3, 3, "ing") == 0) return VerbForm::Gerund;
    const bool third = f.size() > 1 && f.back() == 's' && f != "was";
    return third ? VerbForm::ThirdPerson : VerbForm::Past;
}

std::vector<std::string> split_underscores(const std::string& s) {
    std::vector<std::string> out;
    std::size_t at = 0;
    while (at <= s.size()) {
        std::size_t u = s.find('_', at);
        if (u == std::string::npos) u = s.size();
        if (u > at) out.push_back(s.substr(at, u - at));
        at = u + 1;
    }
    return out;
}

using IrregularForms = std::unordered_map<std::string, std::vector<std::string>>;

void add_verb_forms(std::unordered_map<std::string, VerbForm>& forms, const std::string& base,
                    const IrregularForms& irregular) {
    for (auto& f : verb_forms(base)) forms.emplace(f.text, f.form);
    auto irr = irregular.find(base);
    if (irr != irregular.end())
        for (const auto& f : irr->second) forms.emplace(f, irregular_form(f));
}

}  // namespace

TriggerLexicon TriggerLexicon::from_text(std::string_view triggers, std::string_view irregular) {
    return from_texts({triggers}, irregular);
}

TriggerLexicon TriggerLexicon::from_texts(const std::vector<std::string_view>& dictionaries,
                                          std::string_view irregular, std::vector<std::string>* unknown) {
    IrregularForms irregular_forms;
    for (const auto& line : lexicon_lines(irregular)) {
        auto words = split_words(line);
        if (words.size() < 2) continue;
        auto& forms = irregular_forms[words[0]];
        forms.insert(forms.end(), words.begin() + 1, words.end());
    }

    // Pass 1: what patterns refer to (forms, word sets, verb families), wherever it is written.
    TriggerLexicon lex;
    std::vector<std::vector<std::vector<std::string>>> lines;
    std::unordered_map<std::string, int> set_ids;
    std::unordered_map<std::string, std::size_t> family_ids;
    std::vector<std::vector<std::string>> family_members;
    for (std::string_view text : dictionaries) {
        lines.emplace_back();
        for (const auto& line : lexicon_lines(text)) lines.back().push_back(split_words(line));
    }
    for (const auto& dict : lines)
        for (const auto& words : dict) {
            // (a word set may be declared empty, "&currency": its patterns then match nothing)
            const bool set_line = words[0].size() > 1 && words[0][0] == '&';
            if (words.size() < 2 && !set_line) continue;
            if (words[0] == "=" && words.size() >= 3) {
                auto& forms = irregular_forms[words[1]];
                forms.insert(forms.end(), words.begin() + 2, words.end());
            } else if (set_line) {
                set_ids[words[0]] = static_cast<int>(lex.sets_.size());
                WordSet set;
                for (std::size_t i = 1; i < words.size(); ++i) {
                    auto phrase = split_underscores(words[i]);
                    if (!phrase.empty()) set.by_first[phrase.front()].push_back(std::move(phrase));
                }
                lex.sets_.push_back(std::move(set));
            } else if (words[0].size() > 1 && words[0][0] == '@') {
                family_ids[words[0]] = family_members.size();
                family_members.emplace_back(words.begin() + 1, words.end());
            }
        }
    lex.family_patterns_.resize(family_members.size());
    for (std::size_t fam = 0; fam < family_members.size(); ++fam)
        for (const auto& member : family_members[fam]) {
            auto phrase = split_underscores(member);
            if (phrase.empty()) continue;
            std::unordered_map<std::string, VerbForm> forms;
            add_verb_forms(forms, phrase.front(), irregular_forms);
            for (const auto& [word, form] : forms)
                lex.family_verbs_[word].push_back({fam, {phrase.begin() + 1, phrase.end()}, form});
        }

    // Pass 2: the patterns; those after a "%fallback" line of a dictionary come after every
    // dictionary's other patterns, so they lose every tie.
    std::vector<const std::vector<std::string>*> ordered, fallback;
    for (const auto& dict : lines) {
        bool late = false;
        for (const auto& words : dict) {
            if (words.size() == 1 && words[0] == "%fallback") late = true;
            (late ? fallback : ordered).push_back(&words);
        }
    }
    ordered.insert(ordered.end(), fallback.begin(), fallback.end());
    for (const auto* line : ordered) {
        const auto& words = *line;
        if (words.size() < 3 || words[0] == "=" || words[0][0] == '&' || words[0][0] == '@') continue;
        Pattern p;
        p.classes = split_classes(words[0], unknown);
        const std::string& kind = words[1];
        if (kind != "v" && kind != "n" && kind != "w") {
            if (unknown) unknown->push_back("pattern kind '" + kind + "'");
            continue;
        }
        p.kind = kind == "v" ? TriggerKind::Verb : kind == "n" ? TriggerKind::Noun : TriggerKind::Words;
        std::size_t from = 2;
        std::size_t family = SIZE_MAX;
        if (p.kind == TriggerKind::Verb && words[2][0] == '@') {
            auto fam = family_ids.find(words[2]);
            if (fam == family_ids.end()) {
                if (unknown) unknown->push_back("verb family '" + words[2] + "'");
                continue;
            }
            family = fam->second;
            from = 3;   // the verb is matched through the family; the slots are what follows
        }
        const std::size_t n = words.size() - from;
        p.head_slot = family != SIZE_MAX ? SIZE_MAX : p.kind == TriggerKind::Noun ? n - 1 : 0;
        bool ok = true;
        for (std::size_t i = 0; i < n; ++i)
            p.slots.push_back(make_slot(words[i + from], i == p.head_slot, p.kind, set_ids, irregular_forms, ok, unknown));
        if (!ok || p.slots.empty() || p.classes.empty()) continue;
        const std::size_t index = lex.patterns_.size();
        if (family != SIZE_MAX) {
            lex.family_patterns_[family].push_back(index);
        } else {
            if (p.slots.front().gap || p.slots.front().set >= 0) continue;
            for (const auto& f : p.slots.front().forms) lex.by_first_word_[f.first].push_back(index);
        }
        lex.patterns_.push_back(std::move(p));
    }
    return lex;
}

TriggerLexicon::Slot TriggerLexicon::make_slot(const std::string& w, bool head, TriggerKind kind,
                                              const std::unordered_map<std::string, int>& set_ids,
                                              const IrregularForms& irregular, bool& ok, std::vector<std::string>* unknown) {
    Slot slot;
    if (w == "_") {
        slot.gap = true;
    } else if (w.size() > 1 && w[0] == '&') {
        auto set = set_ids.find(w);
        if (set != set_ids.end()) {
            slot.set = set->second;
        } else {
            ok = false;
            if (unknown) unknown->push_back("word set '" + w + "'");
        }
    } else if (head && kind == TriggerKind::Verb) {
        add_verb_forms(slot.forms, w, irregular);
    } else if (head && kind == TriggerKind::Noun) {
        for (auto& f : noun_forms(w)) slot.forms.emplace(f, VerbForm::Base);
    } else if (kind == TriggerKind::Verb) {
        // The object of a verb pattern may be plural ("froze _ asset": "froze their
        // assets"); such a loose match gives way to an exact one of the same length
        // ("lift _ sanctions" over "lift _ sanction"). ThirdPerson marks it loose.
        slot.forms.emplace(w, VerbForm::Base);
        for (auto& f : noun_forms(w)) slot.forms.emplace(f, VerbForm::ThirdPerson);
    } else {
        slot.forms.emplace(w, VerbForm::Base);
    }
    return slot;
}

std::size_t TriggerLexicon::match_slots(const Pattern& p, const std::vector<std::string>& words, std::size_t pos,
                                        std::size_t& head, VerbForm& form, std::size_t& loose,
                                        std::vector<Frame>& stack) const {
    // Slots match in order; a gap takes the fewest words (0..3) that let the rest match.
    // `stack` is the caller's, so that trying the many patterns of a verb family allocates nothing.
    stack.clear();
    stack.push_back({0, pos, 0});
    while (!stack.empty()) {
        Frame f = stack.back();
        stack.pop_back();
        if (f.slot == p.slots.size()) {
            loose = f.loose;
            return f.pos;
        }
        const Slot& s = p.slots[f.slot];
        if (s.gap) {
            // Push the longest skips first so the shortest is tried first.
            for (std::size_t skip = 3 + 1; skip-- > 0;) {
                bool ok = f.pos + skip <= words.size();
                for (std::size_t k = 0; ok && k < skip; ++k) ok = !is_punctuation(words[f.pos + k]);
                if (ok) stack.push_back({f.slot + 1, f.pos + skip, f.loose});
            }
            continue;
        }
        if (f.pos >= words.size()) continue;
        if (s.set >= 0) {
            const auto& by_first = sets_[static_cast<std::size_t>(s.set)].by_first;
            auto it = by_first.find(words[f.pos]);
            if (it == by_first.end()) continue;
            for (const auto& phrase : it->second) {
                bool ok = f.pos + phrase.size() <= words.size();
                for (std::size_t k = 1; ok && k < phrase.size(); ++k) ok = words[f.pos + k] == phrase[k];
                if (ok) stack.push_back({f.slot + 1, f.pos + phrase.size(), f.loose});
            }
            continue;
        }
        auto it = s.forms.find(words[f.pos]);
        if (it == s.forms.end()) continue;
        const bool head_slot = f.slot == p.head_slot;
        if (head_slot) {
            head = f.pos;
            form = it->second;
        }
        const bool is_loose = !head_slot && p.kind == TriggerKind::Verb && it->second == VerbForm::ThirdPerson;
        stack.push_back({f.slot + 1, f.pos + 1, f.loose + is_loose});
    }
    return 0;
}

namespace {

bool is_verb(const std::string& tag) { return tag.size() >= 2 && tag[0] == 'V' && tag[1] == 'B'; }

bool has_finite_verb(const std::vector<std::string>& tags) {
    for (const std::string& t : tags)
        if (t == "VBD" || t == "VBZ" || t == "VBP" || t == "AUX") return true;
    return false;
}

// The tagger misreads some verbs: in headlines ("Airbus announces job cuts" comes out as a
// noun) and after adverbs ("will not publicly announce"). A sentence without any finite
// verb reads its "-s" form as the verb; a base form after an auxiliary (adverbs and "not"
// between) is a verb.
bool verb_despite_tag(const std::vector<std::string>& tags, std::size_t head, VerbForm form, bool finite_verb) {
    if (form == VerbForm::ThirdPerson) return !finite_verb;
    if (form != VerbForm::Base) return false;
    for (std::size_t k = head; k-- > 0 && head - k <= 3;) {
        if (tags[k] == "AUX") return true;
        if (tags[k] != "ADV" && tags[k] != "PART") return false;
    }
    return false;
}

}  // namespace

std::vector<TriggerMatch> TriggerLexicon::match(const nlp::Document& doc, std::size_t first, std::size_t end,
                                                const std::vector<std::string>* tags) const {
    if (tags && tags->size() != end - first) tags = nullptr;
    const bool finite_verb = tags && has_finite_verb(*tags);
    const auto tag_fits = [&](const Pattern& p, std::size_t head, VerbForm form, std::size_t len) {
        if (!tags || p.kind == TriggerKind::Words) return true;
        const std::string& t = (*tags)[head];
        if (p.kind == TriggerKind::Verb)
            return is_verb(t) || verb_despite_tag(*tags, head, form, finite_verb);
        // A compound noun of the lexicon ("hunger strike") is one whatever the tagger makes of
        // its last word ("continued their hunger strike" comes out with a verb "strike").
        return len >= 2 || t == "NOUN" || t == "PROPN" || t == "ADJ" || t == "X" || t == "NUM";
    };
    std::vector<TriggerMatch> out;
    if (first >= end || patterns_.empty()) return out;
    std::vector<std::string> words;
    words.reserve(end - first);
    for (std::size_t t = first; t < end; ++t) words.push_back(normalize_word(doc.token_text(t)));
    const bool headline = title_case(doc, first, end);
    std::vector<Frame> scratch;

    for (std::size_t i = 0; i < words.size();) {
        const std::string_view raw = doc.token_text(first + i);
        const bool name_like = i > 0 && !headline && starts_upper(raw);
        auto cands = name_like ? by_first_word_.end() : by_first_word_.find(words[i]);
        std::size_t best_len = 0, best = 0, best_head = 0, best_loose = 0, best_verb_end = 0;
        std::vector<Frame>& stack = scratch;
        VerbForm best_form = VerbForm::Base;
        // verb_end: where a family's verb ends (its trigger span), 0 for other patterns.
        const auto consider = [&](std::size_t pi, std::size_t from, std::size_t head, VerbForm form,
                                  std::size_t verb_end) {
            std::size_t loose = 0;
            const std::size_t stop = match_slots(patterns_[pi], words, from, head, form, loose, stack);
            if (stop == 0) return;
            const std::size_t len = stop - i;
            if (!tag_fits(patterns_[pi], head, form, len)) return;
            // Longest first; then exact over plural-only; then the pattern read first.
            if (len > best_len || (len == best_len && (loose < best_loose || (loose == best_loose && pi < best))))
                best_len = len, best = pi, best_head = head, best_form = form, best_loose = loose,
                best_verb_end = verb_end;
        };
        if (cands != by_first_word_.end())
            for (std::size_t pi : cands->second) consider(pi, i, i, VerbForm::Base, 0);
        // Verb families: the verb (with the rest of a phrasal verb), then each of the family's
        // object contexts after it.
        auto fams = name_like ? family_verbs_.end() : family_verbs_.find(words[i]);
        if (fams != family_verbs_.end())
            for (const FamilyVerb& v : fams->second) {
                bool ok = i + 1 + v.rest.size() <= words.size();
                for (std::size_t k = 0; ok && k < v.rest.size(); ++k) ok = words[i + 1 + k] == v.rest[k];
                if (!ok) continue;
                const std::size_t verb_end = i + 1 + v.rest.size();
                for (std::size_t pi : family_patterns_[v.family]) consider(pi, verb_end, i, v.form, verb_end);
            }
        if (best_len == 0) {
            ++i;
            continue;
        }
        // A capitalised head inside a sentence is a name ("Homeland Security"), not an event.
        if (best_head != i && !headline && starts_upper(doc.token_text(first + best_head))) {
            ++i;
            continue;
        }
        const Pattern& p = patterns_[best];
        if (p.classes.size() == 1 && p.classes.front() == EventClass::NoEvent) {   // a pattern of no event
            i += best_len;
            continue;
        }
        TriggerMatch m;
        m.first = first + i;
        // A family's object context picks the class but is not the trigger: the verb is, so that
        // the object stays an argument ("killed | three Albanians"). The context is passed over.
        m.end = first + (best_verb_end ? best_verb_end : i + best_len);
        m.head = first + best_head;
        m.kind = p.kind;
        m.form = best_form;
        m.classes = p.classes;
        m.object_context = best_verb_end != 0 && !p.slots.empty();
        out.push_back(std::move(m));
        i += best_len;
    }
    return out;
}

std::vector<EventClass> TriggerLexicon::object_classes(const std::string& verb, const std::string& object) const {
    const auto fams = family_verbs_.find(verb);
    if (fams == family_verbs_.end()) return {};
    for (const FamilyVerb& v : fams->second) {
        if (!v.rest.empty()) continue;   // phrasal verbs keep their own patterns
        for (std::size_t pi : family_patterns_[v.family]) {
            const Pattern& p = patterns_[pi];
            if (p.slots.size() != 2 || !p.slots[0].gap || p.slots[1].gap) continue;
            const Slot& s = p.slots[1];
            bool fits = false;
            if (s.set >= 0) {
                const auto& by_first = sets_[static_cast<std::size_t>(s.set)].by_first;
                const auto it = by_first.find(object);
                if (it != by_first.end())
                    for (const auto& phrase : it->second) fits = fits || phrase.size() == 1;
            } else {
                fits = s.forms.count(object) > 0;
            }
            if (fits) return p.classes;
        }
    }
    return {};
}

}  // namespace lede::relations
