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

namespace {

// A hand-written model: labels O and X, 2 buckets, int8 weights, zero transitions, and
// the given rows (each: bucket delta, label mask, weights).
std::string model_bytes(const std::string& rows, int row_count) {
    std::string b("LEDEPT1\0", 8);
    b += '\x02';
    b += "\x01O\x01X";
    b += '\x01';                             // bucket bits
    b += '\x08';                             // weight bits
    b += std::string("\x00\x00\x80\x3f", 4);  // scale 1.0f
    b += std::string(6, '\0');               // (2 + 1) * 2 transitions
    b += static_cast<char>(row_count);
    return b + rows;
}

std::vector<std::int32_t> bias_scores(const Perceptron& model) {
    FeatureSequence seq;
    seq.begin_token();                        // only the bias feature: bucket 1 of 2
    std::vector<std::int32_t> out(model.labels().size());
    model.emission_scores(seq, 0, out.data());
    return out;
}

}  // namespace

TEST_CASE("rows are read from the bytes: weights by label mask, and every row checked at load", "[perceptron]") {
    // Bucket 0: O = 5. Bucket 1: O = 7, X = -2.
    const std::string good = model_bytes(std::string("\x00\x01\x05" "\x01\x03\x07\xfe", 7), 2);
    const auto model = Perceptron::from_bytes(good);
    REQUIRE(model);
    CHECK(bias_scores(*model) == std::vector<std::int32_t>{7, -2});
    CHECK(model->to_bytes() == good);

    CHECK(Perceptron::from_bytes(model_bytes(std::string("\x00\x01\x05" "\x01\x04\x07", 6), 2)) == std::nullopt);  // label 2 of 2
    CHECK(Perceptron::from_bytes(model_bytes(std::string("\x00\x01\x05" "\x01\x03\x07", 6), 2)) == std::nullopt);  // a weight short
    CHECK(Perceptron::from_bytes(good + '\0') == std::nullopt);                                                           // trailing byte
    CHECK(Perceptron::from_bytes(model_bytes(std::string("\x00\x01\x05" "\x00\x03\x07\xfe", 7), 2)) == std::nullopt);  // bucket repeated
    CHECK(Perceptron::from_bytes(model_bytes(std::string("\x00\x01\x05" "\x02\x03\x07\xfe", 7), 2)) == std::nullopt);  // bucket 2 of 2
    CHECK(Perceptron::from_bytes(model_bytes(std::string("\x00\x01\x05", 3), 3)) == std::nullopt);                       // rows missing
    CHECK(Perceptron::from_bytes(model_bytes(std::string("\x01\x01\x05", 3), 1)));                                        // one row, bucket 1
}

TEST_CASE("a loaded model scores every token as the trained one; pruning goes through the bytes", "[perceptron]") {
    for (int bits : {8, 16}) {
        Perceptron model = train(bits);
        const auto loaded = Perceptron::from_bytes(model.to_bytes());
        REQUIRE(loaded);
        const auto seq = features({"we", "met", "Mr", "Smith", "and", "Mr", "John", "Brown", "in", "Paris"});
        const std::size_t L = model.labels().size();
        for (std::size_t i = 0; i < seq.size(); ++i) {
            std::vector<std::int32_t> a(L), b(L);
            model.emission_scores(seq, i, a.data());
            loaded->emission_scores(seq, i, b.data());
            CHECK(a == b);
        }
        // Nothing stored is zero, so pruning nothing keeps the bytes; pruning everything
        // leaves the transitions and a model that still loads.
        const std::string bytes = model.to_bytes();
        CHECK(model.prune(0) == 0);
        CHECK(model.to_bytes() == bytes);
        CHECK(model.prune(1 << 16) > 0);
        CHECK(model.to_bytes().size() < bytes.size());
        const auto pruned = Perceptron::from_bytes(model.to_bytes());
        REQUIRE(pruned);
        std::vector<std::int32_t> zero(L);
        pruned->emission_scores(seq, 0, zero.data());
        CHECK(zero == std::vector<std::int32_t>(L, 0));
    }
}

TEST_CASE("any single corrupted byte is refused or loads a model that tags within bounds", "[perceptron]") {
    // A model that loads is read without further checks while tagging; the sanitize tree
    // runs this too, so a read outside the bytes would fail here.
    const std::string bytes = train(16).to_bytes();
    const auto seq = features({"see", "Mr", "Hart", "go", "to", "Mr", "Lee"});
    for (std::size_t i = 0; i < bytes.size(); ++i) {
        for (const unsigned char v : {0x00, 0x01, 0x7f, 0x80, 0xff}) {
            std::string bad = bytes;
            bad[i] = static_cast<char>(v);
            if (const auto model = Perceptron::from_bytes(std::move(bad))) CHECK(model->tag(seq).size() == seq.size());
        }
    }
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

TEST_CASE("the packed form holds the same weights, and a broken packed form is refused", "[perceptron]") {
    for (int bits : {8, 16}) {
        const Perceptron model = train(bits);
        const std::string packed = model.to_packed_bytes();
        REQUIRE(packed.compare(0, 8, std::string("LEDEPT2\0", 8)) == 0);
        const auto loaded = Perceptron::from_bytes(packed);
        REQUIRE(loaded);
        CHECK(loaded->to_bytes() == model.to_bytes());   // unpacked at load into the row form
        CHECK(loaded->to_packed_bytes() == packed);
        for (std::size_t cut = 0; cut < packed.size(); cut += 5) CHECK_FALSE(Perceptron::from_bytes(packed.substr(0, cut)));
        CHECK_FALSE(Perceptron::from_bytes(packed + '\0'));
    }
    // Hand-packed: O and X, 2 buckets; bucket 0: O = 5; bucket 1: O = 7, X = -2.
    const std::string head = model_bytes("", 2).replace(6, 1, "2");
    const auto good = Perceptron::from_bytes(head + std::string("\x03" "\x01\x02" "\x00" "\x00\x01" "\x05" "\x07\xfe", 9));
    REQUIRE(good);
    CHECK(bias_scores(*good) == std::vector<std::int32_t>{7, -2});
    CHECK_FALSE(Perceptron::from_bytes(head + std::string("\x07" "\x01\x02" "\x00" "\x00\x01" "\x05" "\x07\xfe", 9)));  // a bit past 2 buckets
    CHECK_FALSE(Perceptron::from_bytes(head + std::string("\x03" "\x01\x02" "\x00" "\x01\x00" "\x05" "\x07\xfe", 9)));  // labels out of order
    CHECK_FALSE(Perceptron::from_bytes(head + std::string("\x03" "\x01\x02" "\x00" "\x00\x02" "\x05" "\x07\xfe", 9)));  // label 2 of 2
    CHECK_FALSE(Perceptron::from_bytes(head + std::string("\x03" "\x01\x03" "\x00" "\x00\x01" "\x05" "\x07\xfe", 9)));  // a count too many
}
