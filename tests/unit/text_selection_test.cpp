// text_selection_test.cpp — the Article pane's selection model (src/app/text_selection.h, no
// ImGui): UTF-8 word boundaries (other scripts, apostrophes, numbers, punctuation alone), a
// drag either way, a double press by words, a triple press by blocks, Shift+press from the
// anchor, Select All, and the copied text across blocks and highlights-free byte ranges.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "app/text_selection.h"

using lede::app::TextBlockView;
using lede::app::TextPos;
using lede::app::TextSelection;
using lede::app::word_at;

namespace {

std::string word(const std::string& s, std::size_t offset) {
    const auto w = word_at(s, 0, s.size(), offset);
    return s.substr(w.first, w.second - w.first);
}

// A title of its own string and two paragraphs of one article string, as the pane has them.
struct Fixture {
    std::string title = "Putin offers a deal";
    std::string text = "Moscow’s envoy said on Friday that 3.5 million\nvoters—not all—agreed. Шойгу spoke.\n\nSecond paragraph here.";
    std::vector<TextBlockView> blocks;
    Fixture() {
        blocks.push_back({title, 0, title.size()});
        const std::size_t cut = text.find("\n\n");
        blocks.push_back({text, 0, cut});
        blocks.push_back({text, cut + 2, text.size()});
    }
    std::size_t at(const std::string& needle) const { return text.find(needle); }
};

}  // namespace

TEST_CASE("a word is letters of any script, apostrophes and numbers inside it", "[selection]") {
    const std::string s = "Moscow’s envoy — Шойгу, 3.5 million; don't 1,000 «Zelenskyy» well-known";
    CHECK(word(s, 0) == "Moscow’s");
    CHECK(word(s, s.find("’")) == "Moscow’s");        // on the apostrophe itself
    CHECK(word(s, s.find("oy")) == "envoy");
    CHECK(word(s, s.find("—")) == "—");               // a dash stands alone
    CHECK(word(s, s.find("Шойгу") + 2) == "Шойгу");   // inside a two-byte character's word
    CHECK(word(s, s.find("3.5") + 1) == "3.5");
    CHECK(word(s, s.find("don't")) == "don't");
    CHECK(word(s, s.find("1,000") + 3) == "1,000");
    CHECK(word(s, s.find("Zel")) == "Zelenskyy");
    CHECK(word(s, s.find("«")) == "«");
    CHECK(word(s, s.find("well")) == "well");         // hyphens part words, as browsers do
    CHECK(word(s, s.find("; ") + 1) == " ");          // a space run is its own unit
    CHECK(word(s, s.size()) == "known");              // the end takes the character before it
    CHECK(word(s, s.find(", 3") ) == ",");            // a comma not between digits stands alone
}

TEST_CASE("word boundaries stay inside the block's range", "[selection]") {
    const std::string s = "abc defghi jkl";
    const auto w = word_at(s, 4, 7, 5);               // the block is "def"
    CHECK(w.first == 4);
    CHECK(w.second == 7);
    const auto empty = word_at(s, 3, 3, 3);
    CHECK(empty.first == empty.second);
}

TEST_CASE("a press places a caret; a drag selects from it, forwards or back", "[selection]") {
    Fixture f;
    TextSelection sel;
    CHECK(sel.empty());
    CHECK(!sel.placed());
    const TextPos p{1, f.at("envoy")};
    sel.press(f.blocks, p, p, 1, false);
    CHECK(sel.placed());
    CHECK(sel.empty());
    const TextPos q{1, f.at(" on Friday")};
    sel.drag(f.blocks, q, q);
    CHECK(sel.text(f.blocks) == "envoy said");
    const TextPos back{1, f.at("s envoy")};           // before the press: from there to the press
    sel.drag(f.blocks, back, back);
    CHECK(sel.text(f.blocks) == "s ");
    CHECK(sel.begin() < sel.end());
}

TEST_CASE("a double press selects a word and a drag after it goes by words", "[selection]") {
    Fixture f;
    TextSelection sel;
    const TextPos in_said{1, f.at("said") + 2};
    sel.press(f.blocks, in_said, in_said, 2, false);
    CHECK(sel.unit() == TextSelection::Unit::Word);
    CHECK(sel.text(f.blocks) == "said");
    const TextPos in_friday{1, f.at("Friday") + 3};
    sel.drag(f.blocks, in_friday, in_friday);
    CHECK(sel.text(f.blocks) == "said on Friday");
    const TextPos in_envoy{1, f.at("envoy") + 1};
    sel.drag(f.blocks, in_envoy, in_envoy);
    CHECK(sel.text(f.blocks) == "envoy said");       // back: the pressed word stays whole
}

