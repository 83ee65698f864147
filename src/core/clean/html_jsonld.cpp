// html_jsonld.cpp — see html_jsonld.h.
#include "html_jsonld.h"

#include <algorithm>
#include <unordered_map>

#include <nlohmann/json.hpp>

#include "html_document.h"

namespace lede::html {
namespace {

using json = nlohmann::json;

bool looks_like_url(std::string_view s) {
    return s.rfind("http://", 0) == 0 || s.rfind("https://", 0) == 0 || s.rfind("//", 0) == 0 || s.rfind("www.", 0) == 0;
}

bool type_in(const json& obj, const std::vector<std::string>& types) {
    auto it = obj.find("@type");
    if (it == obj.end()) return false;
    auto matches = [&](const json& v) {
        return v.is_string() && std::find(types.begin(), types.end(), v.get_ref<const std::string&>()) != types.end();
    };
    if (matches(*it)) return true;
    if (it->is_array())
        for (const json& v : *it)
            if (matches(v)) return true;
    return false;
}

std::string string_field(const json& obj, const char* key) {
    auto it = obj.find(key);
    if (it == obj.end()) return {};
    if (it->is_string()) return trim(decode_entities(it->get_ref<const std::string&>()));
    if (it->is_array() && !it->empty() && it->front().is_string())
        return trim(decode_entities(it->front().get_ref<const std::string&>()));
    return {};
}

// Author names from a string, a Person/Organization object (or an @id reference into the
// graph), or an array of those.
std::vector<std::string> author_names(const json& value, const std::unordered_map<std::string, const json*>& by_id,
                                      bool& organization) {
    static const std::vector<std::string> kOrganization{"Organization", "NewsMediaOrganization", "Corporation"};
    std::vector<std::string> names;
    auto add = [&](const json& v) {
        std::string name;
        if (v.is_string()) {
            name = trim(decode_entities(v.get_ref<const std::string&>()));
        } else if (v.is_object()) {
            const json* o = &v;
            name = string_field(v, "name");
            if (name.empty()) {
                const std::string id = string_field(v, "@id");
                auto it = by_id.find(id);
                if (it != by_id.end()) o = it->second, name = string_field(*it->second, "name");
            }
            if (type_in(*o, kOrganization)) organization = true;
        }
        name = collapse_spaces(name);
        if (!name.empty() && !looks_like_url(name) && std::find(names.begin(), names.end(), name) == names.end())
            names.push_back(name);
    };
    if (value.is_array()) {
        for (const json& v : value) add(v);
    } else {
        add(value);
    }
    return names;
}

// Deeply nested JSON is not metadata; refuse it before the parser sees it.
bool shallow_json(std::string_view text) {
    int depth = 0;
    bool in_string = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (in_string) {
            if (c == '\\') ++i;
            else if (c == '"') in_string = false;
            continue;
        }
        if (c == '"') in_string = true;
        else if (c == '{' || c == '[') { if (++depth > 32) return false; }
        else if (c == '}' || c == ']') --depth;
    }
    return true;
}

}  // namespace

JsonLdArticle read_jsonld(const std::vector<std::string>& scripts, const HtmlHints& hints) {
    const std::vector<std::string>& article_types = hints.jsonld_article_types;
    const std::vector<std::string>& page_types = hints.jsonld_page_types;
    JsonLdArticle best, page;
    for (const std::string& script : scripts) {
        if (script.size() > (1u << 20) || !shallow_json(script)) continue;
        const json root = json::parse(script, nullptr, false);
        if (root.is_discarded()) continue;
        // Every object reachable, breadth first (no recursion): @graph arrays, nested
        // mainEntity objects and top-level lists all count.
        std::vector<const json*> objects;
        std::vector<const json*> queue{&root};
        for (std::size_t i = 0; i < queue.size() && queue.size() < 2000; ++i) {
            const json& v = *queue[i];
            if (v.is_array()) {
                for (const json& e : v) queue.push_back(&e);
            } else if (v.is_object()) {
                objects.push_back(&v);
                for (const char* key : {"@graph", "mainEntity", "mainEntityOfPage", "itemListElement"}) {
                    auto it = v.find(key);
                    if (it != v.end() && (it->is_object() || it->is_array())) queue.push_back(&*it);
                }
            }
        }
        std::unordered_map<std::string, const json*> by_id;
        for (const json* o : objects) {
            const std::string id = string_field(*o, "@id");
            if (!id.empty()) by_id.emplace(id, o);
        }
        for (const json* o : objects) {
            const bool is_article = type_in(*o, article_types);
            const bool is_page = !is_article && type_in(*o, page_types);
            if (!is_article && !is_page) continue;
            JsonLdArticle& into = is_article ? best : page;
            if (into.is_article || (!is_article && !into.published.empty())) continue;
            JsonLdArticle found;
            found.is_article = is_article;
            found.headline = collapse_spaces(string_field(*o, "headline"));
            if (found.headline.empty() && is_article) found.headline = collapse_spaces(string_field(*o, "name"));
            found.published = string_field(*o, "datePublished");
            if (found.published.empty()) found.published = string_field(*o, "dateCreated");
            found.modified = string_field(*o, "dateModified");
            auto author = o->find("author");
            if (author == o->end()) author = o->find("creator");
            if (author != o->end()) found.authors = author_names(*author, by_id, found.author_organization);
            auto publisher = o->find("publisher");
            if (publisher != o->end()) {
                if (publisher->is_object()) {
                    found.publisher = string_field(*publisher, "name");
                    if (found.publisher.empty()) {
                        auto it = by_id.find(string_field(*publisher, "@id"));
                        if (it != by_id.end()) found.publisher = string_field(*it->second, "name");
                    }
                } else if (publisher->is_string()) {
                    found.publisher = trim(publisher->get_ref<const std::string&>());
                }
            }
            into = found;
        }
    }
    if (!best.is_article) {
        best.published = page.published;
        best.modified = page.modified;
        best.publisher = page.publisher;
        if (best.authors.empty()) best.authors = page.authors, best.author_organization = page.author_organization;
    }
    return best;
}


}  // namespace lede::html
