// modality.h — is an event asserted, negated, proposed, possible, required, future or denied?
//
// Reads the cue words of assets/events/modality_cues.tsv in the trigger's verb group (the
// few words before it, back to punctuation or a clause word) and in the clause that governs
// it ("Putin proposed that ...", "Moscow denied that ...").
// Contract: `read` never looks outside the sentence [sentence_first, trigger_first).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "../analysis.h"
#include "../nlp/document.h"

namespace lede::relations {

struct ModalityReading {
    bool negated = false;
    Modality modality = Modality::Asserted;
};

// The KIND column of modality_cues.tsv: an enum, so a kind the code names cannot be misspelt
// (a kind of the data that is none of these is reported, see ModalityCues::from_text).
enum class CueKind {
    Negation,     // negation: "not", "never" (read on its own: "will not" is future and negated)
    Future,       // future: "will", "plans to"
    Possible,     // possible: "may", "could"
    Required,     // required: "must", "has to"
    Proposed,     // proposed: "offered", "proposes"
    Denied,       // denied: "refused to", "denied"
    Reversal,     // reversal: "called off", "lifted" (parse_modality.h: an event noun undone)
};

// The kind a name of the data file stands for ("future" -> Future), or nothing.
std::optional<CueKind> cue_kind_named(std::string_view name);

// The modality a cue kind names (Future -> Future; Negation and Reversal -> Asserted).
Modality modality_of_kind(CueKind kind);
// The stronger of two modalities (denied > required > proposed > future > possible > asserted).
Modality stronger_modality(Modality a, Modality b);

class ModalityCues {
public:
    // `unknown`, when given, receives the kinds of the text that are no CueKind, as "cue kind
    // 'x'" (their lines are skipped).
    static ModalityCues from_text(std::string_view cues, std::vector<std::string>* unknown = nullptr);

    // `words`: the normalised words of the sentence; `trigger`: index of the trigger's first
    // word in it; `trigger_word`: its head, normalised (an "offer" is itself a proposal).
    ModalityReading read(const std::vector<std::string>& words, std::size_t trigger,
                         const std::string& trigger_word) const;

    // Length in words of a cue of `kind` starting at words[i] (0 when none starts there).
    std::size_t cue_length_at(const std::vector<std::string>& words, std::size_t i, CueKind kind) const;

private:
    struct Cue {
        std::vector<std::string> words;
        CueKind kind = CueKind::Negation;
    };
    // The cue ending at words[end-1] (longest first), or nullptr.
    const Cue* cue_ending_at(const std::vector<std::string>& words, std::size_t end) const;
    std::vector<Cue> cues_;
};

}  // namespace lede::relations
