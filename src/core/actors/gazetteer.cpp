// gazetteer.cpp — see gazetteer.h. The countries (~2,000 names) are hashed when loading into
// two phrase tables (phrase_table.h); the lists are one sorted index read in place
// (phrase_index.h). A lookup asks both.
#include "gazetteer.h"

#include <algorithm>
#include <iterator>

#include "base/ascii.h"
#include "base/lines.h"


namespace lede::gazetteer {
namespace {

std::vector<std::string> split(std::string_view s, char sep) {
    std::vector<std::string> out;
    std::size_t start = 0;
    while (start <= s.size()) {
        const std::size_t end = std::min(s.find(sep, start), s.size());
        if (end > start) out.emplace_back(s.substr(start, end - start));
        start = end + 1;
    }
    return out;
}

// "US", "U.S.", "UAE": capitals (and dots) only, short. Matched with their case.
bool is_code(std::string_view s) {
    if (s.empty() || s.size() > 6) return false;
    return std::all_of(s.begin(), s.end(), [](char c) { return base::is_ascii_upper(c) || c == '.'; });
}

std::size_t count_tokens(std::string_view s) { return static_cast<std::size_t>(std::count(s.begin(), s.end(), ' ')) + 1; }

// The folded phrase into `out` (room for phrase.size() bytes: folding never lengthens);
// returns its length. Written by index: fold runs for every gazetteer entry at start-up and
// every phrase looked up.
std::size_t fold_to(char* out, std::string_view phrase) {
    std::size_t n = 0;
    for (std::size_t i = 0; i < phrase.size(); ++i) {
        const char c = phrase[i];
        // U+2019 RIGHT SINGLE QUOTATION MARK (E2 80 99) -> '\''
        if (c == '\xE2' && i + 2 < phrase.size() && phrase[i + 1] == '\x80' && phrase[i + 2] == '\x99') {
            out[n++] = '\'';
            i += 2;
            continue;
        }
        out[n++] = base::lower_ascii(c);
    }
    return n;
}

}  // namespace

std::string_view fold_into(std::string& out, std::string_view phrase) {
    out.resize(phrase.size());
    out.resize(fold_to(out.data(), phrase));
    return out;
}

std::string fold(std::string_view phrase) {
    std::string out;
    fold_into(out, phrase);
    return out;
}

void Gazetteer::add(std::string_view phrase, Kind kind, int country, std::string& key) {
    if (phrase.empty()) return;
    Entry& e = is_code(phrase) ? exact_.insert(phrase) : folded_.insert(fold_into(key, phrase));
    e.kinds |= kind;
    if (kind == kCountry && e.country < 0) e.country = country;
    if (kind == kDemonym && e.demonym_of < 0) e.demonym_of = country;
    if (kind == kCapital && e.capital_of < 0) e.capital_of = country;
    max_tokens_ = std::max(max_tokens_, count_tokens(phrase));
}

Gazetteer Gazetteer::load(const assets::Source& source, assets::LoadReport& report) {
    const std::string countries = source.require("gazetteer/countries.tsv", report);
    const std::string extra = source.require("gazetteer/country_names_extra.tsv", report);
    return from_text(countries, extra, source.require("gazetteer/phrases.tsv", report));
}

Gazetteer Gazetteer::from_text(std::string_view countries_tsv, std::string_view country_names_extra_tsv,
                               std::string phrases_tsv) {
    Gazetteer g;
    for (const std::string& line : base::list_lines(countries_tsv)) {
        std::vector<std::string> cols;
        std::size_t start = 0;
        for (;;) {
            const std::size_t tab = line.find('\t', start);
            cols.push_back(line.substr(start, tab == std::string::npos ? std::string::npos : tab - start));
            if (tab == std::string::npos) break;
            start = tab + 1;
        }
        if (cols.size() < 5 || cols[1].empty()) continue;
        Country c{cols[0], cols[1], split(cols[2], '|'), split(cols[3], '|'), split(cols[4], '|')};
        g.countries_.push_back(std::move(c));
    }
    // Hand-made names and person nouns the generated file lacks ("Turkey", "Serbs").
    for (const std::string& line : base::list_lines(country_names_extra_tsv)) {
        const std::size_t tab1 = line.find('\t');
        const std::size_t tab2 = line.find('\t', tab1 == std::string::npos ? line.size() : tab1 + 1);
        if (tab1 == std::string::npos || tab2 == std::string::npos) continue;
        for (Country& c : g.countries_) {
            if (c.id != std::string_view(line).substr(0, tab1)) continue;
            for (auto& n : split(std::string_view(line).substr(tab1 + 1, tab2 - tab1 - 1), '|')) c.aliases.push_back(std::move(n));
            for (auto& d : split(std::string_view(line).substr(tab2 + 1), '|')) c.demonyms.push_back(std::move(d));
        }
    }
    std::string key;
    for (std::size_t i = 0; i < g.countries_.size(); ++i) {
        const Country& c = g.countries_[i];
        const int id = static_cast<int>(i);
        g.add(c.name, kCountry, id, key);
        for (const auto& a : c.aliases) g.add(a, kCountry, id, key);
        for (const auto& d : c.demonyms) {
            g.add(d, kDemonym, id, key);
            // Plural of the person noun: "Russians", "Israelis".
            if (!d.empty() && (d.back() == 'n' || d.back() == 'i')) g.add(d + "s", kDemonym, id, key);
        }
        for (const auto& cap : c.capitals) g.add(cap, kCapital, id, key);
    }
    // The lists (cities, names, organisations, titles, ...), merged and sorted at build time
    // into one index (tools/build_gazetteer_index.py): looked up in place, nothing to build
    // but its line starts. Hashing their ~42,000 lines here was most of the page's first
    // analysis in its worker.
    g.lists_ = PhraseIndex(std::move(phrases_tsv));
    g.max_tokens_ = std::max(g.max_tokens_, g.lists_.max_key_spaces() + 1);
    return g;
}

// The kind letters of phrases.tsv (tools/build_gazetteer_index.py, KIND_LETTERS).
std::uint32_t Gazetteer::kinds_of_letters(std::string_view letters) {
    static constexpr struct {
        char letter;
        Kind kind;
    } kLetters[] = {{'D', kDemonym}, {'R', kRegion},   {'X', kFormerCountry}, {'C', kCity},
                    {'F', kFirstName}, {'L', kLastName}, {'O', kOrganisation}, {'T', kTitle},
                    {'G', kLandform},  {'N', kOrgNoun},  {'S', kOrgSuffix},    {'E', kCompanyTitle},
                    {'P', kListedOrganisation}};
    std::uint32_t kinds = 0;
    for (const char c : letters)
        for (const auto& l : kLetters)
            if (l.letter == c) kinds |= l.kind;
    return kinds;
}

// A code ("US") is looked up with its case first; only when neither the countries nor the
// lists have it that way is it looked up folded, as any other phrase.
Gazetteer::Match Gazetteer::find(std::string_view phrase) const {
    if (is_code(phrase)) {
        const Entry* e = exact_.find(phrase);
        const auto letters = lists_.find(phrase);
        if (e || letters) return {e, (e ? e->kinds : 0) | (letters ? kinds_of_letters(*letters) : 0)};
    }
    // Folded on the stack: lookups are of phrases of a few words (a longer one gets a string).
    char buffer[128];
    std::string long_key;
    const std::string_view folded = phrase.size() <= sizeof buffer ? std::string_view(buffer, fold_to(buffer, phrase))
                                                                   : fold_into(long_key, phrase);
    const Entry* e = folded_.find(folded);
    const auto letters = lists_.find(folded);
    return {e, (e ? e->kinds : 0) | (letters ? kinds_of_letters(*letters) : 0)};
}

std::uint32_t Gazetteer::kinds(std::string_view phrase) const { return find(phrase).kinds; }

const Country* Gazetteer::country_named(std::string_view phrase) const {
    const Entry* e = find(phrase).country_entry;
    return e && e->country >= 0 ? &countries_[static_cast<std::size_t>(e->country)] : nullptr;
}

const Country* Gazetteer::country_of_demonym(std::string_view phrase) const {
    const Entry* e = find(phrase).country_entry;
    return e && e->demonym_of >= 0 ? &countries_[static_cast<std::size_t>(e->demonym_of)] : nullptr;
}

const Country* Gazetteer::country_of_capital(std::string_view phrase) const {
    const Entry* e = find(phrase).country_entry;
    return e && e->capital_of >= 0 ? &countries_[static_cast<std::size_t>(e->capital_of)] : nullptr;
}

}  // namespace lede::gazetteer
