// mention_pass_test.cpp — each step of find_mentions alone (mention_pass.h): names are
// seeded by hand (or tagger spans given), one step runs, its effect is checked. The
// whole chain is tested in actor_mentions_test.cpp.
#include <catch2/catch.hpp>

#include <memory>
#include <string>
#include <vector>

#include "actors/gazetteer.h"
#include "actors/mention_pass.h"
#include "nlp/tokenize.h"
#include "test_resources.h"

using lede::ActorType;
using lede::actors::MentionPass;
using lede::actors::NameMention;
using lede::ner::EntityMention;
using lede::ner::EntityType;

namespace {

// A text, its tokens and a pass over them (not copyable: the document views the text).
struct Run {
    std::string text;
    lede::nlp::Document doc;
    MentionPass pass;
    explicit Run(std::string t)
        : text(std::move(t)), doc(lede::nlp::tokenize(text, lede::test_resources().nlp)),
          pass(doc, lede::test_resources().actors, lede::test_resources().syntax.tagger) {}
    Run(const Run&) = delete;
    // Token index of the n-th token written `w`.
    std::size_t at(const std::string& w, int n = 0) const {
        for (std::size_t i = 0; i < doc.tokens.size(); ++i)
            if (doc.token_text(i) == w && n-- == 0) return i;
        FAIL("no token " << w);
        return 0;
    }
    // Seeds a name of the words from `first` (as many as `words` has tokens).
    NameMention& add(const std::string& first, std::size_t words, ActorType type, int n = 0) {
        const std::size_t i = at(first, n);
        pass.set().names.push_back({i, i + words, type, {}, {}, {}});
        return pass.set().names.back();
    }
    std::string words(const NameMention& m) const {
        std::string s;
        for (std::size_t i = m.first; i < m.end; ++i) s += (i > m.first ? " " : "") + std::string(doc.token_text(i));
        return s;
    }
    // The names found, as "words:type" in their order.
    std::vector<std::string> names() const {
        std::vector<std::string> out;
        for (const auto& m : pass.set().names) out.push_back(words(m) + ":" + std::to_string(static_cast<int>(m.type)));
        return out;
    }
    const NameMention* named(const std::string& s) const {
        for (const auto& m : pass.set().names)
            if (words(m) == s) return &m;
        return nullptr;
    }
    EntityMention span(const std::string& first, std::size_t words, EntityType type) const {
        const std::size_t i = at(first);
        return {i, i + words, type};
    }
};

const std::string kSixSentences =
    "The plan was announced on Monday. Analysts were surprised. Shares fell in early trading. "
    "The company said little. Investors waited. Nobody commented further. ";

}  // namespace

TEST_CASE("step 1: tagger spans are trimmed, cut at titles and split into places", "[mention_pass]") {
    Run r("They sued over the Apple trademark. FBI Director Christopher Wray spoke in Moscow and Washington.");
    r.pass.take_tagger_spans({r.span("the", 3, EntityType::Org), r.span("FBI", 4, EntityType::Per),
                              r.span("Moscow", 3, EntityType::Loc)});
    const NameMention* apple = r.named("Apple");
    REQUIRE(apple != nullptr);
    CHECK(apple->type == ActorType::Org);
    CHECK(apple->weak);   // typed from a longer span: takes the document's vote, casts none
    REQUIRE(r.named("FBI") != nullptr);
    REQUIRE(r.named("Christopher Wray") != nullptr);
    CHECK(r.named("Christopher Wray")->type == ActorType::Person);
    REQUIRE(r.named("Moscow") != nullptr);
    CHECK(r.named("Moscow")->capital_of == "RU");
    REQUIRE(r.named("Washington") != nullptr);
    CHECK(r.named("Director") == nullptr);
}

TEST_CASE("step 1: a lower-case span and a demonym-less MISC are no names", "[mention_pass]") {
    Run r("Click the chevron icon to see the Grand Prix results.");
    r.pass.take_tagger_spans({r.span("chevron", 2, EntityType::Org), r.span("Grand", 2, EntityType::Misc)});
    CHECK(r.pass.set().names.empty());
}

