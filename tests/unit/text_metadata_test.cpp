// text_metadata_test.cpp — the headline of a plain-text paste: the line above the body
// that names what the body is about, not a label, a promotion or a menu entry.
#include <catch2/catch.hpp>

#include <string>

#include "clean/clean_text.h"
#include "test_resources.h"

using lede::clean_text;

namespace {

const std::string kBody =
    "Growing tomatoes in pots is easier than most gardeners think, as long as the pots are large and the soil stays moist.\n\n"
    "Choose a tomato variety bred for containers, and give every plant a pot of at least twenty litres with good drainage.\n\n"
    "Water the tomatoes deeply in the morning, feed them every two weeks once the first fruits set, and stake each plant early.\n\n"
    "When the fruits colour, pick them often: the plants in pots then keep flowering until the first cold nights of autumn.\n";

std::string title_of(const std::string& paste) {
    const auto r = clean_text(lede::test_resources().clean, paste);
    return r.article.title.value_or("<none>");
}

}  // namespace

TEST_CASE("the headline is the line whose words the body shares", "[text_metadata]") {
    const std::string paste =
        "Home\nShop\nGarden\n"
        "Join our community of gardeners for weekly deals\n"
        "How to Grow Tomatoes in Pots\n"
        "By Ann Lee\nMarch 3, 2024\n\n" +
        kBody;
    CHECK(title_of(paste) == "How to Grow Tomatoes in Pots");
}

TEST_CASE("a label and a breadcrumb are not the headline, its last step printed alone is", "[text_metadata]") {
    const std::string paste =
        "Home\nGuides\n"
        "Home » Guides » Growing Tomatoes in Pots\n"
        "Growing Tomatoes in Pots\n"
        "Last updated:\n"
        "March 3, 2024\n\n" +
        kBody;
    CHECK(title_of(paste) == "Growing Tomatoes in Pots");
}

TEST_CASE("a headline printed three times is still found", "[text_metadata]") {
    const std::string paste =
        "Tomatoes in Pots: A Beginner Guide\nMenu\nSearch\n"
        "Tomatoes in Pots: A Beginner Guide\n"
        "Share: Tomatoes in Pots: A Beginner Guide\n"
        "Tomatoes in Pots: A Beginner Guide\n"
        "By Ann Lee | March 3, 2024\n\n" +
        kBody;
    CHECK(title_of(paste) == "Tomatoes in Pots: A Beginner Guide");
}
