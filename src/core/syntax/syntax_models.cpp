// syntax_models.cpp — see syntax_models.h.
#include "syntax_models.h"

namespace lede::syntax {
namespace {
PosTagger load_tagger(const assets::Source& source, assets::LoadReport& report) {
    const char* path = "models/pos.bin";
    std::string bytes = source.require(path, report);
    if (bytes.empty()) return PosTagger::from_model(nlp::Perceptron());
    std::optional<nlp::Perceptron> model = nlp::Perceptron::from_bytes(std::move(bytes));
    if (!model) report.malformed.emplace_back(path);
    return PosTagger::from_model(model ? std::move(*model) : nlp::Perceptron());
}

// The shipped model is packed: its tables are built straight from the streams (about a third
// of the CPU of unpacking it into a Perceptron first, which the page's first analysis pays).
DependencyParser load_parser(const assets::Source& source, assets::LoadReport& report) {
    const char* path = "models/parser.bin";
    std::string bytes = source.require(path, report);
    if (bytes.empty()) return DependencyParser();
    if (std::optional<DependencyParser> p = DependencyParser::from_packed(bytes)) return std::move(*p);
    std::optional<nlp::Perceptron> model = nlp::Perceptron::from_bytes(std::move(bytes));
    std::optional<DependencyParser> p = model ? DependencyParser::from_model(std::move(*model)) : std::nullopt;
    if (!p) report.malformed.emplace_back(path);
    return p ? std::move(*p) : DependencyParser();
}
}  // namespace

SyntaxModels SyntaxModels::load(const assets::Source& source, assets::LoadReport& report) {
    SyntaxModels models;
    models.tagger = load_tagger(source, report);
    models.parser = load_parser(source, report);
    return models;
}

}  // namespace lede::syntax