TEST_CASE("step 1b: a capitalised run ending in an organisation word replaces the tagger names inside", "[mention_pass]") {
    Run r("He told the House Homeland Security Committee on Tuesday.");
    r.add("Homeland", 2, ActorType::Person);
    r.pass.find_org_word_runs();
    REQUIRE(r.names().size() == 1);
    CHECK(r.names()[0] == "House Homeland Security Committee:" + std::to_string(static_cast<int>(ActorType::Org)));
}

TEST_CASE("step 2a: a capitalised run ending in a landform word is a LOC, or extends the name before it", "[mention_pass]") {
    Run r("They landed at Changi International Airport and flew past Zorbik International Airport later.");
    r.add("Zorbik", 1, ActorType::Org);
    r.pass.find_landform_places();
    REQUIRE(r.named("Changi International Airport") != nullptr);
    CHECK(r.named("Changi International Airport")->type == ActorType::Loc);
    REQUIRE(r.named("Zorbik International Airport") != nullptr);
    CHECK(r.named("Zorbik International Airport")->type == ActorType::Loc);
    CHECK(r.pass.set().names.size() == 2);
}

TEST_CASE("step 2: the gazetteer finds countries, capitals and demonyms, and sorts the names", "[mention_pass]") {
    Run r("Ryan Smith met French envoys in Moscow to talk about France.");
    r.add("Ryan", 2, ActorType::Person);
    r.pass.find_gazetteer_names();
    const auto& names = r.pass.set().names;
    REQUIRE(names.size() == 4);
    CHECK(std::is_sorted(names.begin(), names.end(), [](const NameMention& a, const NameMention& b) { return a.first < b.first; }));
    CHECK(r.named("French")->type == ActorType::Norp);
    CHECK(r.named("French")->demonym_of == "FR");
    CHECK(r.named("Moscow")->capital_of == "RU");
    CHECK(r.named("France")->country == "FR");
}

TEST_CASE("step 2b: in capitals a lone country code and a lone organisation noun are no names", "[mention_pass]") {
    Run r("OFFICIALS TOLD US THE MINISTRY WOULD ACT SOON AND THE US WOULD FOLLOW THE PLAN.");
    r.add("US", 1, ActorType::Gpe).country = "US";
    r.add("US", 1, ActorType::Gpe, 1).country = "US";
    r.add("MINISTRY", 1, ActorType::Org);
    r.pass.drop_case_blind_cruft();
    REQUIRE(r.pass.set().names.size() == 1);
    CHECK(r.pass.set().names[0].first == r.at("US", 1));   // "THE US": the country
}

TEST_CASE("step 2b: in mixed case nothing is dropped", "[mention_pass]") {
    Run r("Officials told the ministry that the US would act.");
    r.add("US", 1, ActorType::Gpe).country = "US";
    r.pass.drop_case_blind_cruft();
    CHECK(r.pass.set().names.size() == 1);
}

TEST_CASE("step 2c: a name before a company role and a person is an organisation", "[mention_pass]") {
    Run r("Brantley Quinlan CEO Ron Sugar said the firm had no rival.");
    r.add("Brantley", 2, ActorType::Person);
    r.add("Ron", 2, ActorType::Person);
    r.pass.retype_by_context();
    CHECK(r.named("Brantley Quinlan")->type == ActorType::Org);
    CHECK(r.named("Ron Sugar")->type == ActorType::Person);
}

TEST_CASE("step 3: a form takes the type of the longer name it starts", "[mention_pass]") {
    Run r("Apple Inc. reported results. Apple said sales rose.");
    r.add("Apple", 2, ActorType::Org);
    r.add("Apple", 1, ActorType::Person, 1);
    r.pass.vote_types();
    CHECK(r.pass.set().names[1].type == ActorType::Org);
}

