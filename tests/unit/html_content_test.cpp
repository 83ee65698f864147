// html_content_test.cpp — choosing the article's block and leaving boilerplate out.
#include <catch2/catch.hpp>

#include <string>

#include "clean/html_content.h"
#include "clean/html_document.h"
#include "test_resources.h"

using namespace lede::html;

namespace {
std::string paragraph(int i) {
    return "<p>Paragraph " + std::to_string(i) +
           " of the story, with a clause, another clause, and enough words to count as prose.</p>";
}

// The text of every selected root, each followed by a space.
std::string kept_text(const ContentSelection& sel) {
    std::string kept;
    for (const xmlNode* r : sel.roots) kept += collapsed_text(r) + " ";
    return kept;
}
}  // namespace

TEST_CASE("the block of paragraphs wins over link lists", "[html_content]") {
    std::string page = "<html><body><div id=\"menu\"><ul>";
    for (int i = 0; i < 30; ++i) page += "<li><a href=\"/x\">Section link number " + std::to_string(i) + "</a></li>";
    page += "</ul></div><div id=\"story\">";
    for (int i = 0; i < 6; ++i) page += paragraph(i);
    page += "<div class=\"newsletter\"><p>Sign up for our newsletter to get stories like this one every morning.</p></div>";
    page += "</div><div class=\"comments\"><p>First comment, with opinions, many opinions, and more opinions.</p></div>";
    page += "</body></html>";
    const HtmlDocument doc = HtmlDocument::parse(page);
    const ContentSelection sel = select_content(doc, lede::test_resources().clean.html.content);
    REQUIRE(sel.roots.size() == 1);
    CHECK(attribute(sel.roots[0], "id").value_or("") == "story");

    bool newsletter = false;
    for (const auto& kv : sel.dropped)
        if (attribute(kv.first, "class").value_or("") == "newsletter") newsletter = std::string(kv.second) == "newsletter";
    CHECK(newsletter);
}

TEST_CASE("an article split into sections is taken whole", "[html_content]") {
    std::string page = "<html><body><nav><a href=\"/\">Home</a> <a href=\"/b\">Blog</a></nav><div class=\"builder\">";
    for (int s = 0; s < 3; ++s) {
        page += "<section><div><div><div><div>";
        for (int i = 0; i < 3; ++i) page += paragraph(s * 10 + i);
        page += "</div></div></div></div></section>";
    }
    page += "</div></body></html>";
    const HtmlDocument doc = HtmlDocument::parse(page);
    const ContentSelection sel = select_content(doc, lede::test_resources().clean.html.content);
    REQUIRE_FALSE(sel.roots.empty());
    const std::string kept = kept_text(sel);
    CHECK(kept.find("Paragraph 0 ") != std::string::npos);
    CHECK(kept.find("Paragraph 22 ") != std::string::npos);
    CHECK(kept.find("Home") == std::string::npos);
}

TEST_CASE("a page without body text selects nothing harmful", "[html_content]") {
    const HtmlDocument empty = HtmlDocument::parse("");
    CHECK(select_content(empty, lede::test_resources().clean.html.content).roots.empty());
    const HtmlDocument bare = HtmlDocument::parse("<html><body></body></html>");
    const ContentSelection sel = select_content(bare, lede::test_resources().clean.html.content);
    CHECK(sel.roots.size() <= 1);
}

TEST_CASE("tags that never hold text are recognised", "[html_content]") {
    const HtmlDocument doc = HtmlDocument::parse("<div><script>x</script><p>y</p><br></div>");
    int never = 0, blocks = 0;
    for (const xmlNode* n = doc.root(); n; n = next_in_order(n, doc.root())) {
        if (is_never_text(n)) ++never;
        if (is_block(n)) ++blocks;
    }
    CHECK(never >= 1);
    CHECK(blocks >= 3);   // div, p, br (plus html/body)
}

TEST_CASE("class words inside the article never take out the bulk of it", "[html_content]") {
    // A page builder marks every section of the article "toc-para": each one alone reads as
    // a table of contents, together they are the story.
    std::string page = "<html><body><nav><a href=\"/\">Home</a></nav><div class=\"chapters\">";
    for (int s = 0; s < 4; ++s) {
        page += "<section class=\"toc-para\"><h2>Part " + std::to_string(s) + "</h2>";
        for (int i = 0; i < 3; ++i) page += paragraph(s * 10 + i);
        page += "</section>";
    }
    page += "<div class=\"toc-links\"><a href=\"#a\">Part 0</a></div></div></body></html>";
    const HtmlDocument doc = HtmlDocument::parse(page);
    const ContentSelection sel = select_content(doc, lede::test_resources().clean.html.content);
    REQUIRE_FALSE(sel.roots.empty());
    int sections_dropped = 0;
    for (const auto& kv : sel.dropped)
        if (attribute(kv.first, "class").value_or("") == "toc-para") ++sections_dropped;
    CHECK(sections_dropped == 0);
}

