// pos_tagger.cpp — see pos_tagger.h. Features after the usual recipe for perceptron
// taggers (word, affixes, shape, neighbours); the first-order transitions of the
// perceptron replace previous-tag features.
#include "pos_tagger.h"

#include "base/word_fold.h"

namespace lede::syntax {
namespace {

std::string lower(std::string_view w) { return base::folded_word(w); }

// "Xxxx", "dd", "X.X." — runs of the same class collapsed after two.
std::string shape(std::string_view w) {
    std::string out;
    char last = 0;
    int run = 0;
    for (unsigned char c : w) {
        char k = c >= 'A' && c <= 'Z' ? 'X' : c >= 'a' && c <= 'z' ? 'x' : c >= '0' && c <= '9' ? 'd' : c >= 0x80 ? 'u' : static_cast<char>(c);
        if (k == last) {
            if (++run > 2) continue;
        } else {
            run = 1;
        }
        last = k;
        out.push_back(k);
        if (out.size() >= 8) break;
    }
    return out;
}

std::string_view suffix(std::string_view w, std::size_t n) { return w.size() > n ? w.substr(w.size() - n) : w; }

}  // namespace

void PosTagger::add_features(const std::vector<std::string_view>& words, std::size_t i, nlp::FeatureSequence& seq) {
    seq.begin_token();
    const std::string w = lower(words[i]);
    seq.add("w=", w);
    seq.add("s1=", suffix(w, 1));
    seq.add("s2=", suffix(w, 2));
    seq.add("s3=", suffix(w, 3));
    seq.add("p1=", w.substr(0, 1));
    seq.add("sh=", shape(words[i]));
    if (i == 0) seq.add("first");
    const std::string prev = i > 0 ? lower(words[i - 1]) : "<s>";
    const std::string prev2 = i > 1 ? lower(words[i - 2]) : "<s>";
    const std::string next = i + 1 < words.size() ? lower(words[i + 1]) : "</s>";
    const std::string next2 = i + 2 < words.size() ? lower(words[i + 2]) : "</s>";
    seq.add("w-1=", prev);
    seq.add("w-2=", prev2);
    seq.add("w+1=", next);
    seq.add("w+2=", next2);
    seq.add("s3-1=", suffix(prev, 3));
    seq.add("s3+1=", suffix(next, 3));
    seq.add("w-1w=", prev + " " + w);
    seq.add("ww+1=", w + " " + next);
}

PosTagger PosTagger::from_model(nlp::Perceptron model) {
    PosTagger t;
    t.model_ = std::move(model);
    return t;
}

std::vector<std::string> PosTagger::tag(const std::vector<std::string_view>& words) const {
    std::vector<std::string> out;
    if (!ready() || words.empty()) return out;
    // Lede's tokenizer splits "won’t" as "won" + "’t"; UD (what the model learnt) as
    // "wo" + "n't". Rewrite such pairs to UD's form before tagging.
    std::vector<std::string> ud(words.begin(), words.end());
    for (std::size_t i = 0; i + 1 < ud.size(); ++i) {
        const std::string next = lower(ud[i + 1]);
        if (next != "'t" || ud[i].size() < 2 || (ud[i].back() != 'n' && ud[i].back() != 'N')) continue;
        ud[i].pop_back();
        ud[i + 1] = "n't";
    }
    const std::vector<std::string_view> views(ud.begin(), ud.end());
    nlp::FeatureSequence seq;
    for (std::size_t i = 0; i < views.size(); ++i) add_features(views, i, seq);
    const std::vector<int> labels = model_.tag(seq);
    out.reserve(labels.size());
    for (int l : labels) out.push_back(l >= 0 && static_cast<std::size_t>(l) < model_.labels().size() ? model_.labels()[l] : "X");
    return out;
}

bool is_verb_tag(std::string_view tag) { return (tag.size() >= 2 && tag[0] == 'V' && tag[1] == 'B') || tag == "AUX"; }

}  // namespace lede::syntax