TEST_CASE("step 3: a surname of a person named in full is that person", "[mention_pass]") {
    Run r("Doug Ford spoke. Later Ford said he would wait.");
    r.add("Doug", 2, ActorType::Person);
    r.add("Ford", 1, ActorType::Org, 1);
    r.pass.vote_types();
    CHECK(r.pass.set().names[1].type == ActorType::Person);
}

TEST_CASE("step 3': a person named after an organisation of the document is its product", "[mention_pass]") {
    Run r("Ford Motor said the Ford Taurus sold well.");
    r.add("Ford", 2, ActorType::Org);
    r.add("Ford", 2, ActorType::Person, 1);
    r.pass.vote_types();
    r.pass.mark_maker_products();
    CHECK(r.pass.set().names[1].type == ActorType::Org);
    CHECK(r.pass.set().names[1].product);
}

TEST_CASE("step 3'': a one-word place the document also calls an organisation is one", "[mention_pass]") {
    Run r("Ryanair said fares rose. Flights on Ryanair were full.");
    r.add("Ryanair", 1, ActorType::Org);
    r.add("Ryanair", 1, ActorType::Gpe, 1);
    r.pass.vote_types();   // two votes tie: the place keeps its type until this step
    r.pass.retype_org_places();
    CHECK(r.pass.set().names[1].type == ActorType::Org);
}

TEST_CASE("step 3''': in an article a lone one-word person is an organisation, unless named in full", "[mention_pass]") {
    Run r(kSixSentences + "Boeing said it would wait. Steve Jobs agreed, and Jobs left.");
    r.add("Boeing", 1, ActorType::Person);
    r.add("Steve", 2, ActorType::Person);
    r.add("Jobs", 1, ActorType::Person, 1);
    r.pass.vote_types();
    r.pass.retype_lone_people();
    CHECK(r.pass.set().names[0].type == ActorType::Org);
    CHECK(r.pass.set().names[2].type == ActorType::Person);
}

TEST_CASE("step 3''': in a snippet a lone one-word person stays a person", "[mention_pass]") {
    Run r("Boeing said it would wait.");
    r.add("Boeing", 1, ActorType::Person);
    r.pass.vote_types();
    r.pass.retype_lone_people();
    CHECK(r.pass.set().names[0].type == ActorType::Person);
}

TEST_CASE("step 3b: names, short forms and surnames are found again", "[mention_pass]") {
    Run r("Acme Widgets hired Alan Mulally. Later Acme grew, Mulally said, and Acme Widgets thrived.");
    r.add("Acme", 2, ActorType::Org);
    r.add("Alan", 2, ActorType::Person);
    r.pass.refind_names();
    const auto names = r.names();
    const std::string org = std::to_string(static_cast<int>(ActorType::Org));
    const std::string per = std::to_string(static_cast<int>(ActorType::Person));
    CHECK(std::count(names.begin(), names.end(), "Acme Widgets:" + org) == 2);
    CHECK(std::count(names.begin(), names.end(), "Acme:" + org) == 1);
    CHECK(std::count(names.begin(), names.end(), "Mulally:" + per) == 1);
}

TEST_CASE("step 3c: a capitalised word written so twice inside sentences is a name", "[mention_pass]") {
    Run r(kSixSentences + "Shares of Zorbex rose. Analysts like Zorbex too. They said Quarn once.");
    r.pass.find_repeated_capitals();
    REQUIRE(r.named("Zorbex") != nullptr);
    CHECK(r.named("Zorbex")->type == ActorType::Org);
    CHECK(r.named("Quarn") == nullptr);   // once is not enough
}

TEST_CASE("step 4: a demonym right before an organisation joins it", "[mention_pass]") {
    Run r("The Russian Foreign Ministry said so, and Russian officials agreed.");
    r.add("Russian", 1, ActorType::Norp).demonym_of = "RU";
    r.add("Foreign", 2, ActorType::Org);
    r.add("Russian", 1, ActorType::Norp, 1).demonym_of = "RU";
    r.pass.join_demonyms();
    REQUIRE(r.pass.set().names.size() == 2);
    CHECK(r.words(r.pass.set().names[0]) == "Russian Foreign Ministry");
    CHECK(r.pass.set().names[0].demonym_of == "RU");
    CHECK(r.pass.set().names[1].type == ActorType::Norp);
}

