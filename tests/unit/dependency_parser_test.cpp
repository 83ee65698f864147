// dependency_parser_test.cpp — the dependency model shipped in assets/models/parser.bin:
// it loads, parses news sentences plausibly, and survives a bytes round trip.
#include <catch2/catch.hpp>

#include "test_resources.h"
#include "nlp/perceptron.h"
#include "syntax/dependency_parser.h"
#include "syntax/pos_tagger.h"

using namespace lede::syntax;

namespace {

Parse parse(const std::vector<std::string_view>& words) {
    return lede::test_resources().syntax.parser.parse(words, lede::test_resources().syntax.tagger.tag(words));
}

}  // namespace

TEST_CASE("the shipped model parses a news sentence with the verb as root") {
    REQUIRE(lede::test_resources().syntax.parser.ready());
    const std::vector<std::string_view> words{"The", "court", "rejected", "the", "appeal", "on", "Monday", "."};
    const Parse p = parse(words);
    REQUIRE(p.heads.size() == words.size());
    REQUIRE(p.labels.size() == words.size());
    CHECK(p.heads[2] == -1);
    CHECK(p.labels[2] == "root");
    CHECK(p.heads[1] == 2);
    CHECK(p.labels[1] == "nsubj");
    CHECK(p.heads[4] == 2);
    CHECK(p.labels[4] == "obj");
    CHECK(p.heads[0] == 1);
    CHECK(p.heads[6] == 2);
    CHECK(p.labels[6] == "obl");
}

TEST_CASE("a passive keeps its subtype and agent") {
    const std::vector<std::string_view> words{"The", "bill", "was", "signed", "by", "the", "president", "."};
    const Parse p = parse(words);
    REQUIRE(p.heads.size() == words.size());
    CHECK(p.heads[3] == -1);
    CHECK(p.heads[1] == 3);
    CHECK(p.labels[1] == "nsubj:pass");
    CHECK(p.heads[6] == 3);
}

TEST_CASE("every parse has one root and a head for every word") {
    const std::vector<std::string_view> words{"Russia", "said", "on", "Friday", "that", "it", "would", "not",
                                              "attend", "the", "talks", "in", "Geneva", ",", "officials", "said", "."};
    const Parse p = parse(words);
    REQUIRE(p.heads.size() == words.size());
    int roots = 0;
    for (std::size_t i = 0; i < words.size(); ++i) {
        roots += p.heads[i] == -1;
        CHECK(p.heads[i] >= -1);
        CHECK(p.heads[i] < static_cast<int>(words.size()));
        CHECK(p.heads[i] != static_cast<int>(i));
    }
    CHECK(roots == 1);
    CHECK(parse({"Yes"}).heads == std::vector<int>{-1});
    CHECK(lede::test_resources().syntax.parser.parse({}, {}).empty());
}

TEST_CASE("the weights round-trip through their bytes") {
    const auto& shipped = lede::test_resources().syntax.parser;
    const std::string file = lede::test_assets().read("models/parser.bin").value_or("");
    auto full = lede::nlp::Perceptron::from_bytes(file);
    REQUIRE(full);
    const std::string bytes = full->to_bytes();
    REQUIRE_FALSE(bytes.empty());
    // The shipped file is the packed form (nlp/perceptron_pack.h) of these bytes.
    CHECK(full->to_packed_bytes() == file);
    auto model = lede::nlp::Perceptron::from_bytes(bytes);
    REQUIRE(model);
    CHECK(model->to_bytes() == bytes);
    auto again = DependencyParser::from_model(std::move(*model));
    REQUIRE(again);
    CHECK(again->relations() == shipped.relations());
    const std::vector<std::string_view> words{"Protesters", "clashed", "with", "police", "in", "the", "capital", "."};
    const auto tags = lede::test_resources().syntax.tagger.tag(words);
    const Parse a = shipped.parse(words, tags), b = again->parse(words, tags);
    CHECK(a.heads == b.heads);
    CHECK(a.labels == b.labels);
    // truncated bytes are refused, not half loaded
    CHECK_FALSE(lede::nlp::Perceptron::from_bytes(bytes.substr(0, bytes.size() - 3)));
    for (std::size_t cut : {std::size_t{9}, file.size() / 2, file.size() - 1}) CHECK_FALSE(DependencyParser::from_packed(file.substr(0, cut)));
    CHECK_FALSE(DependencyParser::from_packed(bytes));   // the row form is not packed
}

TEST_CASE("a model that is not a parser's is refused") {
    CHECK_FALSE(DependencyParser::from_model(lede::nlp::Perceptron()));
    lede::nlp::PerceptronTrainer tagger({"NOUN", "VERB", "X"}, 4);
    CHECK_FALSE(DependencyParser::from_model(tagger.averaged()));
    lede::nlp::PerceptronTrainer parser(DependencyParser::labels_for_model({"nsubj", "obj"}), 4);
    const auto ok = DependencyParser::from_model(parser.averaged());
    REQUIRE(ok);
    CHECK(ok->relations() == std::vector<std::string>{"nsubj", "obj"});
    CHECK(DependencyParser().parse({"word"}, {"NOUN"}).empty());
}

TEST_CASE("the parser's flat weight table scores exactly as the model, loaded packed or through the model") {
    const auto& parser = lede::test_resources().syntax.parser;   // loaded packed (from_packed)
    REQUIRE(parser.ready());
    const auto model = lede::nlp::Perceptron::from_bytes(lede::test_assets().read("models/parser.bin").value_or(""));
    REQUIRE(model);
    const auto through_model = DependencyParser::from_model(*model);
    REQUIRE(through_model);
    const std::size_t moves = model->labels().size();
    std::vector<std::int32_t> a(moves), b(moves), c(moves);
    for (std::uint32_t seed = 1; seed < 200; ++seed) {
        lede::nlp::FeatureSequence seq;
        seq.begin_token();
        for (std::uint32_t k = 0; k < 90; ++k) seq.add_hash(lede::nlp::feature_hash("x", std::to_string(seed * 131 + k)));
        parser.scores(seq, a.data());
        model->emission_scores(seq, 0, b.data());
        through_model->scores(seq, c.data());
        REQUIRE(a == b);
        REQUIRE(c == b);
    }
}
