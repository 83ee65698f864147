// analysis_json_test.cpp — to_json_string's text. Its members, their names and order (the
// empty analysis and one with every member set, written out here); nlohmann_json's layout for
// every indent (the text parsed and dumped again is the same text); nlohmann's escaping for
// any bytes in a string, invalid UTF-8 included (replaced as error_handler_t::replace does);
// and every member read back by analysis_from_json to the same text. Whole documents from
// real inputs: golden_analysis_test.cpp.
#include <catch2/catch.hpp>

#include <fstream>
#include <iterator>
#include <random>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "test_resources.h"
#include "analysis_from_json.h"
#include "analysis_json.h"
#include "analyze.h"

namespace {

using ojson = nlohmann::ordered_json;

// nlohmann's text for one string: the reference for escaping.
std::string reference_string(const std::string& s) {
    return ojson(s).dump(-1, ' ', false, ojson::error_handler_t::replace);
}

// Where two texts first differ, for a failure message (the strings can be long).
void check_same_text(const std::string& got, const std::string& expected) {
    std::size_t at = 0;
    while (at < got.size() && at < expected.size() && got[at] == expected[at]) ++at;
    INFO("first difference at byte " << at << " of " << expected.size());
    INFO("got:      ..." << got.substr(at > 60 ? at - 60 : 0, 120));
    INFO("expected: ..." << expected.substr(at > 60 ? at - 60 : 0, 120));
    const bool same_bytes = got == expected;
    CHECK(same_bytes);
}

// The layouts used (-1: the worker and the CLI, 2: --pretty and the page's download) and two
// more (0: newlines only, 4) are nlohmann's: parsed and dumped again, the text is unchanged,
// and every layout holds the same document. Then the reader gives back what was written.
void check_text(const lede::Analysis& a) {
    const std::string compact = lede::to_json_string(a);
    const ojson document = ojson::parse(compact);
    for (const int indent : {-1, 2, 0, 4}) {
        INFO("indent " << indent);
        const std::string text = lede::to_json_string(a, indent);
        check_same_text(text, ojson::parse(text).dump(indent, ' ', false, ojson::error_handler_t::replace));
        CHECK(ojson::parse(text) == document);
    }
    const lede::AnalysisLoad back = lede::analysis_from_json(compact);
    REQUIRE(back.analysis);
    INFO("read back and written again");
    check_same_text(lede::to_json_string(*back.analysis), compact);
}

std::string hex(const std::string& s) {
    static constexpr char kDigits[] = "0123456789ABCDEF";
    std::string out;
    for (const char c : s) {
        const auto b = static_cast<unsigned char>(c);
        out += {kDigits[b >> 4], kDigits[b & 0xF], ' '};
    }
    return out;
}

std::string read_test_file(const std::string& path) {
    std::ifstream in(std::string(LEDE_TEST_DATA) + "/" + path, std::ios::binary);
    REQUIRE(in);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

lede::Analysis with_strings_everywhere(const std::string& s) {
    lede::Analysis a;
    a.article.title = s;
    a.article.published = s;
    a.article.byline = s;
    a.article.outlet = s;
    a.article.language = s;
    a.article.text = s;
    a.removed.push_back({{1, 2}, s});
    lede::Actor x;
    x.id = s;
    x.name = s;
    x.aliases = {s, s};
    x.roles.push_back({s, s});
    x.links.push_back({s, s, s});
    a.actors.push_back(x);
    a.times.push_back({{3, 4}, s, lede::TimeType::Set, s, s});
    lede::Relation r;
    r.source = s;
    r.target = s;
    r.event_class = s;
    r.time = lede::RelationTime{s, std::nullopt, s};
    a.relations.push_back(r);
    lede::Event e;
    e.lemma = s;
    e.agent = s;
    e.patient = s;
    a.events.push_back(e);
    a.warnings.push_back({s, s});
    return a;
}

// An actor whose aliases are `strings`: many strings in one analysis, compared in one go.
lede::Analysis with_aliases(std::vector<std::string> strings) {
    lede::Analysis a;
    lede::Actor x;
    x.id = "a1";
    x.aliases = std::move(strings);
    a.actors.push_back(std::move(x));
    return a;
}


// Every string member set to `s`: each is written as nlohmann writes `s` alone (compared with
// the same analysis with a plain marker in their place), and the document checks out.
void check_strings_everywhere(const std::string& s) {
    static const std::string kMarker = "@@marker@@";
    std::string expected = lede::to_json_string(with_strings_everywhere(kMarker));
    const std::string quoted_marker = "\"" + kMarker + "\"", written = reference_string(s);
    for (std::size_t at = expected.find(quoted_marker); at != std::string::npos; at = expected.find(quoted_marker, at + written.size()))
        expected.replace(at, quoted_marker.size(), written);
    const lede::Analysis a = with_strings_everywhere(s);
    check_same_text(lede::to_json_string(a), expected);
    check_text(a);
}

// Many strings as one actor's aliases: each written as nlohmann writes it alone.
void check_aliases(std::vector<std::string> strings) {
    std::string expected = "\"aliases\":[";
    for (std::size_t i = 0; i < strings.size(); ++i) expected += (i ? "," : "") + reference_string(strings[i]);
    expected += "],";
    const lede::Analysis a = with_aliases(std::move(strings));
    const std::string text = lede::to_json_string(a);
    const std::size_t at = text.find("\"aliases\":");
    REQUIRE(at != std::string::npos);
    check_same_text(text.substr(at, expected.size()), expected);
    check_text(a);
}

}  // namespace

TEST_CASE("real analyses: the sample, text and HTML inputs", "[analysis_json]") {
    const auto sample = lede::test_assets().read("samples/rt-2020-09-25-putin-guarantees.txt");
    REQUIRE(sample);
    const lede::Analysis a = lede::analyze(lede::test_resources(), {*sample, {}}, {});
    REQUIRE_FALSE(a.relations.empty());
    REQUIRE_FALSE(a.events.empty());
    check_text(a);

    for (const char* name : {"clean/login-page.txt", "clean/synthetic-page.txt"})
        check_text(lede::analyze(lede::test_resources(), {read_test_file(name), {}}, {}));
    const lede::Analysis page = lede::analyze(lede::test_resources(), {{}, read_test_file("html/article_page.html")}, {});
    REQUIRE_FALSE(page.article.origin.empty());
    check_text(page);
    // Broken UTF-8, control bytes and NULs in the input; warnings in the output.
    lede::AnalyzeOptions dated;
    dated.dateline = "2020-09-25";
    static const char kBroken[] = "Putin \xC3 said\x01 on \0Friday \"yes\"\t\\ \xF0\x9F\x98\x80.";
    check_text(lede::analyze(lede::test_resources(), {std::string(kBroken, sizeof kBroken - 1), {}}, dated));   // the NUL kept
    check_text(lede::analyze(lede::test_resources(), {}, {}));
}

TEST_CASE("an empty analysis: every member, in order; empty arrays, null optionals", "[analysis_json]") {
    check_text(lede::Analysis{});
    CHECK(lede::to_json_string(lede::Analysis{}) ==
          "{\"schema\":\"lede.analysis/1\",\"article\":{\"title\":null,\"published\":null,\"published_source\":null,"
          "\"byline\":null,\"outlet\":null,\"language\":\"en\",\"text\":\"\",\"paragraphs\":[],\"origin\":[]},"
          "\"removed\":[],\"actors\":[],\"times\":[],\"relations\":[],\"events\":[],\"warnings\":[]}");
    CHECK(lede::to_json_string(lede::Analysis{}, 2).find("\"paragraphs\": []") != std::string::npos);
}

TEST_CASE("every optional set and unset, empty and non-empty vectors", "[analysis_json]") {
    lede::Analysis a;
    a.article.title = "Talks resume";
    a.article.published = "2021-03-04T10:00";
    a.article.published_source = lede::Span{10, 30};
    a.article.byline = "A. Writer, B. Writer";
    a.article.outlet = "Example News";
    a.article.text = "Angela Merkel met Emmanuel Macron.\n\nThey agreed.";
    a.article.paragraphs = {{{0, 34}, lede::ParagraphKind::Heading}, {{36, 48}, lede::ParagraphKind::Paragraph},
                            {{36, 48}, lede::ParagraphKind::Quote}, {{36, 48}, lede::ParagraphKind::ListItem}};
    a.article.origin = {{{0, 34}, 120}, {{36, 48}, 0}};
    a.removed = {{{0, 5}, "menu"}, {{5, 5}, ""}};

    lede::Actor merkel;
    merkel.id = "a1";
    merkel.name = "Angela Merkel";
    merkel.type = lede::ActorType::Person;
    merkel.aliases = {"Merkel", "Angela Merkel"};
    merkel.roles = {{"Chancellor", std::string("a3")}, {"leader", std::nullopt}};
    merkel.links = {{"member-of", "a3", "CDU"}};
    merkel.dictionary = lede::DictionaryLink{"petrarch2", "Angela Merkel", "Merkel", std::string("DEUGOV"),
                                             std::string("2005-11-22"), std::nullopt, std::string("2021-03-04")};
    merkel.mentions = {{{0, 13}, lede::MentionKind::Name}, {{20, 30}, lede::MentionKind::Title},
                       {{20, 30}, lede::MentionKind::Nominal}, {{36, 40}, lede::MentionKind::Pronoun}};
    lede::Actor bare;   // every vector empty, every string empty
    lede::Actor one_each;
    one_each.id = "a3";
    one_each.type = lede::ActorType::Org;
    one_each.aliases = {""};
    one_each.roles = {{"", std::nullopt}};
    one_each.links = {{"", "", ""}};
    one_each.mentions = {{{0, 0}, lede::MentionKind::Name}};
    a.actors = {merkel, bare, one_each};
    for (const auto type : {lede::ActorType::Gpe, lede::ActorType::Loc, lede::ActorType::Norp, lede::ActorType::Other}) {
        lede::Actor x;
        x.type = type;
        a.actors.push_back(x);
    }

    for (const auto type : {lede::TimeType::Date, lede::TimeType::Time, lede::TimeType::Duration, lede::TimeType::Set})
        a.times.push_back({{1, 2}, "Monday", type, "2021-03-01", "2021-03-04"});
    a.times.push_back({});

    lede::Relation full;
    full.source = "a1";
    full.target = "a2";
    full.theme = lede::Span{5, 9};
    full.event_class = "CONSULT";
    full.trigger = {14, 17};
    full.sentence = {0, 34};
    full.negated = true;
    full.modality = lede::Modality::Future;
    full.quote = lede::Span{0, 34};
    full.time = lede::RelationTime{"2021-03-01", std::size_t{0}, "text"};
    lede::Relation empty_relation;
    lede::Relation time_without_index;
    time_without_index.time = lede::RelationTime{"PAST_REF", std::nullopt, "published"};
    a.relations = {full, empty_relation, time_without_index};
    for (const auto m : {lede::Modality::Asserted, lede::Modality::Proposed, lede::Modality::Possible,
                         lede::Modality::Required, lede::Modality::Denied}) {
        lede::Relation r;
        r.modality = m;
        a.relations.push_back(r);
    }

    lede::Event event;
    event.trigger = {14, 17};
    event.lemma = "meet";
    event.agent = "a1";
    event.patient = "a2";
    event.sentence = {0, 34};
    event.negated = true;
    event.relation = std::size_t{0};
    a.events = {event, lede::Event{}};
    a.warnings = {{"invalid-utf8", "2 invalid UTF-8 sequences were replaced"}, {"", ""}};
    check_text(a);

    // Large numbers: nlohmann prints every digit of a std::size_t.
    a.article.paragraphs[0].span = {std::size_t(-1), std::size_t(-1) / 3};   // (size_t is 32 bits in wasm)
    a.events[0].relation = std::size_t(-1);
    check_text(a);

    // Each vector alone non-empty, so that every array is once the only non-empty one.
    lede::Analysis only_article;
    only_article.article = a.article;
    check_text(only_article);
    lede::Analysis only_actors;
    only_actors.actors = a.actors;
    check_text(only_actors);
    lede::Analysis only_relations;
    only_relations.relations = a.relations;
    check_text(only_relations);
    lede::Analysis only_events;
    only_events.events = a.events;
    check_text(only_events);
    lede::Analysis only_times_and_warnings;
    only_times_and_warnings.times = a.times;
    only_times_and_warnings.warnings = a.warnings;
    check_text(only_times_and_warnings);
}

TEST_CASE("escaping: quotes, backslashes, every control byte, 0x7F, multi-byte UTF-8", "[analysis_json]") {
    std::string controls;
    for (int c = 0; c < 0x20; ++c) controls.push_back(static_cast<char>(c));
    for (const std::string& s : std::vector<std::string>{
             "", "plain", "\"quoted\"", "back\\slash\\", "\\\"", controls, "\x7F", "a\x7F" "b",
             "caf\xC3\xA9 \xC2\xA0", "\xE2\x80\x94 \xE2\x82\xAC \xEF\xBF\xBD \xEF\xBB\xBF",
             "\xF0\x9F\x98\x80 \xF4\x8F\xBF\xBF \xF0\x90\x80\x80", "\xDF\xBF\xE0\xA0\x80\xED\x9F\xBF\xEE\x80\x80",
             std::string("nul\0inside", 10), std::string(600, '\n'), std::string(1000, 'x') + "\x01"}) {
        INFO("string of " << s.size() << " bytes");
        check_strings_everywhere(s);
    }
    check_aliases({controls});
    CHECK(lede::to_json_string(with_aliases({"\x1f\x7f"}), -1).find("\"\\u001f\x7f\"") != std::string::npos);
}

TEST_CASE("invalid UTF-8 is replaced exactly as nlohmann's replace handler does", "[analysis_json]") {
    const std::vector<std::string> invalid = {
        "\x80", "\xBF", "a\x80" "b", "\x80\x80\x80",             // lone continuation bytes
        "\xC3", "a\xC3", "\xE2\x82", "\xF0\x9F\x98", "\xF0\x9F", // truncated at the end
        "\xC3" "a", "\xE2\x82" "a", "\xF0\x9F\x98" "a", "\xE2" "\xC3\xA9", "\xF0\x9F\xE2\x82\xAC",
        "\xC0\x80", "\xC1\xBF", "\xE0\x80\x80", "\xE0\x9F\xBF", "\xF0\x80\x80\x80", "\xF0\x8F\xBF\xBF",  // overlong
        "\xED\xA0\x80", "\xED\xBF\xBF", "\xED\xA0\xBD\xED\xB8\x80",                                 // surrogates
        "\xF4\x90\x80\x80", "\xF5\x80\x80\x80", "\xF8\x88\x80\x80\x80", "\xFC\x84\x80\x80\x80\x80",  // > U+10FFFF
        "\xFE", "\xFF", "\xFF\xFE", "ok\xFF" "ok", "\xC3\xA9\xFF\xC3\xA9",
        "\"\xC3\"", "\\\xE2\\", "\n\xF0\n", "\xE2\x82\x01",
    };
    for (const auto& s : invalid) {
        INFO("bytes " << hex(s));
        check_strings_everywhere(s);
    }
    check_aliases(invalid);
}

TEST_CASE("any byte string escapes as nlohmann's dump does", "[analysis_json]") {
    // Every string of one and two bytes.
    std::vector<std::string> strings;
    for (int b = 0; b < 256; ++b) {
        for (int c = 0; c < 256; ++c) strings.push_back({static_cast<char>(b), static_cast<char>(c)});
        strings.push_back({static_cast<char>(b)});
        check_aliases(std::move(strings));
        strings.clear();
    }
    // Every string of three and four bytes from bytes that sit at the edges of UTF-8's ranges.
    const std::vector<unsigned char> edges = {0x00, 0x0A, 0x1F, 0x22, 0x41, 0x5C, 0x7F, 0x80, 0x8F, 0x90, 0x9F,
                                              0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xE1, 0xEC, 0xED, 0xEE,
                                              0xEF, 0xF0, 0xF1, 0xF3, 0xF4, 0xF5, 0xFF};
    for (const unsigned char a : edges) {
        for (const unsigned char b : edges)
            for (const unsigned char c : edges) {
                strings.push_back({static_cast<char>(a), static_cast<char>(b), static_cast<char>(c)});
                for (const unsigned char d : edges)
                    strings.push_back({static_cast<char>(a), static_cast<char>(b), static_cast<char>(c), static_cast<char>(d)});
            }
        check_aliases(std::move(strings));
        strings.clear();
    }
    // Random strings, mostly UTF-8-like (a fixed seed: the same strings every run).
    std::mt19937 random(20200925);
    for (int round = 0; round < 50; ++round) {
        for (int i = 0; i < 100; ++i) {
            std::string s(random() % 40, '\0');
            for (auto& ch : s) {
                const unsigned r = random();
                ch = static_cast<char>((r & 0x300) ? edges[(r >> 12) % edges.size()] : (r & 0xFF));
            }
            strings.push_back(std::move(s));
        }
        check_aliases(std::move(strings));
        strings.clear();
    }
}