namespace {
// A story of `before` paragraphs, then `middle`, then `after` more paragraphs.
std::string story_page(int before, const std::string& middle, int after) {
    std::string page = "<html><body><div id=\"story\">";
    for (int i = 0; i < before; ++i) page += paragraph(i);
    page += middle;
    for (int i = before; i < before + after; ++i) page += paragraph(i);
    return page + "</div></body></html>";
}

// The reason a subtree whose class (or tag) is `what` was dropped for, or "" when kept.
std::string drop_reason(const ContentSelection& sel, std::string_view cls, std::string_view tag_name = "") {
    for (const auto& kv : sel.dropped) {
        const bool hit = tag_name.empty() ? attribute(kv.first, "class").value_or("") == cls : tag(kv.first) == tag_name;
        if (hit) return kv.second;
    }
    return "";
}
}  // namespace

TEST_CASE("figure captions are not the story", "[html_content]") {
    const std::string page = story_page(3, "<figure><img src=\"a.jpg\"><figcaption>The harbour at dawn. Photo: A. Person</figcaption></figure>", 3);
    const HtmlDocument doc = HtmlDocument::parse(page);
    const ContentSelection sel = select_content(doc, lede::test_resources().clean.html.content);
    REQUIRE(sel.roots.size() == 1);
    CHECK(drop_reason(sel, "", "figcaption") == "caption");
}

TEST_CASE("comments written as <article> elements do not shield their section", "[html_content]") {
    std::string page = "<html><body><main><article id=\"post\">";
    for (int i = 0; i < 6; ++i) page += paragraph(i);
    page += "</article><div class=\"entry-comments\"><ol>";
    for (int i = 0; i < 3; ++i)
        page += "<li><article id=\"article-comment-" + std::to_string(i) + "\" class=\"comment\">" + paragraph(100 + i) +
                "</article></li>";
    page += "</ol></div></main></body></html>";
    const HtmlDocument doc = HtmlDocument::parse(page);
    const ContentSelection sel = select_content(doc, lede::test_resources().clean.html.content);
    REQUIRE_FALSE(sel.roots.empty());
    CHECK(drop_reason(sel, "entry-comments") == "comments");
    const std::string kept = kept_text(sel);
    CHECK(kept.find("Paragraph 5 ") != std::string::npos);
}

TEST_CASE("a class word does not take out the block that holds most of the paragraphs", "[html_content]") {
    // The story sits in a "hub--header" beside a long menu: where the reading is wins.
    std::string page = "<html><body><div class=\"menu-area\"><ul>";
    for (int i = 0; i < 80; ++i) page += "<li><a href=\"/s\">Section link number " + std::to_string(i) + "</a></li>";
    page += "</ul></div><div class=\"hub--header\">";
    for (int i = 0; i < 10; ++i) page += paragraph(i);
    page += "</div><div class=\"teasers\">";
    for (int i = 0; i < 6; ++i)
        page += "<p><a href=\"/t\">Another story</a> A short summary of another story, with a clause.</p>";
    page += "</div></body></html>";
    const HtmlDocument doc = HtmlDocument::parse(page);
    const ContentSelection sel = select_content(doc, lede::test_resources().clean.html.content);
    REQUIRE_FALSE(sel.roots.empty());
    const std::string kept = kept_text(sel);
    CHECK(kept.find("Paragraph 3 ") != std::string::npos);
    CHECK(drop_reason(sel, "hub--header").empty());
}

TEST_CASE("a section listing outside sources stays, one listing the site's own pages goes", "[html_content]") {
    // Both sections: a heading, a lead-in and three linked items. The page links home
    // most often (menu), so links to example.org are outbound.
    auto section = [](const std::string& cls, const std::string& host) {
        std::string s = "<div class=\"" + cls + "\"><h2>Further reading</h2><p>The reports this story draws on, "
                        "each one read in full before writing, with the dates they were published and by whom.</p><ul>";
        for (int i = 0; i < 3; ++i)
            s += "<li><a href=\"https://" + host + "/item" + std::to_string(i) + "\">A linked item with a title</a></li>";
        return s + "</ul></div>";
    };
    std::string page = "<html><body><div class=\"site-menu\">";
    for (int i = 0; i < 12; ++i) page += "<a href=\"https://news.example.com/s" + std::to_string(i) + "\">Section</a> ";
    page += "</div><div id=\"story\">";
    for (int i = 0; i < 6; ++i) page += paragraph(i);
    page += section("sources", "example.org") + section("more", "news.example.com") + "</div></body></html>";
    const HtmlDocument doc = HtmlDocument::parse(page);
    const ContentSelection sel = select_content(doc, lede::test_resources().clean.html.content);
    REQUIRE(sel.roots.size() == 1);
    CHECK(drop_reason(sel, "sources") == "");
    CHECK(drop_reason(sel, "more") == "related");
}

