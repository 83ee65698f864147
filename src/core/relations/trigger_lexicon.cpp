// trigger_lexicon.cpp — see trigger_lexicon.h. Patterns are indexed by every form of their
// first word, so matching costs one hash look-up per token plus the few candidates.
#include "trigger_lexicon.h"


#include "../assets.h"
#include "lexicon_text.h"

namespace lede::relations {
namespace {

std::vector<std::string> split_classes(const std::string& s) {
    std::vector<std::string> out;
    std::size_t at = 0;
    while (at <= s.size()) {
        std::size_t bar = s.find('|', at);
        if (bar == std::string::npos) bar = s.size();
        if (bar > at) out.push_back(s.substr(at, bar - at));
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

TriggerLexicon TriggerLexicon::from_text(std::string_view triggers, std::string_view irregular) {
    std::unordered_map<std::string, std::vector<std::string>> irregular_forms;
    for (const auto& line : lexicon_lines(irregular)) {
        auto words = split_words(line);
        if (words.size() < 2) continue;
        auto& forms = irregular_forms[words[0]];
        forms.insert(forms.end(), words.begin() + 1, words.end());
    }

    TriggerLexicon lex;
    for (const auto& line : lexicon_lines(triggers)) {
        auto words = split_words(line);
        if (words.size() < 3) continue;
        Pattern p;
        p.classes = split_classes(words[0]);
        const std::string& kind = words[1];
        p.kind = kind == "v" ? TriggerKind::Verb : kind == "n" ? TriggerKind::Noun : TriggerKind::Words;
        const std::size_t n = words.size() - 2;
        p.head_slot = p.kind == TriggerKind::Noun ? n - 1 : 0;
        for (std::size_t i = 0; i < n; ++i) {
            const std::string& w = words[i + 2];
            Slot slot;
            if (w == "_") {
                slot.gap = true;
            } else if (i == p.head_slot && p.kind == TriggerKind::Verb) {
                for (auto& f : verb_forms(w)) slot.forms.emplace(f.text, f.form);
                auto irr = irregular_forms.find(w);
                if (irr != irregular_forms.end())
                    for (const auto& f : irr->second) {
                        // "-s" forms ("says", "goes") are third person; the others past or participle.
                        const bool third = f.size() > 1 && f.back() == 's' && f != "was";
                        slot.forms.emplace(f, third ? VerbForm::ThirdPerson : VerbForm::Past);
                    }
            } else if (i == p.head_slot && p.kind == TriggerKind::Noun) {
                for (auto& f : noun_forms(w)) slot.forms.emplace(f, VerbForm::Base);
            } else {
                slot.forms.emplace(w, VerbForm::Base);
            }
            p.slots.push_back(std::move(slot));
        }
        if (p.slots.empty() || p.slots.front().gap || p.classes.empty()) continue;
        const std::size_t index = lex.patterns_.size();
        for (const auto& f : p.slots.front().forms) lex.by_first_word_[f.first].push_back(index);
        lex.patterns_.push_back(std::move(p));
    }
    return lex;
}

const TriggerLexicon& TriggerLexicon::shared() {
    static const TriggerLexicon lex = from_text(assets::read("events/triggers.tsv").value_or(""),
                                                assets::read("events/irregular_verbs.txt").value_or(""));
    return lex;
}

std::size_t TriggerLexicon::match_at(const Pattern& p, const std::vector<std::string>& words, std::size_t at,
                                     std::size_t& head, VerbForm& form) const {
    // Slots match in order; a gap takes the fewest words (0..3) that let the rest match.
    struct Frame {
        std::size_t slot, pos;
    };
    std::vector<Frame> stack{{0, at}};
    while (!stack.empty()) {
        Frame f = stack.back();
        stack.pop_back();
        if (f.slot == p.slots.size()) return f.pos - at;
        const Slot& s = p.slots[f.slot];
        if (s.gap) {
            // Push the longest skips first so the shortest is tried first.
            for (std::size_t skip = 3 + 1; skip-- > 0;) {
                bool ok = f.pos + skip <= words.size();
                for (std::size_t k = 0; ok && k < skip; ++k) ok = !is_punctuation(words[f.pos + k]);
                if (ok) stack.push_back({f.slot + 1, f.pos + skip});
            }
            continue;
        }
        if (f.pos >= words.size()) continue;
        auto it = s.forms.find(words[f.pos]);
        if (it == s.forms.end()) continue;
        if (f.slot == p.head_slot) {
            head = f.pos;
            form = it->second;
        }
        stack.push_back({f.slot + 1, f.pos + 1});
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

    for (std::size_t i = 0; i < words.size();) {
        const std::string_view raw = doc.token_text(first + i);
        const bool name_like = i > 0 && !headline && starts_upper(raw);
        auto cands = name_like ? by_first_word_.end() : by_first_word_.find(words[i]);
        std::size_t best_len = 0, best = 0, best_head = 0;
        VerbForm best_form = VerbForm::Base;
        if (cands != by_first_word_.end()) {
            for (std::size_t pi : cands->second) {
                std::size_t head = i;
                VerbForm form = VerbForm::Base;
                const std::size_t len = match_at(patterns_[pi], words, i, head, form);
                if (len > 0 && !tag_fits(patterns_[pi], head, form, len)) continue;
                if (len > best_len) best_len = len, best = pi, best_head = head, best_form = form;
            }
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
        TriggerMatch m;
        m.first = first + i;
        m.end = first + i + best_len;
        m.head = first + best_head;
        m.kind = p.kind;
        m.form = best_form;
        m.classes = p.classes;
        out.push_back(std::move(m));
        i += best_len;
    }
    return out;
}

}  // namespace lede::relations
