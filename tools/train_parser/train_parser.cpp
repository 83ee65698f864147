// train_parser.cpp — trains the dependency parser of src/core/syntax/dependency_parser.h on
// UD English EWT (CC BY-SA 4.0) and writes its model (assets/models/parser.bin).
//
// usage: lede_train_parser --data DIR [--out FILE] [--epochs N] [--bits B] [--folds K]
//                          [--max-dropped D] [--min-subtype C] [--min-count K]
//   DIR holds en_ewt-ud-{train,dev}.conllu. The parser sees our own POS tags: on train
//   those of K taggers each trained without one K-th of the sentences (jackknifing, so the
//   tags are as wrong as at run time), on dev the shipped tagger's (assets/models/pos.bin).
//   Relations: deprels with a subtype seen >= C times keep it, the others lose it.
//   Training: greedy arc-hybrid with the dynamic oracle (Goldberg & Nivre 2013); the first
//   epoch follows the oracle, later ones follow the model's own move 9 times in 10.
//   Features whose bucket is hit fewer than K times on the oracle's path through the training
//   set are never learnt (a count cut-off: most rows of the model are otherwise features seen
//   once, each costing its row's label mask in the file).
//   The averaged weights are quantised to int8 and weights with |w| <= D dropped; dev
//   UAS/LAS are of that model (what ships), written in the packed form (nlp/perceptron_pack.h).
//   Deterministic: same data and flags, same bytes.
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <limits>
#include <map>
#include <string>
#include <vector>

#include "environment.h"
#include "nlp/perceptron.h"
#include "syntax/arc_hybrid.h"
#include "syntax/dependency_parser.h"
#include "syntax/parser_features.h"
#include "syntax/pos_tagger.h"

namespace {

using lede::syntax::ArcHybrid;
using lede::syntax::Move;
using lede::syntax::MoveKind;

struct Sentence {
    std::vector<std::string> words, gold_tags, tags, deprels;
    std::vector<int> heads;   // 0-based, -1 for the root
};

std::vector<std::string> split_tabs(const std::string& line) {
    std::vector<std::string> out;
    std::string cur;
    for (char c : line) {
        if (c == '\t') out.push_back(cur), cur.clear();
        else cur.push_back(c);
    }
    out.push_back(cur);
    return out;
}

std::vector<Sentence> read_conllu(const std::string& path) {
    std::vector<Sentence> out;
    std::ifstream in(path);
    if (!in) {
        std::fprintf(stderr, "lede_train_parser: cannot read %s\n", path.c_str());
        std::exit(2);
    }
    Sentence cur;
    std::string line;
    while (std::getline(in, line)) {
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (line.empty()) {
            if (!cur.words.empty()) out.push_back(std::move(cur));
            cur = Sentence();
            continue;
        }
        if (line[0] == '#') continue;
        const auto f = split_tabs(line);
        if (f.size() < 8 || f[0].find_first_of("-.") != std::string::npos) continue;  // ranges, empty nodes
        std::string tag = f[3];
        if (tag == "VERB") tag = f[4].rfind("VB", 0) == 0 ? f[4] : "VB";   // as tools/train_pos
        cur.words.push_back(f[1]);
        cur.gold_tags.push_back(tag);
        cur.heads.push_back(std::atoi(f[6].c_str()) - 1);
        cur.deprels.push_back(f[7]);
    }
    if (!cur.words.empty()) out.push_back(std::move(cur));
    return out;
}

std::vector<std::string_view> views(const std::vector<std::string>& v) { return {v.begin(), v.end()}; }

std::uint64_t next(std::uint64_t& rng) {
    rng = rng * 6364136223846793005ull + 1442695040888963407ull;
    return rng >> 33;
}

// Tags for the training sentences from `folds` taggers, each trained (as tools/train_pos,
// 2^16 buckets, 8 epochs) without the sentences it then tags.
void jackknife_tags(std::vector<Sentence>& train, int folds) {
    std::map<std::string, int> ids;
    for (const auto& s : train)
        for (const auto& t : s.gold_tags) ids.emplace(t, 0);
    std::vector<std::string> labels;
    for (auto& [name, id] : ids) id = static_cast<int>(labels.size()), labels.push_back(name);
    lede::nlp::FeatureSequence seq;
    const auto features = [&](const Sentence& s) {
        seq.clear();
        const auto w = views(s.words);
        for (std::size_t i = 0; i < w.size(); ++i) lede::syntax::PosTagger::add_features(w, i, seq);
    };
    for (int k = 0; k < folds; ++k) {
        lede::nlp::PerceptronTrainer trainer(labels, 16);
        std::vector<std::size_t> order;
        for (std::size_t i = 0; i < train.size(); ++i)
            if (static_cast<int>(i % static_cast<std::size_t>(folds)) != k) order.push_back(i);
        std::uint64_t rng = 0x9E3779B97F4A7C15ull + static_cast<std::uint64_t>(k);
        for (int e = 0; e < 8; ++e) {
            for (std::size_t i = order.size(); i > 1; --i) std::swap(order[i - 1], order[next(rng) % i]);
            for (std::size_t i : order) {
                features(train[i]);
                std::vector<int> gold;
                for (const auto& t : train[i].gold_tags) gold.push_back(ids[t]);
                trainer.learn(seq, gold);
            }
        }
        const lede::nlp::Perceptron model = trainer.averaged(8);
        std::size_t right = 0, total = 0;
        for (std::size_t i = static_cast<std::size_t>(k); i < train.size(); i += static_cast<std::size_t>(folds)) {
            features(train[i]);
            const auto got = model.tag(seq);
            train[i].tags.clear();
            for (std::size_t j = 0; j < got.size(); ++j) {
                train[i].tags.push_back(model.labels()[static_cast<std::size_t>(got[j])]);
                right += train[i].tags.back() == train[i].gold_tags[j];
                ++total;
            }
        }
        std::fprintf(stderr, "jackknife fold %d/%d: tag accuracy %.2f%%\n", k + 1, folds, 100.0 * right / total);
    }
}

std::string universal(const std::string& deprel) { return deprel.substr(0, deprel.find(':')); }

struct Score {
    double uas = 0, las = 0;
};

// UAS / LAS over all words, punctuation included; labels compared on their universal part
// (as the CoNLL 2018 shared task's LAS).
Score evaluate(const lede::syntax::DependencyParser& parser, const std::vector<Sentence>& data) {
    std::size_t total = 0, head = 0, both = 0;
    for (const auto& s : data) {
        const auto parse = parser.parse(views(s.words), s.tags);
        for (std::size_t i = 0; i < s.words.size(); ++i) {
            ++total;
            if (parse.heads[i] != s.heads[i]) continue;
            ++head;
            both += universal(parse.labels[i]) == universal(s.deprels[i]);
        }
    }
    return {100.0 * head / total, 100.0 * both / total};
}

}  // namespace

