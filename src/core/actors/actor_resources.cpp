// actor_resources.cpp — see actor_resources.h.
#include "actor_resources.h"

#include <utility>

#include "base/ascii.h"
#include "ner.h"

namespace lede::actors {
namespace {

std::unordered_set<std::string> word_set(const assets::Source& source, std::string_view path, assets::LoadReport& report) {
    std::unordered_set<std::string> out;
    for (std::string& line : source.require_lines(path, report)) out.insert(std::move(line));
    return out;
}

// Month and weekday lines are "<value>\t<name>,<name>,...": the names, folded.
void add_calendar_names(const std::vector<std::string>& lines, std::unordered_set<std::string>& out) {
    for (const std::string& line : lines) {
        std::size_t start = line.find('\t');
        if (start == std::string::npos) continue;
        ++start;
        while (start <= line.size()) {
            const std::size_t comma = std::min(line.find(',', start), line.size());
            out.insert(gazetteer::fold(std::string_view(line).substr(start, comma - start)));
            start = comma + 1;
        }
    }
}

nlp::Perceptron load_ner_model(const assets::Source& source, assets::LoadReport& report) {
    const char* path = "models/ner.bin";
    std::string bytes = source.require(path, report);
    if (bytes.empty()) return nlp::Perceptron();
    std::optional<nlp::Perceptron> model = ner::ner_model_from_bytes(std::move(bytes));
    if (!model) report.malformed.emplace_back(path);
    return model ? std::move(*model) : nlp::Perceptron();
}

}  // namespace

ActorResources ActorResources::load(const assets::Source& source, assets::LoadReport& report) {
    ActorResources r;
    r.gazetteer = gazetteer::Gazetteer::load(source, report);
    r.ner_model = load_ner_model(source, report);
    for (const char* file : {"lexicon/en/months.txt", "lexicon/en/weekdays.txt"})
        add_calendar_names(source.require_lines(file, report), r.calendar_words);
    r.thing_heads = word_set(source, "lexicon/en/thing_heads.txt", report);
    r.common_capitals = word_set(source, "lexicon/en/common_acronyms.txt", report);
    for (std::string& w : source.require_lines("lexicon/en/short_words.txt", report)) r.common_capitals.insert(std::move(w));
    r.adverbial_words = word_set(source, "lexicon/en/adverbial_words.txt", report);
    for (const std::string& w : source.require_lines("clean/en/stopwords.txt", report)) r.function_words.insert(base::lower_ascii(w));
    // Looked up in place (keys are folded names, sorted by tools/build_petrarch_gazetteer.py).
    r.dictionary = gazetteer::PhraseIndex(source.optional("gazetteer/petrarch_actors.txt", report).value_or(""));
    return r;
}

}  // namespace lede::actors
