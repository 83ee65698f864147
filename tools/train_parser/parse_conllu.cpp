// parse_conllu.cpp — parses the gold words of a CoNLL-U file with Lede's own POS tagger and
// dependency parser, for bench/parser_las.py.
//
// usage: lede_parse_conllu [--model FILE] < in.conllu > out.conllu
//   Reads sentences (multiword-token ranges and empty nodes are skipped) and writes one
//   line per word: ID FORM _ OUR_TAG _ _ HEAD DEPREL _ _, a blank line after each sentence.
//   Without --model, assets/models/parser.bin. On stderr: the words' bytes (each word plus a
//   space) and the CPU seconds spent tagging and parsing, for a throughput figure.
#include <cstdio>
#include <ctime>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "environment.h"
#include "nlp/perceptron.h"
#include "syntax/dependency_parser.h"
#include "syntax/pos_tagger.h"

namespace {

double tag_seconds = 0, parse_seconds = 0;
std::size_t word_bytes = 0;

void flush(const lede::syntax::DependencyParser& parser, std::vector<std::string>& words) {
    if (words.empty()) return;
    const std::vector<std::string_view> w(words.begin(), words.end());
    const std::clock_t t0 = std::clock();
    const auto tags = lede::cli::process_resources().syntax.tagger.tag(w);
    const std::clock_t t1 = std::clock();
    const auto parse = parser.parse(w, tags);
    const std::clock_t t2 = std::clock();
    tag_seconds += static_cast<double>(t1 - t0) / CLOCKS_PER_SEC;
    parse_seconds += static_cast<double>(t2 - t1) / CLOCKS_PER_SEC;
    for (const auto& word : words) word_bytes += word.size() + 1;
    std::string out;
    for (std::size_t i = 0; i < words.size(); ++i) {
        out += std::to_string(i + 1) + '\t' + words[i] + "\t_\t" + (i < tags.size() ? tags[i] : "X") + "\t_\t_\t" +
               std::to_string(parse.empty() ? 0 : parse.heads[i] + 1) + '\t' + (parse.empty() ? "dep" : parse.labels[i]) +
               "\t_\t_\n";
    }
    std::cout << out << '\n';
    words.clear();
}

}  // namespace

int main(int argc, char** argv) {
    const lede::syntax::DependencyParser* parser = &lede::cli::process_resources().syntax.parser;
    std::optional<lede::syntax::DependencyParser> own;
    if (argc == 3 && std::string(argv[1]) == "--model") {
        std::ifstream in(argv[2], std::ios::binary);
        std::stringstream ss;
        ss << in.rdbuf();
        auto model = lede::nlp::Perceptron::from_bytes(ss.str());
        if (model) own = lede::syntax::DependencyParser::from_model(std::move(*model));
        if (!own) {
            std::fprintf(stderr, "lede_parse_conllu: %s is not a parser model\n", argv[2]);
            return 2;
        }
        parser = &*own;
    } else if (argc != 1) {
        std::fprintf(stderr, "usage: lede_parse_conllu [--model FILE] < in.conllu > out.conllu\n");
        return 2;
    }
    if (!parser->ready() || !lede::cli::process_resources().syntax.tagger.ready()) {
        std::fprintf(stderr, "lede_parse_conllu: the parser or POS model does not load\n");
        return 2;
    }
    std::vector<std::string> words;
    std::string line;
    while (std::getline(std::cin, line)) {
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (line.empty()) {
            flush(*parser, words);
            continue;
        }
        if (line[0] == '#') continue;
        const auto tab1 = line.find('\t');
        const auto tab2 = line.find('\t', tab1 + 1);
        if (tab1 == std::string::npos || tab2 == std::string::npos) continue;
        const std::string id = line.substr(0, tab1);
        if (id.find_first_of("-.") != std::string::npos) continue;
        words.push_back(line.substr(tab1 + 1, tab2 - tab1 - 1));
    }
    flush(*parser, words);
    std::fprintf(stderr, "bytes %zu tag_cpu %.3f parse_cpu %.3f\n", word_bytes, tag_seconds, parse_seconds);
    return 0;
}