int main(int argc, char** argv) {
    std::string data, out = "assets/models/parser.bin";
    int epochs = 6, folds = 4, max_dropped = 0, min_subtype = 1000, min_count = 6;
    unsigned bits = 19;
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string k = argv[i], v = argv[i + 1];
        if (k == "--data") data = v;
        else if (k == "--out") out = v;
        else if (k == "--epochs") epochs = std::atoi(v.c_str());
        else if (k == "--bits") bits = static_cast<unsigned>(std::atoi(v.c_str()));
        else if (k == "--folds") folds = std::atoi(v.c_str());
        else if (k == "--max-dropped") max_dropped = std::atoi(v.c_str());
        else if (k == "--min-subtype") min_subtype = std::atoi(v.c_str());
        else if (k == "--min-count") min_count = std::atoi(v.c_str());
        else {
            std::fprintf(stderr, "lede_train_parser: unknown flag %s\n", k.c_str());
            return 2;
        }
    }
    if (data.empty()) {
        std::fprintf(stderr, "usage: lede_train_parser --data DIR [--out FILE] [--epochs N] [--bits B] [--folds K] "
                             "[--max-dropped D] [--min-subtype C] [--min-count K]\n");
        return 2;
    }
    auto train = read_conllu(data + "/en_ewt-ud-train.conllu");
    auto dev = read_conllu(data + "/en_ewt-ud-dev.conllu");
    const auto& tagger = lede::cli::process_resources().syntax.tagger;
    if (!tagger.ready()) {
        std::fprintf(stderr, "lede_train_parser: the POS model (assets/models/pos.bin) does not load\n");
        return 2;
    }
    for (auto& s : dev) s.tags = tagger.tag(views(s.words));
    if (folds >= 2) {
        jackknife_tags(train, folds);
    } else {
        for (auto& s : train) s.tags = tagger.tag(views(s.words));
    }

    // Relations: frequent subtypes kept.
    std::map<std::string, int> counts;
    for (const auto& s : train)
        for (const auto& d : s.deprels) ++counts[d];
    const auto relation_of = [&](const std::string& d) {
        const auto it = counts.find(d);
        return it != counts.end() && (it->second >= min_subtype || d.find(':') == std::string::npos) ? d : universal(d);
    };
    std::map<std::string, int> relation_ids;
    for (const auto& [d, c] : counts) relation_ids.emplace(relation_of(d), 0);
    std::vector<std::string> relations;
    for (auto& [name, id] : relation_ids) id = static_cast<int>(relations.size()), relations.push_back(name);
    const int R = static_cast<int>(relations.size());
    const auto labels = lede::syntax::DependencyParser::labels_for_model(relations);

    const auto gold_of = [&](const Sentence& s, std::vector<int>& heads, std::vector<int>& rels) {
        const int n = static_cast<int>(s.words.size());
        heads = s.heads;
        for (auto& h : heads) h = h < 0 ? n : h;   // the root is position n
        rels.clear();
        for (const auto& d : s.deprels) rels.push_back(relation_ids[relation_of(d)]);
    };
    lede::nlp::FeatureSequence seq, kept;
    // Bucket counts along the oracle's path (the first zero-cost move at each state).
    std::vector<std::uint32_t> bucket_count(std::size_t{1} << bits, 0);
    const std::uint32_t bucket_mask = (1u << bits) - 1;
    if (min_count > 1) {
        for (const auto& s : train) {
            std::vector<int> gh, gl;
            gold_of(s, gh, gl);
            const lede::syntax::ParserInput in(views(s.words), s.tags);
            ArcHybrid state(s.words.size());
            while (!state.done()) {
                seq.clear();
                lede::syntax::add_parser_features(state, in, seq);
                for (const std::uint32_t* h = seq.begin(0); h != seq.end(0); ++h) ++bucket_count[*h & bucket_mask];
                int chosen = -1, low = std::numeric_limits<int>::max();
                for (int m = 0; m < static_cast<int>(labels.size()); ++m) {
                    const Move mv = lede::syntax::move_of(m, R);
                    if (!state.legal(mv.kind)) continue;
                    const int c = state.cost(mv, gh, gl);
                    if (c < low) low = c, chosen = m;
                }
                state.apply(lede::syntax::move_of(chosen, R));
            }
        }
    }
    lede::nlp::PerceptronTrainer trainer(labels, bits);
    std::vector<std::size_t> order(train.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::uint64_t rng = 0x243F6A8885A308D3ull;
    std::vector<float> scores(labels.size());
    std::vector<int> costs(labels.size());
    for (int e = 0; e < epochs; ++e) {
        for (std::size_t i = order.size(); i > 1; --i) std::swap(order[i - 1], order[next(rng) % i]);
        std::size_t wrong = 0, steps = 0;
        for (std::size_t k : order) {
            const Sentence& s = train[k];
            std::vector<int> gold_heads, gold_labels;
            gold_of(s, gold_heads, gold_labels);
            const lede::syntax::ParserInput in(views(s.words), s.tags);
            ArcHybrid state(s.words.size());
            while (!state.done()) {
                seq.clear();
                lede::syntax::add_parser_features(state, in, seq);
                if (min_count > 1) {   // the rare features, dropped (the bias is the first)
                    kept.clear();
                    kept.begin_token();
                    for (const std::uint32_t* h = seq.begin(0) + 1; h != seq.end(0); ++h)
                        if (bucket_count[*h & bucket_mask] >= static_cast<std::uint32_t>(min_count)) kept.add_hash(*h);
                    std::swap(seq, kept);
                }
                trainer.scores(seq, 0, scores.data());
                int guess = -1, best_gold = -1, min_cost = std::numeric_limits<int>::max();
                for (int m = 0; m < static_cast<int>(labels.size()); ++m) {
                    const Move mv = lede::syntax::move_of(m, R);
                    costs[static_cast<std::size_t>(m)] = -1;
                    if (!state.legal(mv.kind)) continue;
                    costs[static_cast<std::size_t>(m)] = state.cost(mv, gold_heads, gold_labels);
                    min_cost = std::min(min_cost, costs[static_cast<std::size_t>(m)]);
                    if (guess < 0 || scores[static_cast<std::size_t>(m)] > scores[static_cast<std::size_t>(guess)]) guess = m;
                }
                for (int m = 0; m < static_cast<int>(labels.size()); ++m) {
                    if (costs[static_cast<std::size_t>(m)] != min_cost) continue;
                    if (best_gold < 0 || scores[static_cast<std::size_t>(m)] > scores[static_cast<std::size_t>(best_gold)]) best_gold = m;
                }
                const bool miss = costs[static_cast<std::size_t>(guess)] != min_cost;
                wrong += miss;
                ++steps;
                trainer.learn_one(seq, 0, best_gold, miss ? guess : best_gold);
                const bool explore = e > 0 && next(rng) % 10 != 0;
                state.apply(lede::syntax::move_of(explore ? guess : best_gold, R));
            }
        }
        std::fprintf(stderr, "epoch %d: %.2f%% of moves not optimal\n", e + 1, 100.0 * wrong / steps);
    }
    lede::nlp::Perceptron model = trainer.averaged(8);
    const std::size_t dropped = max_dropped > 0 ? model.prune(max_dropped) : 0;
    const std::string bytes = model.to_packed_bytes();   // nlp/perceptron_pack.h: the page's weight
    auto parser = lede::syntax::DependencyParser::from_model(std::move(model));
    if (!parser) {
        std::fprintf(stderr, "lede_train_parser: the model does not load as a parser\n");
        return 1;
    }
    std::ofstream(out, std::ios::binary).write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    const Score d = evaluate(*parser, dev);
    std::printf("relations %d, moves %zu, %zu weights dropped, model %zu bytes -> %s\n"
                "EWT dev (our POS): UAS %.2f LAS %.2f\n",
                R, labels.size(), dropped, bytes.size(), out.c_str(), d.uas, d.las);
    return 0;
}
