// actor_dictionary.cpp — see actor_dictionary.h.
#include "actor_dictionary.h"

#include <algorithm>

#include "base/ascii.h"
#include "gazetteer.h"
#include "phrase_index.h"

namespace lede::actors {
namespace {

// The next field of `s` from `at`, fields separated by runs of `sep`.
std::string_view next_field(std::string_view s, std::size_t& at, char sep) {
    while (at < s.size() && s[at] == sep) ++at;
    const std::size_t start = at;
    while (at < s.size() && s[at] != sep) ++at;
    return s.substr(start, at - start);
}

// A written name with its leading role titles dropped ("President Vladimir Putin").
std::string_view without_titles(const gazetteer::Gazetteer& gaz, std::string_view name) {
    for (;;) {
        const std::size_t space = name.find(' ');
        if (space == std::string_view::npos || !(gaz.kinds(name.substr(0, space)) & gazetteer::kTitle)) return name;
        name.remove_prefix(space + 1);
    }
}

}  // namespace

std::optional<HeldRole> role_on(std::string_view roles, std::string_view date) {
    const std::string_view day = date.substr(0, std::min<std::size_t>(date.size(), 10));
    std::optional<HeldRole> dated, undated;
    std::size_t at = 0;
    for (std::string_view role = next_field(roles, at, ' '); !role.empty(); role = next_field(roles, at, ' ')) {
        const std::size_t sign = role.find('@');
        if (sign == std::string_view::npos) {
            if (!undated) undated = HeldRole{std::string(role), "", ""};
            continue;
        }
        const std::string_view span = role.substr(sign + 1);
        const std::size_t slash = span.find('/');
        if (slash == std::string_view::npos || day.size() < 10) continue;   // no date: a dated role cannot be checked
        const std::string_view from = span.substr(0, slash), to = span.substr(slash + 1);
        if ((!from.empty() && day < from) || (!to.empty() && day > to)) continue;
        // Of overlapping dated roles, the one that began last is the current one.
        if (!dated || from > dated->from) dated = HeldRole{std::string(role.substr(0, sign)), std::string(from), std::string(to)};
    }
    return dated ? dated : undated;
}

std::optional<DictionaryEntry> dictionary_entry(const gazetteer::PhraseIndex& dictionary, std::string_view written) {
    std::string key;
    const auto value = dictionary.find(gazetteer::fold_into(key, written));
    if (!value) return std::nullopt;
    std::size_t at = 0;
    DictionaryEntry e;
    const std::string_view kind = next_field(*value, at, '\t');
    e.name = next_field(*value, at, '\t');
    e.roles = next_field(*value, at, '\t');
    if (kind.size() != 1 || e.name.empty()) return std::nullopt;
    e.kind = kind[0];
    return e;
}

void link_dictionary_actors(std::vector<Actor>& actors, std::string_view date, const ActorResources& resources) {
    if (resources.dictionary.size() == 0) return;
    for (Actor& actor : actors) {
        const char kind = actor.type == ActorType::Person ? 'P' : actor.type == ActorType::Org ? 'O' : 0;
        if (!kind) continue;
        std::vector<std::string_view> written{actor.name};
        for (const auto& alias : actor.aliases) written.push_back(alias);
        for (const std::string_view w : written) {
            const std::string_view name = kind == 'P' ? without_titles(resources.gazetteer, w) : w;
            // A short one-word organisation name is an acronym: only written in capitals
            // ("FBI", not "Fbi"; "UN" but not "un").
            if (kind == 'O' && name.size() <= 5 && name.find(' ') == std::string_view::npos &&
                std::any_of(name.begin(), name.end(), base::is_ascii_lower))
                continue;
            const auto entry = dictionary_entry(resources.dictionary, name);
            if (!entry || entry->kind != kind) continue;
            DictionaryLink link;
            link.source = "petrarch2";
            link.name = std::string(entry->name);
            link.matched = std::string(name);
            if (date.size() >= 10) link.on = std::string(date.substr(0, 10));
            if (const auto held = role_on(entry->roles, date)) {
                link.code = held->code;
                if (!held->from.empty()) link.from = held->from;
                if (!held->to.empty()) link.to = held->to;
            }
            actor.dictionary = std::move(link);
            break;
        }
    }
}

}  // namespace lede::actors