TEST_CASE("a triple press selects the block, with its line breaks", "[selection]") {
    Fixture f;
    TextSelection sel;
    const TextPos p{1, f.at("voters")};
    sel.press(f.blocks, p, p, 3, false);
    CHECK(sel.unit() == TextSelection::Unit::Block);
    CHECK(sel.text(f.blocks) == "Moscow’s envoy said on Friday that 3.5 million\nvoters—not all—agreed. Шойгу spoke.");
    const TextPos next{2, f.at("here")};
    sel.drag(f.blocks, next, next);                   // on by whole blocks
    CHECK(sel.end() == (TextPos{2, f.text.size()}));
}

TEST_CASE("Shift+press extends from the anchor, either side", "[selection]") {
    Fixture f;
    TextSelection sel;
    const TextPos a{1, f.at("said")};
    sel.press(f.blocks, a, a, 1, false);
    const TextPos b{1, f.at(" that")};
    sel.press(f.blocks, b, b, 1, true);
    CHECK(sel.text(f.blocks) == "said on Friday");
    const TextPos c{0, 6};                            // into the title, before the anchor
    sel.press(f.blocks, c, c, 1, true);
    CHECK(sel.text(f.blocks) == "offers a deal\n\nMoscow’s envoy ");
    // Without an earlier press, Shift+press is a plain press.
    TextSelection fresh;
    fresh.press(f.blocks, b, b, 1, true);
    CHECK(fresh.placed());
    CHECK(fresh.empty());
}

TEST_CASE("select all covers every block; the copy joins blocks with a blank line", "[selection]") {
    Fixture f;
    TextSelection sel;
    sel.select_all(f.blocks);
    CHECK(sel.text(f.blocks) == f.title + "\n\n" + f.text);
    const auto r = sel.range_in(2, f.blocks[2]);
    CHECK(r.first == f.blocks[2].start);
    CHECK(r.second == f.blocks[2].end);
    CHECK(sel.continues_after(1, f.blocks[1].end));   // on into the next block
    CHECK(!sel.continues_after(2, f.blocks[2].end));
    sel.clear();
    CHECK(sel.text(f.blocks).empty());
    CHECK(!sel.placed());
}

TEST_CASE("places are clamped into their block and onto character boundaries", "[selection]") {
    Fixture f;
    TextSelection sel;
    const std::size_t mid = f.at("Шойгу") + 1;        // inside a two-byte character
    const TextPos a{1, mid};
    sel.press(f.blocks, a, a, 1, false);
    CHECK(sel.begin().offset == f.at("Шойгу"));
    const TextPos far{7, 100000};                     // past the last block: its end
    sel.drag(f.blocks, far, far);
    CHECK(sel.end() == (TextPos{2, f.text.size()}));
    CHECK(sel.text(f.blocks).rfind("Шойгу", 0) == 0);
    const auto none = sel.range_in(0, f.blocks[0]);   // the title is before the selection
    CHECK(none.first == none.second);
}

TEST_CASE("Shift+arrows move the free end by characters, across blocks and UTF-8", "[selection]") {
    Fixture f;
    TextSelection s;
    const std::size_t p = f.at("envoy");
    s.extend_to(f.blocks, {1, p + 3});                // no caret yet: nothing
    CHECK(s.empty());
    s.press(f.blocks, {1, p}, {1, p}, 1, false);
    for (int i = 0; i < 5; ++i) s.extend_to(f.blocks, lede::app::step_place(f.blocks, s.focus(), +1));
    CHECK(s.text(f.blocks) == "envoy");
    s.extend_to(f.blocks, lede::app::step_place(f.blocks, s.focus(), -1));
    CHECK(s.text(f.blocks) == "envo");
    // Back past the caret: the selection turns round it.
    for (int i = 0; i < 7; ++i) s.extend_to(f.blocks, lede::app::step_place(f.blocks, s.focus(), -1));
    CHECK(s.text(f.blocks) == "’s ");                 // the apostrophe is one character of three bytes
    CHECK(s.focus() == s.begin());

    // A double press, then Shift+Left: the word shrinks from its end, as in a browser.
    const std::size_t w = f.at("Friday");
    s.press(f.blocks, {1, w + 2}, {1, w + 2}, 2, false);
    CHECK(s.text(f.blocks) == "Friday");
    s.extend_to(f.blocks, lede::app::step_place(f.blocks, s.focus(), -1));
    CHECK(s.text(f.blocks) == "Frida");

    // From the end of a block to the start of the next one.
    const TextPos end_of_first{1, f.blocks[1].end};
    CHECK(lede::app::step_place(f.blocks, end_of_first, +1) == TextPos{2, f.blocks[2].start});
    CHECK(lede::app::step_place(f.blocks, TextPos{2, f.blocks[2].start}, -1) == end_of_first);
    CHECK(lede::app::step_place(f.blocks, TextPos{0, 0}, -1) == TextPos{0, 0});
}
