// relation_fixtures.h — helpers for the relation tests: a tokenised sentence with actors
// placed by hand at the offsets of given names (the actor extractor is not involved).
#pragma once

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "analysis.h"
#include "nlp/document.h"
#include "nlp/tokenize.h"
#include "test_resources.h"

namespace lede::test {

// The shipped relations data and syntax models (assets/), for the stage's entry points.
inline const relations::RelationResources& relation_resources() { return test_resources().relations; }
inline const syntax::SyntaxModels& syntax_models() { return test_resources().syntax; }

struct Fixture {
    std::string text;
    nlp::Document doc;
    std::vector<Actor> actors;

    explicit Fixture(std::string t) : text(std::move(t)) { doc = nlp::tokenize(text, lede::test_resources().nlp); }

    // An actor with a mention at every occurrence of each of `names` (whole words).
    Fixture& actor(const std::string& id, ActorType type, const std::vector<std::string>& names) {
        Actor a;
        a.id = id;
        a.name = names.front();
        a.type = type;
        for (const auto& n : names) {
            for (std::size_t at = text.find(n); at != std::string::npos; at = text.find(n, at + 1)) {
                const bool left_ok = at == 0 || !std::isalnum(static_cast<unsigned char>(text[at - 1]));
                const std::size_t e = at + n.size();
                const bool right_ok = e >= text.size() || !std::isalnum(static_cast<unsigned char>(text[e]));
                if (left_ok && right_ok) a.mentions.push_back({{at, e}, MentionKind::Name});
            }
        }
        actors.push_back(std::move(a));
        return *this;
    }

    std::string span(const Span& s) const { return text.substr(s.start, s.size()); }
    Span span_of(const std::string& needle) const {
        const std::size_t at = text.find(needle);
        return {at, at + needle.size()};
    }
};

// The first relation of class `cls`, or nullptr.
inline const Relation* find(const std::vector<Relation>& rs, const std::string& cls) {
    auto it = std::find_if(rs.begin(), rs.end(), [&](const Relation& r) { return r.event_class == cls; });
    return it == rs.end() ? nullptr : &*it;
}

}  // namespace lede::test
