// modality.h — is an event asserted, negated, proposed, possible, required, future or denied?
//
// Reads the cue words of assets/events/modality_cues.tsv in the trigger's verb group (the
// few words before it, back to punctuation or a clause word) and in the clause that governs
// it ("Putin proposed that ...", "Moscow denied that ...").
// Contract: `read` never looks outside the sentence [sentence_first, trigger_first).
#pragma once

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

// The modality a cue kind names ("future" -> Future; "negation" and unknown kinds -> Asserted).
Modality modality_of_kind(const std::string& kind);
// The stronger of two modalities (denied > required > proposed > future > possible > asserted).
Modality stronger_modality(Modality a, Modality b);

class ModalityCues {
public:
    static ModalityCues from_text(std::string_view cues);

    // `words`: the normalised words of the sentence; `trigger`: index of the trigger's first
    // word in it; `trigger_word`: its head, normalised (an "offer" is itself a proposal).
    ModalityReading read(const std::vector<std::string>& words, std::size_t trigger,
                         const std::string& trigger_word) const;

    // Length in words of a cue of `kind` starting at words[i] (0 when none starts there).
    std::size_t cue_length_at(const std::vector<std::string>& words, std::size_t i, const std::string& kind) const;

private:
    struct Cue {
        std::vector<std::string> words;
        std::string kind;
    };
    // Kind of the cue ending at words[end-1] (longest first), or "".
    const Cue* cue_ending_at(const std::vector<std::string>& words, std::size_t end) const;
    std::vector<Cue> cues_;
};

}  // namespace lede::relations
