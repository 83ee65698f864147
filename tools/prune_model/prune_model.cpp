// prune_model.cpp — drops the smallest weights of a trained perceptron model (.bin) to make
// the page lighter: `lede_prune_model --in M.bin --out M.bin --max-dropped N` zeroes every
// feature weight whose integer magnitude is at most N. Measure the model's figures after
// pruning (the trainers' dev/test accuracy, bench/actors.sh) before committing the result.
// Several --in models (trained alike, e.g. with other seeds) are first averaged into one
// (Perceptron::mean: the ensemble's scores in one model's size), then pruned.
// The output keeps the (first) input's form (nlp/perceptron_pack.h), or is packed with --pack 1.
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include "nlp/perceptron.h"
#include "nlp/perceptron_pack.h"

int main(int argc, char** argv) {
    std::vector<std::string> ins;
    std::string out;
    int max_dropped = 1;
    bool pack = false;
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string k = argv[i], v = argv[i + 1];
        if (k == "--in") ins.push_back(v);
        else if (k == "--out") out = v;
        else if (k == "--max-dropped") max_dropped = std::atoi(v.c_str());
        else if (k == "--pack") pack = v == "1";
        else {
            std::fprintf(stderr, "lede_prune_model: unknown flag %s\n", k.c_str());
            return 2;
        }
    }
    if (ins.empty() || out.empty()) {
        std::fprintf(stderr, "usage: lede_prune_model --in M.bin [--in M2.bin ...] --out M.bin [--max-dropped N] [--pack 1]\n");
        return 2;
    }
    std::vector<lede::nlp::Perceptron> models;
    std::size_t in_bytes = 0;
    for (const std::string& in : ins) {
        std::ifstream file(in, std::ios::binary);
        std::ostringstream bytes;
        bytes << file.rdbuf();
        in_bytes = bytes.str().size();
        if (models.empty())
            pack = pack || bytes.str().compare(0, sizeof lede::nlp::kPackedMagic,
                                               std::string(lede::nlp::kPackedMagic, sizeof lede::nlp::kPackedMagic)) == 0;
        auto model = lede::nlp::Perceptron::from_bytes(bytes.str());
        if (!model) {
            std::fprintf(stderr, "lede_prune_model: %s is not a model\n", in.c_str());
            return 1;
        }
        models.push_back(std::move(*model));
    }
    auto model = models.size() == 1 ? std::optional<lede::nlp::Perceptron>(std::move(models[0])) : lede::nlp::Perceptron::mean(models);
    if (!model) {
        std::fprintf(stderr, "lede_prune_model: the models differ in labels or buckets\n");
        return 1;
    }
    if (ins.size() > 1) {
        in_bytes = model->to_bytes().size();
        std::printf("mean of %zu models: %zu bytes\n", ins.size(), in_bytes);
    }
    const std::size_t dropped = model->prune(max_dropped);
    const std::string pruned = pack ? model->to_packed_bytes() : model->to_bytes();
    std::ofstream(out, std::ios::binary).write(pruned.data(), static_cast<std::streamsize>(pruned.size()));
    std::printf("dropped %zu weights; %zu -> %zu bytes -> %s\n", dropped, in_bytes, pruned.size(), out.c_str());
    return 0;
}
