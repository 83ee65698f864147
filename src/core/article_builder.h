// article_builder.h — assembles article text while recording where each byte came from.
//
// Cleaners copy slices of the input (`copy`) and write bytes of their own (`write`,
// paragraph breaks, a repaired space). The builder keeps `Article::origin` runs for the
// copied bytes and merges adjacent runs, so the article always maps back to the paste.
#pragma once

#include <string_view>

#include "analysis.h"

namespace lede {

class ArticleBuilder {
public:
    explicit ArticleBuilder(Article& article) : article_(article) {}

    // Appends input[input_start, input_start + len) unchanged.
    void copy(std::string_view input, std::size_t input_start, std::size_t len);
    // Appends bytes the cleaner produced itself (they belong to no origin run).
    void write(std::string_view bytes);
    // Starts a new paragraph: writes "\n\n" when the article is not empty.
    void begin_paragraph(ParagraphKind kind = ParagraphKind::Paragraph);
    // Closes the open paragraph; an empty paragraph is dropped.
    void end_paragraph();

    // Appends one whole paragraph copied from the input.
    void paragraph(std::string_view input, Span input_span,
                   ParagraphKind kind = ParagraphKind::Paragraph);

private:
    Article& article_;
    std::size_t paragraph_start_ = 0;
    ParagraphKind paragraph_kind_ = ParagraphKind::Paragraph;
    bool open_ = false;
};

// Maps an article offset back to the input through `origin`; nothing for written bytes.
std::optional<std::size_t> to_input_offset(const Article& article, std::size_t text_offset);

}  // namespace lede
