// analyze.cpp — the pipeline: repair UTF-8 -> clean -> tokenize -> actors, times -> relations.
#include "analyze.h"

#include <chrono>
#include <ctime>

#include "actors/actor_dictionary.h"
#include "analysed_input.h"
#include "actors/extract_actors.h"
#include "base/civil_calendar.h"
#include "clean/clean_html.h"
#include "clean/clean_text.h"
#include "input_limits.h"
#include "nlp/tokenize.h"
#include "relations/extract_relations.h"
#include "stage_clock.h"
#include "time/time_calendar.h"
#include "time/extract_times.h"
#include "base/utf8.h"

namespace lede {
namespace {

bool digits(std::string_view s, std::size_t at, std::size_t n) {
    if (at + n > s.size()) return false;
    for (std::size_t i = at; i < at + n; ++i)
        if (s[i] < '0' || s[i] > '9') return false;
    return true;
}

int number(std::string_view s, std::size_t at, std::size_t n) {
    int v = 0;
    for (std::size_t i = at; i < at + n; ++i) v = v * 10 + (s[i] - '0');
    return v;
}

std::string today_iso() {
    const std::time_t now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
    std::tm tm{};
#if defined(_WIN32)
    localtime_s(&tm, &now);
#else
    localtime_r(&now, &tm);
#endif
    return time::format_day({tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday});
}

// Cuts `text` to `limit` bytes at a code point boundary.
// After a stage: when it went over its budget, the stages after it do not run; says so.
bool over_budget(const StageClock& clock, Analysis& a) {
    const StageTiming* slow = clock.overrun();
    if (!slow) return false;
    const bool partial = slow->stage == "relations";   // the one stage that stops midway
    a.warnings.push_back({"time-budget", "the " + slow->stage + " stage took " + std::to_string(static_cast<long>(slow->ms)) +
                                             " ms (budget " + std::to_string(static_cast<long>(clock.budget_ms())) + " ms); " +
                                             (partial ? "relations were found only in the first part of the text"
                                                      : "the stages after it were skipped")});
    return true;
}

}  // namespace

std::optional<std::string> check_dateline(std::string_view v) {
    const bool date = v.size() >= 10 && digits(v, 0, 4) && v[4] == '-' && digits(v, 5, 2) && v[7] == '-' && digits(v, 8, 2);
    const bool time = v.size() == 16 && v[10] == 'T' && digits(v, 11, 2) && v[13] == ':' && digits(v, 14, 2);
    if (!date || (v.size() != 10 && !time)) return "bad --dateline '" + std::string(v) + "': expected YYYY-MM-DD or YYYY-MM-DDTHH:MM";
    const int month = number(v, 5, 2), day = number(v, 8, 2), year = number(v, 0, 4);
    if (!base::is_valid_date(year, month, day))
        return "bad --dateline '" + std::string(v) + "': no such date";
    if (time && (number(v, 11, 2) > 23 || number(v, 14, 2) > 59)) return "bad --dateline '" + std::string(v) + "': no such time";
    return std::nullopt;
}

namespace {

Analysis run_stages(const Resources& resources, const AnalyzeInput& input, const AnalyzeOptions& options, StageClock& clock) {
    Analysis a;
    if (!resources.report.ok())
        a.warnings.push_back({"assets-missing", "some data files (word lists, models) could not be loaded from the " + resources.source +
                                                    " (" + resources.report.describe() + "); cleaning and extraction ran without them"});
    const bool use_html = !options.raw && !input.html.empty() && (options.prefer_html || input.text.empty());
    const std::string_view source = use_html ? input.html : input.text;
    if (source.size() > limits::kMaxInputBytes)
        a.warnings.push_back({"input-too-large", "input is " + std::to_string(source.size() >> 20) +
                                                     " MB; only the first " + std::to_string(limits::kMaxInputBytes >> 20) +
                                                     " MB were analysed"});
    utf8::Repaired repaired = prepared_input(source);
    if (repaired.replaced)
        a.warnings.push_back({"invalid-utf8", std::to_string(repaired.replaced) + " invalid byte sequence" +
                                                  (repaired.replaced == 1 ? "" : "s") + " replaced"});
    const std::string& in = repaired.text;
    a.input = AnalysedInput{options.raw ? InputFlavour::Raw : use_html ? InputFlavour::Html : InputFlavour::Text, in.size()};
    clock.lap("repair");

    if (options.raw) {
        a.article.text = in;
        if (!in.empty()) {
            a.article.origin.push_back({{0, in.size()}, 0});
            a.article.paragraphs.push_back({{0, in.size()}, ParagraphKind::Paragraph});
        }
    } else {
        CleanResult cleaned = use_html ? clean_html(resources.clean, in) : clean_text(resources.clean, in);
        if (use_html && cleaned.article.text.empty() && !input.text.empty()) {
            // The HTML flavour gave nothing: fall back to the plain text the clipboard also had.
            const std::string text = prepared_input(input.text).text;
            cleaned = clean_text(resources.clean, text);
            a.input = AnalysedInput{InputFlavour::Text, text.size()};   // removed[] points into the text now
        }
        clock.lap("clean");
        a.article = std::move(cleaned.article);
        a.removed = std::move(cleaned.removed);
        for (auto& w : cleaned.warnings) a.warnings.push_back(std::move(w));
        if (over_budget(clock, a)) return a;
    }
    if (options.dateline) {
        a.article.published = *options.dateline;
        a.article.published_source.reset();
    }
    if (a.article.text.empty() || a.article.text.find_first_not_of(" \t\r\n") == std::string::npos) {
        a.warnings.push_back({in.empty() ? "empty-input" : "no-article",
                              in.empty() ? "nothing to analyse: the input is empty" : "no article text was found in the input"});
        return a;
    }
    if (a.article.text.size() > limits::kMaxExtractBytes) {
        a.warnings.push_back({"text-too-large", "the article is over " + std::to_string(limits::kMaxExtractBytes >> 20) +
                                                    " MB; actors, dates and relations were not extracted"});
        return a;
    }

    // Binary data (a picture, an archive) read as text: the kept "article" is noise, and
    // extracting from it only invents actors. 10 %: text with a few NULs or broken bytes
    // stays well under it, random bytes are around half.
    if (const double odd = utf8::non_text_share(a.article.text); odd >= 0.10) {
        a.warnings.push_back({"binary-input", "this looks like a binary file, not text (" + std::to_string(static_cast<int>(odd * 100)) +
                                                  " % of its characters are not text); actors, dates and relations were not extracted"});
        return a;
    }
    const nlp::Document doc = nlp::tokenize(a.article.text, resources.nlp);
    clock.lap("tokenize");
    std::string anchor = a.article.published.value_or("");
    std::string role_date = anchor;               // the actor dictionary's roles: never today's date
    if (anchor.empty()) {
        // No publication date: the first full date written in the article is the best
        // stand-in (a dateline in the text); today only when there is none.
        if (const auto written = first_written_date(doc, resources.time)) {
            anchor = *written;
            role_date = anchor;
            a.warnings.push_back({"no-dateline", "no publication date found; relative dates are resolved against the first date in the text (" + anchor + ")"});
        } else {
            anchor = today_iso();
            a.warnings.push_back({"no-dateline", "no publication date found; relative dates are resolved against today (" + anchor + ")"});
        }
    }
    if (over_budget(clock, a)) return a;
    a.actors = extract_actors(doc, resources.actors, resources.syntax.tagger);
    actors::link_dictionary_actors(a.actors, role_date, resources.actors);
    clock.lap("actors");
    if (over_budget(clock, a)) return a;
    a.times = extract_times(doc, anchor, resources.time);
    clock.lap("times");
    if (over_budget(clock, a)) return a;
    RelationLayer layer = extract_relation_layer(resources.relations, resources.syntax, doc, a.actors, a.times,
                                                 a.article.published.value_or(anchor), options.relations_baseline,
                                                 &clock);
    for (Actor& g : layer.group_actors) a.actors.push_back(std::move(g));
    a.relations = std::move(layer.relations);
    a.events = std::move(layer.events);
    clock.lap("relations");
    over_budget(clock, a);
    return a;
}

}  // namespace

Analysis analyze(const Resources& resources, const AnalyzeInput& input, const AnalyzeOptions& options) {
    StageClock clock(options.stage_budget_ms);
    Analysis a = run_stages(resources, input, options, clock);
    if (const auto& known = options.article) {
        // The caller's fields are the article's (what its sender saw), whatever the text showed.
        a.article.title = known->title;
        a.article.byline = known->byline;
        a.article.published = known->published;
        a.article.language = known->language;
        if (!known->paragraphs.empty()) a.article.paragraphs = known->paragraphs;
    }
    a.timings = clock.timings();
    return a;
}

}  // namespace lede
