// perceptron_test.cpp — the generic averaged-perceptron tagger: learning, masks, bytes.
#include <catch2/catch.hpp>

#include "nlp/perceptron.h"

using lede::nlp::FeatureSequence;
using lede::nlp::Perceptron;
using lede::nlp::PerceptronTrainer;

namespace {

// A toy task: capitalised words after "Mr" are names (B-PER, then I-PER), else O.
FeatureSequence features(const std::vector<std::string>& words) {
    FeatureSequence seq;
    for (std::size_t i = 0; i < words.size(); ++i) {
        seq.begin_token();
        seq.add("w=", words[i]);
        seq.add("cap=", std::string(1, std::isupper(static_cast<unsigned char>(words[i][0])) ? 'Y' : 'N'));
        seq.add("prev=", i ? words[i - 1] : "<s>");
    }
    return seq;
}

std::vector<int> gold(const std::vector<std::string>& words) {
    std::vector<int> g(words.size(), 0);
    for (std::size_t i = 1; i < words.size(); ++i) {
        const bool cap = std::isupper(static_cast<unsigned char>(words[i][0]));
        if (!cap) continue;
        if (words[i - 1] == "Mr") g[i] = 1;
        else if (g[i - 1] == 1 || g[i - 1] == 2) g[i] = 2;
    }
    return g;
}

Perceptron train(int bits) {
    PerceptronTrainer trainer({"O", "B-PER", "I-PER"}, 12);
    trainer.set_transition_mask(lede::nlp::bio_transition_mask({"O", "B-PER", "I-PER"}));
    const std::vector<std::vector<std::string>> data = {
        {"we", "met", "Mr", "Smith", "today"},
        {"Mr", "John", "Brown", "said", "no"},
        {"the", "Mr", "Jones", "case"},
        {"Paris", "is", "big"},
        {"ask", "Mr", "Lee", "Kim", "now"},
    };
    for (int epoch = 0; epoch < 10; ++epoch)
        for (const auto& s : data) trainer.learn(features(s), gold(s));
    return trainer.averaged(bits);
}

}  // namespace

TEST_CASE("the trainer learns a toy tagging task and tags unseen text", "[perceptron]") {
    const Perceptron model = train(8);
    const std::vector<std::string> words = {"then", "Mr", "Adams", "Kerr", "left"};
    const auto tags = model.tag(features(words));
    REQUIRE(tags.size() == words.size());
    CHECK(model.labels()[tags[1]] == "O");
    CHECK(model.labels()[tags[2]] == "B-PER");
    CHECK(model.labels()[tags[3]] == "I-PER");
    CHECK(model.labels()[tags[4]] == "O");
}

TEST_CASE("a model survives a round trip through bytes, int8 and int16", "[perceptron]") {
    for (int bits : {8, 16}) {
        const Perceptron model = train(bits);
        const std::string bytes = model.to_bytes();
        auto loaded = Perceptron::from_bytes(bytes);
        REQUIRE(loaded);
        CHECK(loaded->labels() == model.labels());
        CHECK(loaded->to_bytes() == bytes);
        loaded->set_transition_mask(lede::nlp::bio_transition_mask(loaded->labels()));
        const auto seq = features({"see", "Mr", "Hart", "go"});
        CHECK(loaded->tag(seq) == model.tag(seq));
    }
}

TEST_CASE("corrupt or truncated bytes are refused, not crashed on", "[perceptron]") {
    const std::string bytes = train(8).to_bytes();
    CHECK_FALSE(Perceptron::from_bytes(""));
    CHECK_FALSE(Perceptron::from_bytes("LEDEPT1"));
    for (std::size_t cut = 0; cut < bytes.size(); cut += 7) CHECK_FALSE(Perceptron::from_bytes(bytes.substr(0, cut)));
    std::string flipped = bytes;
    flipped[9] = '\x7f';
    CHECK_FALSE(Perceptron::from_bytes(flipped + "x"));
}

TEST_CASE("the BILOU mask forbids inside labels without an opening", "[perceptron]") {
    const std::vector<std::string> labels = {"O", "B-PER", "I-PER", "L-PER", "U-PER"};
    const auto m = lede::nlp::bio_transition_mask(labels);
    const std::size_t start = labels.size(), end = labels.size();
    CHECK_FALSE(m.ok(start, 2));   // sequence cannot open with I-PER
    CHECK(m.ok(start, 1));
    CHECK_FALSE(m.ok(0, 3));       // O -> L-PER
    CHECK(m.ok(1, 3));             // B-PER -> L-PER
    CHECK_FALSE(m.ok(1, 0));       // B-PER must be closed
    CHECK_FALSE(m.ok(1, end));
    CHECK(m.ok(3, end));
    CHECK(m.ok(4, 1));
}

TEST_CASE("an empty sequence and an empty model tag nothing", "[perceptron]") {
    const Perceptron empty;
    CHECK(empty.tag(FeatureSequence{}).empty());
    CHECK(train(8).tag(FeatureSequence{}).empty());
}
