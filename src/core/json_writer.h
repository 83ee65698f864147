// json_writer.h — JSON text written straight into one string, laid out exactly as
// nlohmann_json's dump(indent, ' ', false, error_handler_t::replace) lays it out, without
// building a DOM first. Why: the analysis worker writes every result as JSON, in
// baseline-compiled wasm on the way to the page's first result, where building nlohmann's
// ordered_json and dumping it was ~64 ms of a 3 KB article's first analysis (analysis_json.cpp
// uses this; tests/unit/analysis_json_test.cpp checks its text against nlohmann's).
#pragma once

#include <charconv>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace lede {

// Appends `s` as a quoted JSON string, as nlohmann does with ensure_ascii=false and
// error_handler_t::replace: escapes for `"`, `\` and bytes below 0x20; 0x7F and well-formed
// UTF-8 unchanged; one U+FFFD for each maximal invalid subpart.
void append_json_string(std::string& out, std::string_view s);

// Writes JSON values into one string, laid out as nlohmann's dump(indent) lays them out:
// compact (indent < 0) without any spaces; pretty (indent >= 0) with every member and element
// on its own line indented `indent` spaces a level, `": "` after keys, and `[]` / `{}` for
// empty containers. Members come out in the order they are written.
class JsonWriter {
public:
    JsonWriter(std::string& out, int indent)
        : out_(out), pretty_(indent >= 0), indent_(indent >= 0 ? static_cast<std::size_t>(indent) : 0) {}

    void begin_object() { begin_value(); out_.push_back('{'); open(); }
    void end_object() { close(); out_.push_back('}'); }
    void begin_array() { begin_value(); out_.push_back('['); open(); }
    void end_array() { close(); out_.push_back(']'); }

    // Starts an object member; the next call writes its value. Keys are literals here, but
    // they go through the same escaping, as they do in nlohmann.
    void key(std::string_view name) {
        begin_element();
        append_json_string(out_, name);
        out_.append(pretty_ ? ": " : ":");
        after_key_ = true;
    }

    void string(std::string_view s) { begin_value(); append_json_string(out_, s); }
    void number(std::size_t n) {
        begin_value();
        char digits[24];
        const auto end = std::to_chars(digits, digits + sizeof digits, n).ptr;
        out_.append(digits, static_cast<std::size_t>(end - digits));
    }
    void boolean(bool b) { begin_value(); out_.append(b ? "true" : "false"); }
    void null() { begin_value(); out_.append("null"); }
    void optional_string(const std::optional<std::string>& s) { if (s) string(*s); else null(); }
    void optional_number(const std::optional<std::size_t>& n) { if (n) number(*n); else null(); }

private:
    // A value after a key is that member's; any other inside a container is an element.
    void begin_value() {
        if (after_key_) after_key_ = false;
        else if (depth_ > 0) begin_element();
    }
    void begin_element() {
        if (!container_empty_) out_.push_back(',');
        container_empty_ = false;
        if (pretty_) new_line();
    }
    void open() { ++depth_; container_empty_ = true; }
    // The closing bracket goes on its own line unless the container is empty. Whatever
    // contains this one is not empty: this container was its element.
    void close() {
        --depth_;
        if (pretty_ && !container_empty_) new_line();
        container_empty_ = false;
    }
    void new_line() {
        out_.push_back('\n');
        out_.append(depth_ * indent_, ' ');
    }

    std::string& out_;
    const bool pretty_;
    const std::size_t indent_;
    std::size_t depth_ = 0;
    bool container_empty_ = true;   // of the innermost open container
    bool after_key_ = false;
};

}  // namespace lede