TEST_CASE("step 5: a title is cut off the name it was tagged in and tied to it", "[mention_pass]") {
    Run r("FBI Director Christopher Wray testified.");
    r.add("FBI", 2, ActorType::Org);
    r.add("Christopher", 2, ActorType::Person);
    r.pass.attach_titles();
    const auto& set = r.pass.set();
    CHECK(r.words(set.names[0]) == "FBI");
    REQUIRE(set.titles.size() == 1);
    CHECK(set.titles[0].title == "Director");
    CHECK(set.titles[0].person == 1);
    CHECK(set.titles[0].of_name == 0);
}

TEST_CASE("step 5: a possessive organisation noun before a title is a nominal", "[mention_pass]") {
    Run r("We did not, the ministry’s spokesperson Maria Zakharova said.");
    r.add("Maria", 2, ActorType::Person);
    r.pass.attach_titles();
    const auto& set = r.pass.set();
    REQUIRE(set.nominals.size() == 1);
    CHECK(set.nominals[0].head == "ministry");
    REQUIRE(set.titles.size() == 1);
    CHECK(set.titles[0].of_nominal == 0);
}

TEST_CASE("step 6: extents take the 'the' before a country", "[mention_pass]") {
    Run r("Officials said the United States would act.");
    r.add("United", 2, ActorType::Gpe).country = "US";
    r.pass.mark_extents();
    CHECK(r.pass.set().names[0].first == r.at("the"));
    CHECK(r.pass.set().names[0].lead == 1);
}

TEST_CASE("steps 1, 2, 3b, 3c: the stem of a contraction is no name ('Don't')", "[mention_pass]") {
    Run r(kSixSentences + "Don't have an account? Sign up. Acme said Don't worry, and Acme agreed Don't wait.");
    r.pass.take_tagger_spans({r.span("Don", 1, EntityType::Per)});
    CHECK(r.pass.set().names.empty());
    r.add("Acme", 1, ActorType::Org);
    r.pass.find_gazetteer_names();
    r.pass.refind_names();
    r.pass.find_repeated_capitals();
    for (const auto& m : r.pass.set().names) CHECK(r.words(m) != "Don");
}

TEST_CASE("step 6: a name between two numbers is a table cell, not a product", "[mention_pass]") {
    Run r("Results on Saturday:\nFeyenoord 2 Ajax Amsterdam 1\nBoeing sold its 787 Dreamliner jets.");
    r.add("Feyenoord", 1, ActorType::Org);
    r.add("Ajax", 2, ActorType::Org);
    r.add("Boeing", 1, ActorType::Org);
    r.add("Dreamliner", 1, ActorType::Org);
    r.pass.mark_extents();
    CHECK_FALSE(r.named("Ajax Amsterdam")->product);
    CHECK(r.named("Dreamliner")->product);
}

TEST_CASE("step 2': a place in capitals opening a dateline is a GPE name", "[mention_pass]") {
    Run r("FRANKFURT 1997-02-08\nThe bank said so.\nMOSCOW, Sept 25\nTalks went on.\nAL-AIN , United Arab Emirates 1996-12-06\n"
          "Play began.\nWASHINGTON (Reuters) - The vote was close.\nSECTION 5\nThe Borrower shall pay.\nNEW RULES (2)\n");
    r.pass.find_datelines();
    REQUIRE(r.named("FRANKFURT") != nullptr);
    CHECK(r.named("FRANKFURT")->type == ActorType::Gpe);
    REQUIRE(r.named("MOSCOW") != nullptr);
    CHECK(r.named("MOSCOW")->capital_of == "RU");
    CHECK(r.named("AL-AIN") != nullptr);
    CHECK(r.named("WASHINGTON") != nullptr);
    CHECK(r.named("SECTION") == nullptr);      // a bare number is no date
    CHECK(r.named("NEW RULES") == nullptr);    // nor a bracket without an agency and a dash
    CHECK(r.pass.set().names.size() == 4);
}

