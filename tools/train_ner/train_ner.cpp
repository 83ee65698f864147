// train_ner.cpp — trains Lede's NER model (assets/models/ner.bin) on the licence-clean
// corpora in /work/shared/data/train. Run through tools/train_ner.sh.
//
// usage: lede_train_ner [--data DIR] [--out FILE] [--epochs N] [--bits B] [--weight-bits 8|16]
//                       [--seed S] [--no-wikigold] [--no-gum] [--news-weight N] [--dev-too]
//                       [--btc SECTIONS] [--wnut17] [--sec-filings] [--domain-copies tw,sec]
//                       [--checkpoint FILE]
// Train: UNER English EWT train + GUM train split + wikigold (all); optionally the Broad
// Twitter Corpus sections named (e.g. "abefgh"; f is news and journalist accounts), WNUT 2017
// train+dev and SEC filings train (never WNUT 2017 test or SEC filings test: evidence);
// --domain-copies gives the features of tweets and posts ("tw") and/or filings ("sec")
// domain-marked copies (ner_features.h), plus lower- and
// upper-cased copies of a few documents (so that text without capitals, or in capitals,
// still gets sensible tags). Dev (printed each epoch): UNER EWT dev. Test (printed at
// the end, never used to choose anything): UNER PUD and GUM test. --dev-too trains on UNER
// EWT dev and GUM dev as well (more data; the dev figure printed is then a training figure).
// Deterministic: the same flags give the same bytes. --checkpoint FILE writes the run's
// state there after every epoch and, when FILE holds a state of a run with the same flags,
// resumes after its epoch (an interrupted run then ends with the same bytes as an unbroken one).
#include <algorithm>
#include <cstdlib>
#include <array>
#include <tuple>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iterator>
#include <map>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "actors/gazetteer.h"
#include "asset_source.h"
#include "actors/ner_features.h"
#include "corpora.h"
#include "nlp/perceptron.h"

using namespace lede;

