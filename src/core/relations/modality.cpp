// modality.cpp — see modality.h. The strongest cue wins: a refusal ("refused to lift")
// outranks an obligation, which outranks a proposal, a future and a possibility; negation
// is read on its own ("will not" is future and negated).
#include "modality.h"

#include <utility>

#include "lexicon_text.h"
#include "word_forms.h"

namespace lede::relations {
namespace {

int strength(Modality m) {
    switch (m) {
        case Modality::Denied: return 5;
        case Modality::Required: return 4;
        case Modality::Proposed: return 3;
        case Modality::Future: return 2;
        case Modality::Possible: return 1;
        case Modality::Asserted: return 0;
    }
    return 0;
}

Modality modality_of(CueKind kind) {
    switch (kind) {
        case CueKind::Future: return Modality::Future;
        case CueKind::Possible: return Modality::Possible;
        case CueKind::Required: return Modality::Required;
        case CueKind::Proposed: return Modality::Proposed;
        case CueKind::Denied: return Modality::Denied;
        case CueKind::Negation:
        case CueKind::Reversal: return Modality::Asserted;
    }
    return Modality::Asserted;
}

// The data file's names of the kinds.
constexpr std::pair<std::string_view, CueKind> kKindNames[] = {
    {"negation", CueKind::Negation}, {"future", CueKind::Future},     {"possible", CueKind::Possible},
    {"required", CueKind::Required}, {"proposed", CueKind::Proposed}, {"denied", CueKind::Denied},
    {"reversal", CueKind::Reversal},
};

// Words that open a new clause: the verb group of the trigger does not reach past them.
bool clause_word(const std::string& w) {
    return w == "that" || w == "which" || w == "who" || w == "whom" || w == "because" || w == "while" ||
           w == "although" || w == "if" || w == "unless" || w == "when" || w == "after" || w == "before" ||
           w == "and" || w == "but" || w == "or" || w == "as" || w == "since" || w == "where";
}

}  // namespace

std::optional<CueKind> cue_kind_named(std::string_view name) {
    for (const auto& [n, kind] : kKindNames)
        if (n == name) return kind;
    return std::nullopt;
}

Modality modality_of_kind(CueKind kind) { return modality_of(kind); }

Modality stronger_modality(Modality a, Modality b) { return strength(b) > strength(a) ? b : a; }

ModalityCues ModalityCues::from_text(std::string_view text, std::vector<std::string>* unknown) {
    ModalityCues c;
    for (const std::string& line : lexicon_lines(text)) {
        const std::vector<std::string> words = split_words(line);
        if (words.size() < 2) continue;
        const std::optional<CueKind> kind = cue_kind_named(words[0]);
        if (!kind) {
            if (unknown) unknown->push_back("cue kind '" + words[0] + "'");
            continue;
        }
        Cue cue;
        cue.kind = *kind;
        cue.words.assign(words.begin() + 1, words.end());
        c.cues_.push_back(std::move(cue));
    }
    return c;
}

const ModalityCues::Cue* ModalityCues::cue_ending_at(const std::vector<std::string>& words, std::size_t end) const {
    const Cue* best = nullptr;
    for (const auto& c : cues_) {
        const std::size_t n = c.words.size();
        if (n > end || (best && best->words.size() >= n)) continue;
        bool ok = true;
        for (std::size_t k = 0; ok && k < n; ++k) ok = words[end - n + k] == c.words[k];
        if (ok) best = &c;
    }
    return best;
}

std::size_t ModalityCues::cue_length_at(const std::vector<std::string>& words, std::size_t i,
                                       CueKind kind) const {
    std::size_t best = 0;
    for (const auto& c : cues_) {
        if (c.kind != kind || c.words.size() <= best || i + c.words.size() > words.size()) continue;
        bool ok = true;
        for (std::size_t k = 0; ok && k < c.words.size(); ++k) ok = words[i + k] == c.words[k];
        if (ok) best = c.words.size();
    }
    return best;
}

ModalityReading ModalityCues::read(const std::vector<std::string>& words, std::size_t trigger,
                                   const std::string& trigger_word) const {
    ModalityReading r;
    const auto raise = [&](Modality m) {
        if (strength(m) > strength(r.modality)) r.modality = m;
    };
    // The trigger itself: "offered", "proposes" are proposals.
    for (const auto& c : cues_)
        if (c.words.size() == 1 && c.words[0] == trigger_word && c.kind == CueKind::Proposed) raise(Modality::Proposed);

    // The verb group: up to six words back, stopping at punctuation or a clause word.
    std::size_t stop = trigger;
    for (std::size_t k = 0; k < 6 && stop > 0; ++k) {
        const std::string& w = words[stop - 1];
        if (is_punctuation(w) || clause_word(w)) break;
        --stop;
    }
    for (std::size_t end = trigger; end > stop; --end) {
        for (const auto& c : cues_) {
            const std::size_t n = c.words.size();
            if (n > end || end - n < stop) continue;
            bool ok = true;
            for (std::size_t k = 0; ok && k < n; ++k) ok = words[end - n + k] == c.words[k];
            if (!ok) continue;
            if (c.kind == CueKind::Negation) r.negated = true;
            else raise(modality_of(c.kind));
        }
    }
    // The governing clause: "<proposal or denial verb> [up to 4 words] that ... trigger".
    for (std::size_t t = trigger; t-- > 0;) {
        if (words[t] != "that") continue;
        for (std::size_t back = 1; back <= 5 && back <= t; ++back) {
            const Cue* c = cue_ending_at(words, t - back + 1);
            if (c && (c->kind == CueKind::Proposed || c->kind == CueKind::Denied) && c->words.size() == 1) {
                raise(modality_of(c->kind));
                break;
            }
            if (is_punctuation(words[t - back])) break;
        }
        break;
    }
    return r;
}

}  // namespace lede::relations
