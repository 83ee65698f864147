// mention_fixture.h — the actor-mention tests' fixture: a text, its tokens and the
// mentions found in it, with look-ups by the words of a mention.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "actors/actor_mentions.h"
#include "nlp/tokenize.h"
#include "test_resources.h"

namespace lede::test {

struct Found {
    std::string text;                             // owns the bytes the document views
    lede::nlp::Document doc;
    lede::actors::MentionSet set;
    std::string range(std::size_t first, std::size_t end) const {
        return std::string(doc.span_text({doc.tokens[first].span.start, doc.tokens[end - 1].span.end}));
    }
    // The words of name mention k, lead and tail included.
    std::string name(std::size_t k) const { return range(set.names[k].first, set.names[k].end); }
    int find(const std::string& s) const {
        for (std::size_t k = 0; k < set.names.size(); ++k)
            if (name(k) == s) return static_cast<int>(k);
        return -1;
    }
    // Every name mention whose name (without lead and tail) is `s`, in text order.
    std::vector<const lede::actors::NameMention*> all_named(const std::string& s) const {
        std::vector<const lede::actors::NameMention*> out;
        for (const auto& m : set.names)
            if (range(m.name_first(), m.name_end()) == s) out.push_back(&m);
        return out;
    }
    // The first of them, or nullptr.
    const lede::actors::NameMention* named(const std::string& s) const {
        const auto all = all_named(s);
        return all.empty() ? nullptr : all.front();
    }
};

// Heap-allocated so the document's views of `text` stay valid.
inline std::unique_ptr<Found> find_mentions_in(const std::string& text) {
    auto f = std::make_unique<Found>();
    f->text = text;
    f->doc = lede::nlp::tokenize(f->text, lede::test_resources().nlp);
    f->set = lede::actors::find_mentions(f->doc, lede::test_resources().actors, lede::test_resources().syntax.tagger);
    return f;
}

}  // namespace lede::test