namespace {

struct Prepared {
    nlp::FeatureSequence features;
    std::vector<int> gold;                        // BILOU label indices
};

int label_of(const std::string& name) {
    const auto& labels = ner::ner_labels();
    for (std::size_t i = 0; i < labels.size(); ++i)
        if (labels[i] == name) return static_cast<int>(i);
    return 0;
}

std::vector<int> to_bilou(const std::vector<std::string>& bio) {
    std::vector<int> out(bio.size(), 0);
    for (std::size_t i = 0; i < bio.size(); ++i) {
        if (bio[i] == "O") continue;
        const std::string type = bio[i].substr(2);
        const bool begins = bio[i][0] == 'B';
        const bool continues = i + 1 < bio.size() && bio[i + 1] == "I-" + type;
        const char* p = begins ? (continues ? "B-" : "U-") : (continues ? "I-" : "L-");
        out[i] = label_of(p + type);
    }
    return out;
}

struct Span {
    std::size_t start, end;
    std::string type;
    bool operator<(const Span& o) const { return std::tie(start, end, type) < std::tie(o.start, o.end, o.type); }
};

std::vector<Span> spans_of_bio(const std::vector<std::string>& bio) {
    std::vector<Span> out;
    for (std::size_t i = 0; i < bio.size(); ++i) {
        if (bio[i][0] != 'B') continue;
        std::size_t j = i + 1;
        while (j < bio.size() && bio[j] == "I-" + bio[i].substr(2)) ++j;
        out.push_back({i, j, bio[i].substr(2)});
    }
    return out;
}

std::vector<Span> spans_of_labels(const std::vector<int>& tags) {
    const auto& labels = ner::ner_labels();
    std::vector<Span> out;
    for (std::size_t i = 0; i < tags.size(); ++i) {
        const std::string& l = labels[static_cast<std::size_t>(tags[i])];
        if (l[0] == 'U') out.push_back({i, i + 1, l.substr(2)});
        if (l[0] == 'B') {
            std::size_t j = i + 1;
            while (j < tags.size() && labels[static_cast<std::size_t>(tags[j])][0] == 'I') ++j;
            if (j < tags.size() && labels[static_cast<std::size_t>(tags[j])][0] == 'L') out.push_back({i, j + 1, l.substr(2)});
            i = j;
        }
    }
    return out;
}

std::vector<std::vector<std::string_view>> views(const train::Document& doc) {
    std::vector<std::vector<std::string_view>> out;
    for (const auto& s : doc) out.emplace_back(s.words.begin(), s.words.end());
    return out;
}

// `domains[d]`: "" for edited and web prose, else the domain whose feature copies document d
// also gets (see ner::sentence_features).
void prepare(const gazetteer::Gazetteer& gaz, const std::vector<train::Document>& docs, const std::vector<std::string>& domains,
             std::vector<Prepared>& out) {
    for (std::size_t d = 0; d < docs.size(); ++d) {
        const auto& doc = docs[d];
        const auto sentences = views(doc);
        const auto evidence = ner::document_evidence(sentences);
        for (std::size_t k = 0; k < doc.size(); ++k) {
            Prepared p;
            ner::sentence_features(sentences[k], evidence, gaz, p.features, domains[d]);
            p.gold = to_bilou(doc[k].tags);
            out.push_back(std::move(p));
        }
    }
}

train::Document recased(const train::Document& doc, bool upper) {
    train::Document out = doc;
    for (auto& s : out)
        for (auto& w : s.words)
            for (auto& c : w)
                if (upper ? (c >= 'a' && c <= 'z') : (c >= 'A' && c <= 'Z')) c = static_cast<char>(c + (upper ? 'A' - 'a' : 'a' - 'A'));
    return out;
}

// Exact-span F1 over PER/ORG/LOC (and MISC separately) of `model` on `docs`.
void evaluate(const gazetteer::Gazetteer& gaz, const char* name, const nlp::Perceptron& model,
              const std::vector<train::Document>& docs) {
    std::map<std::string, std::array<std::size_t, 3>> counts;  // type -> tp, predicted, gold
    for (const auto& doc : docs) {
        const auto sentences = views(doc);
        const auto evidence = ner::document_evidence(sentences);
        for (std::size_t k = 0; k < doc.size(); ++k) {
            nlp::FeatureSequence f;
            ner::sentence_features(sentences[k], evidence, gaz, f);
            const auto pred = spans_of_labels(model.tag(f));
            const auto gold = spans_of_bio(doc[k].tags);
            for (const auto& p : pred) {
                ++counts[p.type][1];
                if (std::find_if(gold.begin(), gold.end(), [&](const Span& g) { return !(g < p) && !(p < g); }) != gold.end()) ++counts[p.type][0];
            }
            for (const auto& g : gold) ++counts[g.type][2];
        }
    }
    std::array<std::size_t, 3> main{0, 0, 0};
    std::printf("  %-10s", name);
    for (const auto& [type, c] : counts) {
        const double p = c[1] ? 100.0 * c[0] / c[1] : 0, r = c[2] ? 100.0 * c[0] / c[2] : 0;
        std::printf(" %s %.1f", type.c_str(), p + r > 0 ? 2 * p * r / (p + r) : 0.0);
        if (type != "MISC")
            for (int i = 0; i < 3; ++i) main[i] += c[i];
    }
    const double p = main[1] ? 100.0 * main[0] / main[1] : 0, r = main[2] ? 100.0 * main[0] / main[2] : 0;
    std::printf(" | PER+ORG+LOC P %.1f R %.1f F1 %.1f\n", p, r, p + r > 0 ? 2 * p * r / (p + r) : 0.0);
    std::fflush(stdout);
}

// A checkpoint: the flags it belongs to, the epochs done, the shuffle's generator and order,
// and the trainer's state. Written to FILE.tmp and renamed, so a run killed while writing
// leaves the previous checkpoint whole.
struct Checkpoint {
    std::string flags;
    int epoch = 0;
    std::string rng;
    std::vector<std::size_t> order;
    std::string trainer;
};

void write_checkpoint(const std::string& path, const Checkpoint& c) {
    std::string out = "lede-ner-checkpoint 1\n" + c.flags + "\n" + std::to_string(c.epoch) + "\n" + c.rng + "\n" +
                      std::to_string(c.order.size()) + "\n";
    out.append(reinterpret_cast<const char*>(c.order.data()), c.order.size() * sizeof(std::size_t));
    out += c.trainer;
    const std::string tmp = path + ".tmp";
    {
        std::ofstream f(tmp, std::ios::binary);
        f.write(out.data(), static_cast<std::streamsize>(out.size()));
        if (!f) return;
    }
    std::rename(tmp.c_str(), path.c_str());
}

bool read_checkpoint(const std::string& path, Checkpoint& c) {
    std::ifstream f(path, std::ios::binary);
    if (!f) return false;
    std::string head, size;
    if (!std::getline(f, head) || head != "lede-ner-checkpoint 1") return false;
    std::string epoch;
    if (!std::getline(f, c.flags) || !std::getline(f, epoch) || !std::getline(f, c.rng) || !std::getline(f, size)) return false;
    c.epoch = std::atoi(epoch.c_str());
    c.order.resize(static_cast<std::size_t>(std::atoll(size.c_str())));
    f.read(reinterpret_cast<char*>(c.order.data()), static_cast<std::streamsize>(c.order.size() * sizeof(std::size_t)));
    c.trainer.assign(std::istreambuf_iterator<char>(f), std::istreambuf_iterator<char>());
    return static_cast<bool>(f) || f.eof();
}

}  // namespace