TEST_CASE("step 3b: a known name is found again inside a headline in capitals", "[mention_pass]") {
    Run r("BAYER LEVERKUSEN SIGN NEW COACH\nBayer Leverkusen said on Saturday they had signed a coach.");
    r.add("Bayer", 2, ActorType::Org, 0);
    r.pass.refind_names();
    REQUIRE(r.named("BAYER LEVERKUSEN") != nullptr);
    CHECK(r.named("BAYER LEVERKUSEN")->type == ActorType::Org);
}

TEST_CASE("step 1c: an organisation word, 'of' and a capitalised run are one organisation", "[mention_pass]") {
    Run r("The Bank of Canada and the Federal Reserve Bank of New York met the Board of Governors of the Federal Reserve "
          "System, the Republic of Korea and the Minister of Finance.");
    r.add("Canada", 1, ActorType::Gpe).country = "CA";
    r.add("New", 2, ActorType::Gpe);
    r.pass.join_of_names();
    REQUIRE(r.named("Bank of Canada") != nullptr);
    CHECK(r.named("Bank of Canada")->type == ActorType::Org);
    CHECK(r.named("Canada") == nullptr);   // replaced by the organisation
    CHECK(r.named("Federal Reserve Bank of New York") != nullptr);
    CHECK(r.named("Board of Governors of the Federal Reserve System") != nullptr);
    CHECK(r.named("Republic of Korea") == nullptr);   // a country's name
    CHECK(r.named("Minister of Finance") == nullptr);  // a title, no organisation word
    CHECK(r.pass.set().names.size() == 3);
}

TEST_CASE("step 3d: a defined term of a contract is no name; a short name defined so stays", "[mention_pass]") {
    Run r("Acme Widgets Inc. (the \"Borrower\") and Silicon Harbor Bank (\"Bank\") agree. \"Person\" means any individual. "
          "\"Collateral\" is all property. The Borrower and the Lenders pay the Bank. A Person may sue.");
    r.add("Acme", 3, ActorType::Org);
    r.add("Borrower", 1, ActorType::Org, 1);
    r.add("Lenders", 1, ActorType::Org);
    r.add("Bank", 1, ActorType::Org, 2);
    r.add("Person", 1, ActorType::Org, 1);
    r.add("Collateral", 1, ActorType::Org);
    r.pass.drop_defined_terms();
    CHECK(r.named("Borrower") == nullptr);
    CHECK(r.named("Person") == nullptr);
    CHECK(r.named("Collateral") == nullptr);
    CHECK(r.named("Lenders") != nullptr);   // never defined here
    CHECK(r.named("Bank") != nullptr);      // a word of the name it stands for
    CHECK(r.named("Acme Widgets Inc.") != nullptr);
}

TEST_CASE("step 3d: an acronym in quotes stays a name", "[mention_pass]") {
    Run r("The Organization of the Petroleum Exporting Countries (\"OPEC\") met. OPEC said so.");
    r.add("OPEC", 1, ActorType::Org, 1);
    r.pass.drop_defined_terms();
    CHECK(r.named("OPEC") != nullptr);
}

TEST_CASE("step 1b: a sentence's first word before 'of' is not part of the organisation", "[mention_pass]") {
    Run r("Shares of Deutsche Bank fell.");
    r.pass.find_org_word_runs();
    REQUIRE(r.names().size() == 1);
    CHECK(r.names()[0] == "Deutsche Bank:" + std::to_string(static_cast<int>(ActorType::Org)));
}

TEST_CASE("step 1b: 'and' after a run holding an organisation word ends it", "[mention_pass]") {
    Run r("He studied at the University of Michigan and Harvard University.");
    r.pass.find_org_word_runs();
    CHECK(r.named("University of Michigan and Harvard University") == nullptr);
    CHECK(r.named("Harvard University") != nullptr);
    Run p("He bought Procter and Gamble Company shares.");
    p.pass.find_org_word_runs();
    CHECK(p.named("Procter and Gamble Company") != nullptr);
}

