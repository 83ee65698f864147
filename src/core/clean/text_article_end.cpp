// text_article_end.cpp — see text_article_end.h.
#include "text_article_end.h"

#include <algorithm>

namespace lede {
namespace {

// Fewest headline-shaped lines in a row that read as a list of other stories.
constexpr std::size_t kHeadlineRun = 4;

}  // namespace

std::size_t article_end(const std::vector<LineRole>& roles, std::size_t first, std::size_t last) {
    if (last <= first || last >= roles.size()) return last;
    // Suffix sums over [k, last] make every test below O(1): prose after k, its longest line,
    // and the stamps after k that are followed by prose within three lines.
    const std::size_t n = last - first + 2;
    std::vector<double> after(n, 0.0), longest_after(n, 0.0);
    std::vector<std::size_t> stamped_after(n, 0);
    std::size_t next_prose = roles.size();   // nearest prose line at or after k
    for (std::size_t k = last + 1; k-- > first;) {
        const std::size_t a = k - first;
        after[a] = after[a + 1] + roles[k].prose;
        longest_after[a] = std::max(longest_after[a + 1], roles[k].prose);
        if (roles[k].prose > 0.0) next_prose = k;
        stamped_after[a] = stamped_after[a + 1] + (roles[k].stamp && next_prose <= last && next_prose <= k + 3);
    }
    const double total = after[0];
    if (total <= 0.0) return last;

    // Teasers from k on, and whether a bio pair came before k (only the first one may cut:
    // a run of name/paragraph pairs is a list of people, which may be the article).
    std::vector<std::size_t> teasers_after(n, 0);
    for (std::size_t k = last + 1; k-- > first;)
        teasers_after[k - first] = teasers_after[k - first + 1] + roles[k].teaser;
    bool bio_seen = false;

    // A paragraph of the article, not a line that only weighs like one (an unended headline).
    auto body = [&](std::size_t k) { return roles[k].prose > 0.0 && !roles[k].unended; };
    double seen = 0.0, longest = 0.0;
    // A form: the first required-field label with another within six lines; it may sit just
    // past the region (the densest run stops at short lines).
    std::size_t form_at = roles.size();
    for (std::size_t k = first + 1; k < roles.size() && k <= last + 6 && form_at == roles.size(); ++k) {
        if (!roles[k].form_field) continue;
        std::size_t fields = 0;
        for (std::size_t m = k; m < roles.size() && m < k + 6; ++m) fields += roles[m].form_field;
        if (fields >= 2) form_at = k;
    }
    // The form's heading and rules above it go with it: short lines and short paragraphs, up
    // to six lines up.
    auto above_form = [&](std::size_t at) {
        std::size_t top = at;
        while (top > first + 1 && at - top < 6 && roles[top - 1].prose < 0.4 * longest) --top;
        return top - 1;
    };
    for (std::size_t i = first + 1; i <= last; ++i) {
        seen += roles[i - 1].prose;
        longest = std::max(longest, roles[i - 1].prose);
        const LineRole& r = roles[i];
        // Teasers: a headline over a paragraph cut short, twice or more from here on.
        if (r.headline && i + 1 <= last && roles[i + 1].teaser && teasers_after[i - first] >= 2 && seen >= 0.4 * total)
            return i - 1;
        if (r.bio_name && i + 1 <= last) {
            const bool first_bio = !bio_seen;
            bio_seen = true;
            // Little prose after the bio's own paragraph: the page has moved on to its furniture.
            if (first_bio && seen >= 0.6 * total && after[i + 2 - first] <= 0.3 * seen)
                return roles[i - 1].prose <= 0.0 && i - 1 > first ? i - 2 : i - 1;
        }
        if (i == form_at && seen >= 0.5 * total) return above_form(i);
        // A live ticker: timed lines, three within ten; its heading goes with it.
        if (r.timed && seen >= 0.5 * total) {
            std::size_t timed = 0;
            for (std::size_t k = i; k <= last && k < i + 10; ++k) timed += roles[k].timed;
            if (timed >= 3) return !body(i - 1) && i - 1 > first ? i - 2 : i - 1;
        }
        if (body(i)) continue;
        // Section marker: what follows is other people's prose, even when there is a lot.
        if (r.section_marker && seen >= 0.7 * total) return i - 1;
        if (seen < 0.5 * total) continue;
        // A run of lines without prose starting here, followed by thin text (at most a third
        // of the prose read so far, no line half as long as the longest read so far).
        if (body(i - 1) && !roles[i - 1].lead_in) {
            std::size_t j = i, headlines = 0, titled = 0;
            bool announced = false;   // a line ending in a colon at the run's top announces a list
            // The run may go on past the region (the densest run stops where such lines
            // outweigh it): its lines count, but the cut stays inside.
            for (; j < roles.size() && !body(j) && (j <= last || roles[j].headline); ++j) {
                headlines += roles[j].headline;
                titled += roles[j].headline && roles[j].title_case;
                announced |= roles[j].lead_in && roles[j].headline && j < i + 3;
            }
            const std::size_t a = std::min(j, last + 1) - first;
            const bool thin = after[a] <= seen / 3.0 && longest_after[a] <= 0.5 * longest;
            if (!announced && headlines >= kHeadlineRun && (thin || (titled > kHeadlineRun && after[a] <= seen))) return i - 1;
        }
        // Time stamps each followed by prose, twice or more from here on.
        if (r.stamp && stamped_after[i - first] >= 2 && total - seen <= seen) {
            // The stamp's own heading or name line (just above it) goes with it.
            return roles[i - 1].prose <= 0.0 && i - 1 > first ? i - 2 : i - 1;
        }
    }
    if (form_at > last && form_at < roles.size()) return std::min(last, above_form(last + 1));
    return last;
}

}  // namespace lede
