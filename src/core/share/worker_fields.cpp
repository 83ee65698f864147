// worker_fields.cpp — see worker_fields.h.
#include "share/worker_fields.h"

#include "base/ascii.h"

namespace lede::share {
namespace {

void put(std::string& out, std::string_view field) {
    out += std::to_string(field.size());
    out += ':';
    out += field;
}

void put_optional(std::string& out, const std::optional<std::string>& field) {
    if (field) put(out, *field);
    else out += '-';
}

// Paragraphs as "start,end,kind;" with kind the enum's number.
std::string paragraph_list(const std::vector<Paragraph>& paragraphs) {
    std::string out;
    for (const Paragraph& p : paragraphs)
        out += std::to_string(p.span.start) + ',' + std::to_string(p.span.end) + ',' +
               std::to_string(static_cast<int>(p.kind)) + ';';
    return out;
}

class Reader {
public:
    explicit Reader(std::string_view s) : s_(s) {}
    bool failed() const { return failed_; }
    bool at_end() const { return at_ == s_.size(); }

    std::optional<std::string> optional_field() {
        if (at_ < s_.size() && s_[at_] == '-') {
            ++at_;
            return std::nullopt;
        }
        return field();
    }
    std::string field() {
        const std::size_t size = number(':');
        if (failed_ || size > s_.size() - at_) return fail();
        std::string out(s_.substr(at_, size));
        at_ += size;
        return out;
    }
    // A decimal number ended by `end` (which is consumed).
    std::size_t number(char end) {
        std::size_t value = 0, digits = 0;
        while (at_ < s_.size() && base::is_ascii_digit(s_[at_]) && digits < 12) {
            value = value * 10 + static_cast<std::size_t>(s_[at_++] - '0');
            ++digits;
        }
        if (digits == 0 || at_ >= s_.size() || s_[at_] != end) {
            fail();
            return 0;
        }
        ++at_;
        return value;
    }

private:
    std::string fail() {
        failed_ = true;
        at_ = s_.size();
        return {};
    }
    std::string_view s_;
    std::size_t at_ = 0;
    bool failed_ = false;
};

bool read_paragraphs(std::string_view list, std::size_t text_size, std::vector<Paragraph>& out) {
    Reader r(list);
    while (!r.at_end()) {
        Paragraph p;
        p.span.start = r.number(',');
        p.span.end = r.number(',');
        const std::size_t kind = r.number(';');
        if (r.failed() || p.span.start > p.span.end || p.span.end > text_size || kind > 3) return false;
        p.kind = static_cast<ParagraphKind>(kind);
        out.push_back(p);
    }
    return true;
}

}  // namespace

std::string pack_for_worker(const SharedArticle& a) {
    std::string out;
    out.reserve(a.text.size() + 64 + a.paragraphs.size() * 16);
    put_optional(out, a.title);
    put_optional(out, a.byline);
    put_optional(out, a.published);
    put(out, a.published_given ? "1" : "0");
    put(out, a.language);
    put(out, a.text);
    put(out, paragraph_list(a.paragraphs));
    return out;
}

std::optional<SharedArticle> unpack_for_worker(std::string_view fields) {
    Reader r(fields);
    SharedArticle a;
    a.title = r.optional_field();
    a.byline = r.optional_field();
    a.published = r.optional_field();
    a.published_given = r.field() == "1";
    a.language = r.field();
    a.text = r.field();
    const std::string paragraphs = r.field();
    if (r.failed() || !r.at_end() || !read_paragraphs(paragraphs, a.text.size(), a.paragraphs)) return std::nullopt;
    return a;
}

}  // namespace lede::share
