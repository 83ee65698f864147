// article_builder.cpp — see article_builder.h.
#include "article_builder.h"

#include <algorithm>

namespace lede {

void ArticleBuilder::copy(std::string_view input, std::size_t input_start, std::size_t len) {
    if (len == 0) return;
    std::string& text = article_.text;
    const std::size_t at = text.size();
    text.append(input.substr(input_start, len));
    auto& runs = article_.origin;
    // Merge with the previous run when both sides are contiguous.
    if (!runs.empty() && runs.back().span.end == at &&
        runs.back().input_start + runs.back().span.size() == input_start) {
        runs.back().span.end += len;
    } else {
        runs.push_back({{at, at + len}, input_start});
    }
}

void ArticleBuilder::write(std::string_view bytes) { article_.text.append(bytes); }

void ArticleBuilder::begin_paragraph(ParagraphKind kind) {
    if (open_) end_paragraph();
    if (!article_.text.empty()) write("\n\n");
    paragraph_start_ = article_.text.size();
    paragraph_kind_ = kind;
    open_ = true;
}

void ArticleBuilder::end_paragraph() {
    if (!open_) return;
    open_ = false;
    if (article_.text.size() > paragraph_start_) {
        article_.paragraphs.push_back({{paragraph_start_, article_.text.size()}, paragraph_kind_});
        return;
    }
    // Empty paragraph: take back the separator written for it.
    std::size_t back = paragraph_start_ >= 2 ? paragraph_start_ - 2 : 0;
    if (paragraph_start_ >= 2 && article_.text.compare(back, 2, "\n\n") == 0) article_.text.resize(back);
}

void ArticleBuilder::paragraph(std::string_view input, Span input_span, ParagraphKind kind) {
    begin_paragraph(kind);
    copy(input, input_span.start, input_span.size());
    end_paragraph();
}

std::optional<std::size_t> to_input_offset(const Article& article, std::size_t text_offset) {
    const auto& runs = article.origin;
    auto it = std::upper_bound(runs.begin(), runs.end(), text_offset,
                               [](std::size_t off, const OriginRun& r) { return off < r.span.start; });
    if (it == runs.begin()) return std::nullopt;
    --it;
    if (text_offset >= it->span.end) return std::nullopt;
    return it->input_start + (text_offset - it->span.start);
}

}  // namespace lede
