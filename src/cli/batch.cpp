// batch.cpp — the `lede batch` stream (see batch.h): read a line, answer it, flush, go on.
// Every failure of one record is caught here and written as that record's error line.
#include "batch.h"

#include <cerrno>
#include <cstring>
#include <exception>
#include <optional>
#include <vector>

#include <unistd.h>

#include <nlohmann/json.hpp>

#include "analysis_json.h"
#include "analyze.h"
#include "event_rows.h"
#include "base/utf8.h"

namespace lede::cli {

namespace {

using json = nlohmann::json;

std::string dump(const json& j) { return j.dump(-1, ' ', false, json::error_handler_t::replace); }

std::string error_line(const json& id, std::size_t line, const std::string& code, const std::string& message) {
    json err;
    err["code"] = code;
    err["message"] = message;
    err["line"] = line;
    return "{\"id\":" + dump(id) + ",\"error\":" + dump(err) + "}";
}

// A record's id as given (a string or an integer), or null when it has none usable.
json id_of(const json& record) {
    if (!record.is_object()) return nullptr;
    auto it = record.find("id");
    if (it == record.end()) return nullptr;
    if (it->is_string() || it->is_number_integer() || it->is_number_unsigned()) return *it;
    return nullptr;
}

// Reads lines of any length, keeping at most `max` bytes of each: an oversized record's
// bytes are skipped as they arrive, so one huge line never needs memory of its size.
class LineReader {
public:
    LineReader(int fd, std::size_t max) : fd_(fd), max_(max), buf_(1 << 16) {}

    // False at end of input. `oversized` tells that the line was cut.
    bool next(std::string& line, bool& oversized) {
        line.clear();
        oversized = false;
        bool any = false;
        for (;;) {
            if (pos_ == len_) {
                // read(2), not fread: fread waits for a full buffer, and a record must be answered
                // as soon as its line is in, while the writer may still be waiting for that answer.
                ssize_t got;
                do got = ::read(fd_, buf_.data(), buf_.size()); while (got < 0 && errno == EINTR);
                len_ = got > 0 ? static_cast<std::size_t>(got) : 0;
                pos_ = 0;
                if (len_ == 0) return any;
            }
            any = true;
            const char* start = buf_.data() + pos_;
            const void* nl = std::memchr(start, '\n', len_ - pos_);
            const std::size_t n = nl ? static_cast<std::size_t>(static_cast<const char*>(nl) - start) : len_ - pos_;
            if (!oversized) {
                if (line.size() + n > max_) {
                    oversized = true;
                    line.clear();
                    line.shrink_to_fit();
                } else {
                    line.append(start, n);
                }
            }
            pos_ += n;
            if (nl) {
                ++pos_;
                return true;
            }
        }
    }

private:
    int fd_;
    std::size_t max_;
    std::vector<char> buf_;
    std::size_t pos_ = 0, len_ = 0;
};

bool blank(std::string_view s) { return s.find_first_not_of(" \t\r") == std::string_view::npos; }

// The answer to a parsed, valid-UTF-8 record.
std::string answer(const json& record, std::size_t line, const Resources& resources, const BatchOptions& options) {
    if (!record.is_object()) return error_line(nullptr, line, "not-an-object", "a record is a JSON object");
    const json id = id_of(record);
    if (!record.contains("id")) return error_line(id, line, "missing-field", "the record has no \"id\"");
    if (id.is_null()) return error_line(id, line, "bad-field", "\"id\" must be a string or an integer");

    const auto text = record.find("text"), html = record.find("html");
    const bool has_text = text != record.end() && !text->is_null();
    const bool has_html = html != record.end() && !html->is_null();
    if (!has_text && !has_html) return error_line(id, line, "missing-field", "the record has neither \"text\" nor \"html\"");
    if (has_text && !text->is_string()) return error_line(id, line, "bad-field", "\"text\" must be a string");
    if (has_html && !html->is_string()) return error_line(id, line, "bad-field", "\"html\" must be a string");

    AnalyzeOptions opts;
    if (auto d = record.find("dateline"); d != record.end() && !d->is_null()) {
        if (!d->is_string()) return error_line(id, line, "bad-field", "\"dateline\" must be a string YYYY-MM-DD[THH:MM]");
        if (auto err = check_dateline(d->get_ref<const std::string&>())) return error_line(id, line, "bad-dateline", *err);
        opts.dateline = d->get<std::string>();
    }
    if (auto r = record.find("raw"); r != record.end() && !r->is_null()) {
        if (!r->is_boolean()) return error_line(id, line, "bad-field", "\"raw\" must be true or false");
        opts.raw = r->get<bool>();
    }

    AnalyzeInput input;
    if (has_text) input.text = text->get_ref<const std::string&>();
    if (has_html) input.html = html->get_ref<const std::string&>();
    const Analysis analysis = analyze(resources, input, opts);
    if (!options.events) return "{\"id\":" + dump(id) + ",\"analysis\":" + to_json_string(analysis) + "}";

    // The rows are read from the analysis's JSON, as the Python module's event_rows reads them.
    std::string out;
    for (const auto& row : event_rows(nlohmann::ordered_json::parse(to_json_string(analysis)), id, resources.actors.gazetteer)) {
        if (!out.empty()) out += '\n';
        out += row.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
    }
    return out;
}

}  // namespace

std::string batch_line(std::string_view record, std::size_t line, const Resources& resources, const BatchOptions& options) {
    try {
        if (!utf8::is_valid(record)) {
            // JSON text is UTF-8 (RFC 8259): the record is malformed. Its id, when the repaired
            // line still parses, tells the caller which one.
            const std::string repaired = utf8::repair(record).text;
            const json j = json::parse(repaired, nullptr, false);
            return error_line(id_of(j), line, "invalid-utf8", "the record is not valid UTF-8");
        }
        json j;
        try {
            j = json::parse(record);
        } catch (const json::exception& e) {
            return error_line(nullptr, line, "invalid-json", e.what());
        }
        return answer(j, line, resources, options);
    } catch (const std::exception& e) {
        return error_line(nullptr, line, "internal", e.what());
    }
}

int run_batch(std::FILE* in, std::FILE* out, const Resources& resources, const BatchOptions& options) {
    LineReader reader(fileno(in), options.max_record_bytes);
    std::string line;
    bool oversized = false;
    std::size_t number = 0;
    while (reader.next(line, oversized)) {
        ++number;
        std::string answer_line;
        if (oversized) {
            answer_line = error_line(nullptr, number, "oversized",
                                     "the record is longer than " + std::to_string(options.max_record_bytes) + " bytes");
        } else {
            if (!line.empty() && line.back() == '\r') line.pop_back();
            if (blank(line)) continue;
            answer_line = batch_line(line, number, resources, options);
        }
        if (answer_line.empty()) continue;        // --events: a story without relations
        answer_line += '\n';
        if (std::fwrite(answer_line.data(), 1, answer_line.size(), out) != answer_line.size()) return 1;
        if (std::fflush(out) != 0) return 1;
    }
    return 0;
}

}  // namespace lede::cli