TEST_CASE("step 1b: football clubs end in a club word", "[mention_pass]") {
    Run r("He joined Chelsea FC after a spell at Newcastle United.");
    r.add("Chelsea", 2, ActorType::Person);
    r.pass.find_org_word_runs();
    REQUIRE(r.named("Chelsea FC") != nullptr);
    CHECK(r.named("Chelsea FC")->type == ActorType::Org);
    CHECK(r.named("Newcastle United") != nullptr);
}

TEST_CASE("step 4: a region's demonym no name took joins the organisation after it", "[mention_pass]") {
    Run r("The European Central Bank raised rates.");
    r.add("Central", 2, ActorType::Org);
    r.pass.join_demonyms();
    REQUIRE(r.pass.set().names.size() == 1);
    CHECK(r.words(r.pass.set().names[0]) == "European Central Bank");
}

TEST_CASE("step 2: an organisation of the PETRARCH2 dictionaries the tagger missed is found", "[mention_pass]") {
    REQUIRE((lede::test_resources().actors.gazetteer.kinds("International Atomic Energy Agency") &
             lede::gazetteer::kListedOrganisation) != 0);
    Run r("Inspectors of the International Atomic Energy Agency arrived.");
    r.pass.find_gazetteer_names();
    REQUIRE(r.named("International Atomic Energy Agency") != nullptr);
    CHECK(r.named("International Atomic Energy Agency")->type == ActorType::Org);
}

TEST_CASE("step 3e: a one-word name the document also writes in lower case is dropped", "[mention_pass]") {
    Run r("The Trustee shall notify the Company. A trustee may resign.");
    r.add("Trustee", 1, ActorType::Org);
    r.add("Company", 1, ActorType::Org);
    r.pass.drop_common_words();
    REQUIRE(r.names().size() == 1);
    CHECK(r.words(r.pass.set().names[0]) == "Company");
}

TEST_CASE("step 2d: a lone acronym in mixed case is an organisation; common ones and shouting are not", "[mention_pass]") {
    Run r("Analysts at QXR said GDP rose, and the CEO said it was SO GOOD for NEW hires at ZKV.");
    r.pass.find_acronyms();
    REQUIRE(r.named("QXR") != nullptr);
    CHECK(r.named("QXR")->type == ActorType::Org);
    CHECK(r.named("ZKV") != nullptr);
    CHECK(r.named("GDP") == nullptr);
    CHECK(r.named("CEO") == nullptr);
    CHECK(r.named("GOOD") == nullptr);
    CHECK(r.named("NEW") == nullptr);
    Run lower("QXR said so. The qxr page.");
    lower.pass.find_acronyms();
    CHECK(lower.named("QXR") == nullptr);   // written in lower case too
}

TEST_CASE("step 1d: a run spelled by the acronym in brackets after it is one organisation", "[mention_pass]") {
    Run r("Officials of the Economic Community of West African States (ECOWAS) met.");
    r.add("West", 2, ActorType::Norp);
    r.pass.join_spelled_acronyms();
    REQUIRE(r.named("Economic Community of West African States") != nullptr);
    CHECK(r.named("Economic Community of West African States")->type == ActorType::Org);
    REQUIRE(r.named("ECOWAS") != nullptr);
    CHECK(r.named("West African") == nullptr);
    Run place("He lives in the United States (US) now.");
    place.pass.join_spelled_acronyms();
    CHECK(place.names().empty());   // a country and its code stay for the gazetteer
    Run kit("They used the Software Development Kit (SDK) daily.");
    kit.pass.join_spelled_acronyms();
    CHECK(kit.names().empty());   // a thing, not an organisation
    Run no("Shares of Big Yellow Taxi (XYZ) rose.");
    no.pass.join_spelled_acronyms();
    CHECK(no.names().empty());
}