TEST_CASE("class words inside code are the highlighter's, not the page's", "[html_content]") {
    const std::string page = story_page(4, "<pre><code><span class=\"comment\"># initialize the repository here</span>\ngit init</code></pre>", 4);
    const HtmlDocument doc = HtmlDocument::parse(page);
    const ContentSelection sel = select_content(doc, lede::test_resources().clean.html.content);
    REQUIRE(sel.roots.size() == 1);
    CHECK(drop_reason(sel, "comment") == "");
}

TEST_CASE("an id that in-page links point to names a section, not a table of contents", "[html_content]") {
    // The table of contents links to "#toc_costs"; the section carrying that id is the story.
    auto section_dropped = [](const std::string& contents) {
        std::string middle = contents + "<div id=\"toc_costs\"><h2>Costs</h2>";
        for (int i = 10; i < 14; ++i) middle += paragraph(i);
        const HtmlDocument doc = HtmlDocument::parse(story_page(8, middle + "</div>", 0));
        const ContentSelection sel = select_content(doc, lede::test_resources().clean.html.content);
        for (const auto& kv : sel.dropped)
            if (attribute(kv.first, "id").value_or("") == "toc_costs") return true;
        return false;
    };
    CHECK_FALSE(section_dropped("<ul class=\"contents\"><li><a href=\"#toc_costs\">Costs</a></li></ul>"));
    // The same id with no link to it reads as a table of contents.
    CHECK(section_dropped("<ul class=\"contents\"><li><a href=\"/costs\">Costs</a></li></ul>"));
}

TEST_CASE("when the first choice is too short to be the story, class words no longer pick the block",
          "[html_content]") {
    // A one-line "content" box outscores, by its class word alone, a story whose paragraphs
    // each carry a link; the retry without class words finds the story.
    std::string page = "<html><body><div class=\"content\"><div>Opening hours and a short note</div></div><div>";
    for (int i = 0; i < 3; ++i)
        page += "<p>Paragraph " + std::to_string(i) + " of the story, with a clause, and another, " +
                "<a href=\"/more\">with a link to read more of the story here</a>.</p>";
    page += "</div></body></html>";
    const HtmlDocument doc = HtmlDocument::parse(page);
    const std::string kept = kept_text(select_content(doc, lede::test_resources().clean.html.content));
    CHECK(kept.find("Paragraph 0 ") != std::string::npos);
    CHECK(kept.find("Paragraph 2 ") != std::string::npos);
}

TEST_CASE("a class word raises only a block long enough to be the story", "[html_content]") {
    // The one-line "content" box no longer wins the first choice, so the story is found with
    // the class words still at work: its share line goes.
    std::string page = "<html><body><div class=\"content\"><div>Opening hours and a short note</div></div><div>";
    for (int i = 0; i < 4; ++i)
        page += "<p>Paragraph " + std::to_string(i) + " of the story, with a clause, and another, " +
                "<a href=\"/more\">with a link to read more of the story here</a>.</p>";
    page += "<p class=\"share\"><a href=\"/share\">Share this story with your friends</a></p></div></body></html>";
    const HtmlDocument doc = HtmlDocument::parse(page);
    const ContentSelection sel = select_content(doc, lede::test_resources().clean.html.content);
    CHECK(kept_text(sel).find("Paragraph 1 ") != std::string::npos);
    CHECK(drop_reason(sel, "share") == "share-prompt");
}

TEST_CASE("the block that holds most of the chosen root is not dropped for its links", "[html_content]") {
    // Every paragraph links to a guide: by link density the wrapper reads as related links,
    // but it is all the root holds.
    std::string page = "<html><body><nav><a href=\"/\">Home</a></nav><main><div class=\"wrap\">";
    for (int i = 0; i < 5; ++i)
        page += "<p>Step " + std::to_string(i) + " of the guide, with a clause: " +
                "<a href=\"/step\">read the whole step here</a>.</p>";
    page += "</div></main></body></html>";
    const HtmlDocument doc = HtmlDocument::parse(page);
    CHECK(drop_reason(select_content(doc, lede::test_resources().clean.html.content), "wrap") == "");
}

TEST_CASE("an intro boxed with buttons leads on to the article's sections around it", "[html_content]") {
    // The intro wins, inside a hero box whose share links are not prose; the article goes on
    // in tiles next to that box, many times the intro's length.
    std::string page = "<html><body><section><div class=\"hero\"><div class=\"content\">";
    for (int i = 0; i < 4; ++i) page += paragraph(i);
    page += "</div><ul>";
    for (const char* s : {"Share on one site", "Share on another site", "Save this for later", "Print the page"})
        page += std::string("<li><a href=\"/share\">") + s + "</a></li>";
    page += "</ul></div>";
    for (int t = 0; t < 6; ++t) page += "<div class=\"tile\">" + paragraph(40 + 2 * t) + paragraph(41 + 2 * t) + "</div>";
    page += "</section></body></html>";
    const HtmlDocument doc = HtmlDocument::parse(page);
    const std::string kept = kept_text(select_content(doc, lede::test_resources().clean.html.content));
    CHECK(kept.find("Paragraph 0 ") != std::string::npos);
    CHECK(kept.find("Paragraph 51 ") != std::string::npos);
}