int main(int argc, char** argv) {
    std::string data = "/work/shared/data/train", out = "assets/models/ner.bin";
    int epochs = 8, bits = 18, weight_bits = 8;
    unsigned seed = 7;
    bool wikigold = true, gum = true, dev_too = false;
    std::string btc_sections;                     // BTC section letters to train on ("" = none)
    bool wnut17 = false, sec_filings = false;
    std::string domain_copies;                    // "tw", "sec" or "tw,sec": who gets domain-marked feature copies
    const auto copies = [&](const char* domain) { return domain_copies.find(domain) != std::string::npos ? domain : ""; };
    std::string checkpoint;                       // file of the run's state after each epoch ("" = none)
    std::string flags;                            // the flags that shape the model, for the checkpoint
    int news_weight = 1;                          // copies of GUM and wikigold (edited prose, closer to news than EWT)
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        const auto next = [&]() -> std::string { return i + 1 < argc ? argv[++i] : ""; };
        if (a == "--data") data = next();
        else if (a == "--out") out = next();
        else if (a == "--epochs") epochs = std::atoi(next().c_str());
        else if (a == "--bits") bits = std::atoi(next().c_str());
        else if (a == "--weight-bits") weight_bits = std::atoi(next().c_str());
        else if (a == "--seed") seed = static_cast<unsigned>(std::atoi(next().c_str()));
        else if (a == "--no-wikigold") wikigold = false;
        else if (a == "--no-gum") gum = false;
        else if (a == "--dev-too") dev_too = true;
        else if (a == "--btc") btc_sections = next();
        else if (a == "--wnut17") wnut17 = true;
        else if (a == "--sec-filings") sec_filings = true;
        else if (a == "--domain-copies") domain_copies = next();
        else if (a == "--news-weight") news_weight = std::max(1, std::atoi(next().c_str()));
        else if (a == "--checkpoint") { checkpoint = next(); continue; }
        else {
            std::fprintf(stderr, "lede_train_ner: unknown argument %s\n", a.c_str());
            return 2;
        }
    }
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if (a == "--checkpoint" || a == "--out") { ++i; continue; }   // where things go changes no weight
        flags += a;
        flags += ' ';
    }
    std::vector<train::Document> train_docs = train::read_uner(data + "/uner_english_ewt/prelim_train_2022-12/en_ewt-ud-train.iob2");
    std::printf("uner ewt train: %zu docs\n", train_docs.size());
    if (gum) {
        const auto g = train::read_gum(data + "/gum/dep", train::gum_split(data + "/gum/splits.md", "train"));
        std::printf("gum train: %zu docs\n", g.size());
        for (int k = 0; k < news_weight; ++k) train_docs.insert(train_docs.end(), g.begin(), g.end());
    }
    if (wikigold) {
        const auto w = train::read_conll_io(data + "/wikigold/wikigold.conll.txt");
        std::printf("wikigold: %zu docs\n", w.size());
        for (int k = 0; k < news_weight; ++k) train_docs.insert(train_docs.end(), w.begin(), w.end());
    }
    if (dev_too) {
        const auto d = train::read_uner(data + "/uner_english_ewt/with_OTH_devtest_2023-05/en_ewt-ud-dev.iob2");
        train_docs.insert(train_docs.end(), d.begin(), d.end());
        if (gum) {
            const auto g = train::read_gum(data + "/gum/dep", train::gum_split(data + "/gum/splits.md", "dev"));
            for (int k = 0; k < news_weight; ++k) train_docs.insert(train_docs.end(), g.begin(), g.end());
        }
        std::printf("with UNER EWT dev and GUM dev\n");
    }
    std::vector<std::string> domains(train_docs.size());
    for (const char section : btc_sections) {
        const auto b = train::read_conll_io(data + "/btc/CONLL-format/data/" + section + ".conll", true);
        std::printf("btc %c: %zu tweets\n", section, b.size());
        train_docs.insert(train_docs.end(), b.begin(), b.end());
        domains.resize(train_docs.size(), copies("tw"));
    }
    if (wnut17) {
        for (const char* split : {"train/wnut17train.conll", "dev/emerging.dev.conll"}) {
            const auto w = train::read_conll_io(data + "/wnut17/CONLL-format/data/" + split, true);
            std::printf("wnut17 %s: %zu posts\n", split, w.size());
            train_docs.insert(train_docs.end(), w.begin(), w.end());
            domains.resize(train_docs.size(), copies("tw"));
        }
    }
    if (sec_filings) {
        const auto f = train::read_sec_filings(data + "/sec_filings/CONLL-format/data/train/FIN5.txt");
        std::printf("sec filings train: %zu docs\n", f.size());
        train_docs.insert(train_docs.end(), f.begin(), f.end());
        domains.resize(train_docs.size(), copies("sec"));
    }
    std::mt19937 rng(seed);
    const std::size_t originals = train_docs.size();
    for (std::size_t d = 0; d < originals; ++d) {
        const unsigned roll = rng() % 100;
        if (roll < 6) train_docs.push_back(recased(train_docs[d], false));
        else if (roll < 10) train_docs.push_back(recased(train_docs[d], true));
        const std::string domain = domains[d];
        domains.resize(train_docs.size(), domain);
    }
    const auto dev = train::read_uner(data + "/uner_english_ewt/release/en_ewt-ud-dev.iob2");

    // The gazetteer the core reads (its features), from $LEDE_ASSETS, else the source tree's assets/.
    const char* asset_env = std::getenv("LEDE_ASSETS");
    assets::LoadReport report;
    const gazetteer::Gazetteer gaz =
        gazetteer::Gazetteer::load(assets::Source::folder(asset_env && *asset_env ? asset_env : LEDE_DEFAULT_ASSET_DIR), report);
    if (!report.ok()) std::fprintf(stderr, "lede_train_ner: %s\n", report.describe().c_str());

    std::vector<Prepared> examples;
    prepare(gaz, train_docs, domains, examples);
    std::size_t tokens = 0;
    for (const auto& e : examples) tokens += e.gold.size();
    std::printf("training on %zu sentences, %zu tokens, %d epochs, 2^%d buckets\n", examples.size(), tokens, epochs, bits);

    nlp::PerceptronTrainer trainer(ner::ner_labels(), static_cast<unsigned>(bits));
    trainer.set_transition_mask(nlp::bio_transition_mask(ner::ner_labels()));
    std::vector<std::size_t> order(examples.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    int first_epoch = 1;
    if (Checkpoint c; !checkpoint.empty() && read_checkpoint(checkpoint, c)) {
        std::istringstream rng_state(c.rng);
        if (c.flags == flags && c.order.size() == order.size() && c.epoch < epochs && (rng_state >> rng) &&
            trainer.restore(c.trainer)) {
            order = std::move(c.order);
            first_epoch = c.epoch + 1;
            std::printf("resumed from %s after epoch %d\n", checkpoint.c_str(), c.epoch);
        } else {
            std::printf("%s is another run's checkpoint (or the last epoch's): starting afresh\n", checkpoint.c_str());
            rng.seed(seed);   // reading it may have moved the generator: replay the recasing rolls
            for (std::size_t d = 0; d < originals; ++d) rng();
        }
    }
    for (int epoch = first_epoch; epoch <= epochs; ++epoch) {
        std::shuffle(order.begin(), order.end(), rng);
        std::size_t wrong = 0;
        for (const std::size_t i : order) wrong += trainer.learn(examples[i].features, examples[i].gold);
        std::printf("epoch %d: %.2f%% tokens wrong\n", epoch, 100.0 * wrong / tokens);
        std::fflush(stdout);
        if (!checkpoint.empty() && epoch < epochs) {
            std::ostringstream rng_state;
            rng_state << rng;
            write_checkpoint(checkpoint, {flags, epoch, rng_state.str(), order, trainer.state()});
        }
        if (epoch == epochs || epoch % 2 == 0) evaluate(gaz, "ewt-dev", trainer.averaged(weight_bits), dev);
    }
    const nlp::Perceptron model = trainer.averaged(weight_bits);
    const std::string bytes = model.to_bytes();
    std::ofstream(out, std::ios::binary).write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    std::printf("wrote %s: %zu bytes\n", out.c_str(), bytes.size());
    if (!checkpoint.empty()) std::remove(checkpoint.c_str());   // the run is done: its state is the model now

    evaluate(gaz, "pud-test", model, train::read_uner(data + "/uner_english_pud/en_pud-ud-test.iob2"));
    if (gum) evaluate(gaz, "gum-test", model, train::read_gum(data + "/gum/dep", train::gum_split(data + "/gum/splits.md", "test")));
    return 0;
}
