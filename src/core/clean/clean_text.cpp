// clean_text.cpp — see clean_text.h. First version: every block of non-empty lines is a
// paragraph. The boilerplate classifier replaces it.
#include "clean_text.h"

#include "../article_builder.h"

namespace lede {

CleanResult clean_text(std::string_view input) {
    CleanResult result;
    ArticleBuilder builder(result.article);
    std::size_t i = 0;
    while (i < input.size()) {
        std::size_t eol = input.find('\n', i);
        if (eol == std::string_view::npos) eol = input.size();
        std::size_t b = i, e = eol;
        while (b < e && (input[b] == ' ' || input[b] == '\t' || input[b] == '\r')) ++b;
        while (e > b && (input[e - 1] == ' ' || input[e - 1] == '\t' || input[e - 1] == '\r')) --e;
        if (e > b) builder.paragraph(input, {b, e});
        i = eol + 1;
    }
    return result;
}

}  // namespace lede
