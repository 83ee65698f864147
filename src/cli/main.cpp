// main.cpp — the `lede` command line: `lede analyze [--html] [--raw] [--dateline D] [--timings] [FILE|-]`
// prints one lede.analysis/1 JSON object; `lede batch [--events] [--max-record-bytes N]` answers
// a JSON Lines stream (batch.h). Usage errors print `lede: <reason>` and exit 2.
// The contract is ../shared/CONTRACT.md; extend it, never rename what is there.
#include <cstdio>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>
#include <string>
#include <vector>

#include "analysis_json.h"
#include "analyze.h"
#include "batch.h"
#include "environment.h"

namespace {

int usage_error(const std::string& reason) {
    std::cerr << "lede: " << reason << "\n";
    return 2;
}

const char* kUsage =
    "usage: lede analyze [--html] [--raw] [--dateline YYYY-MM-DD[THH:MM]] [--pretty] [--timings] [FILE|-]\n"
    "  Prints the lede.analysis/1 JSON of a pasted article (text/plain, or HTML with --html).\n"
    "  --timings also prints each stage's time on standard error (\"lede: timing STAGE MS\").\n"
    "usage: lede batch [--events] [--max-record-bytes N] < records.jsonl\n"
    "  Reads JSON Lines {\"id\", \"text\"|\"html\", \"dateline\"?, \"raw\"?} on standard input and writes one\n"
    "  line per record, in order: {\"id\", \"analysis\"} or {\"id\", \"error\"}. --events writes one line per\n"
    "  relation instead (story id, date, source, target, PLOVER class, mode, sentence).\n"
    "environment: LEDE_ASSETS=DIR reads the data files from DIR (default: the build's assets/);\n"
    "  LEDE_RELATIONS_BASELINE=1 links each event to the nearest actors instead of parsing (bench/).\n";

bool read_all(std::istream& in, std::string& out) {
    std::ostringstream ss;
    ss << in.rdbuf();
    out = ss.str();
    return !in.bad();
}

int batch_main(const std::vector<std::string>& args) {
    lede::cli::BatchOptions options;
    for (std::size_t i = 1; i < args.size(); ++i) {
        const std::string& a = args[i];
        if (a == "--events") {
            options.events = true;
        } else if (a == "--max-record-bytes") {
            if (i + 1 >= args.size()) return usage_error("--max-record-bytes needs a number of bytes");
            const std::string& v = args[++i];
            if (v.empty() || v.size() > 12 || v.find_first_not_of("0123456789") != std::string::npos || std::stoull(v) == 0)
                return usage_error("--max-record-bytes needs a positive number of bytes, not '" + v + "'");
            options.max_record_bytes = std::stoull(v);
        } else {
            return usage_error("unknown option '" + a + "' for batch (it reads standard input)");
        }
    }
    return lede::cli::run_batch(stdin, stdout, lede::cli::process_resources(), options);
}

}  // namespace

int main(int argc, char** argv) {
    std::vector<std::string> args(argv + 1, argv + argc);
    if (args.empty() || args[0] == "--help" || args[0] == "-h") {
        std::cout << kUsage;
        return args.empty() ? 2 : 0;
    }
    if (args[0] == "batch") return batch_main(args);
    if (args[0] != "analyze") return usage_error("unknown command '" + args[0] + "' (try: lede analyze FILE)");

    bool html = false, pretty = false, timings = false;
    lede::AnalyzeOptions options;
    options.relations_baseline = lede::cli::relations_baseline_requested();
    std::string file;
    bool have_file = false;
    for (std::size_t i = 1; i < args.size(); ++i) {
        const std::string& a = args[i];
        if (a == "--html") html = true;
        else if (a == "--raw") options.raw = true;
        else if (a == "--pretty") pretty = true;
        else if (a == "--timings") timings = true;
        else if (a == "--dateline" || a.rfind("--dateline=", 0) == 0) {
            std::string v;
            if (a == "--dateline") {
                if (i + 1 >= args.size()) return usage_error("--dateline needs a value YYYY-MM-DD[THH:MM]");
                v = args[++i];
            } else {
                v = a.substr(11);
            }
            if (auto err = lede::check_dateline(v)) return usage_error(*err);
            options.dateline = v;
        } else if (a.size() > 1 && a[0] == '-' && a != "-") {
            return usage_error("unknown option '" + a + "'");
        } else {
            if (have_file) return usage_error("more than one input file given");
            file = a;
            have_file = true;
        }
    }

    std::string bytes;
    if (!have_file || file == "-") {
        std::ios::sync_with_stdio(false);
        if (!read_all(std::cin, bytes)) return usage_error("cannot read standard input");
    } else {
        std::ifstream in(file, std::ios::binary);
        if (!in) return usage_error("cannot read '" + file + "'");
        if (!read_all(in, bytes)) return usage_error("cannot read '" + file + "'");
    }

    lede::AnalyzeInput input;
    if (html) input.html = bytes; else input.text = bytes;
    const lede::Analysis analysis = lede::analyze(lede::cli::process_resources(), input, options);
    std::cout << lede::to_json_string(analysis, pretty ? 2 : -1) << "\n";
    if (timings)
        for (const lede::StageTiming& t : analysis.timings) std::fprintf(stderr, "lede: timing %s %.3f\n", t.stage.c_str(), t.ms);
    return 0;
}
