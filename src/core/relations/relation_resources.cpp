// relation_resources.cpp — see relation_resources.h.
#include "relation_resources.h"

namespace lede::relations {

namespace {

// What a reader did not know in `file` ("event class 'AGRE'"), as malformed entries.
void report_unknown(assets::LoadReport& report, const std::string& file, std::vector<std::string>& unknown) {
    for (const std::string& what : unknown) report.malformed.push_back(file + " (unknown " + what + ")");
    unknown.clear();
}

}  // namespace

RelationResources RelationResources::load(const assets::Source& source, assets::LoadReport& report) {
    RelationResources r;
    const std::string irregular = source.require("events/irregular_verbs.txt", report);
    const std::string cameo = source.require("events/cameo_triggers.tsv", report);
    const std::string hand = source.require("events/triggers.tsv", report);
    std::vector<std::string> unknown;
    r.triggers = TriggerLexicon::from_texts({cameo, hand}, irregular, &unknown);
    report_unknown(report, "events/cameo_triggers.tsv or events/triggers.tsv", unknown);
    r.lemmas = Lemmas::from_text(irregular);
    r.function_words = FunctionWords::from_text(source.require("events/function_words.tsv", report), &unknown);
    report_unknown(report, "events/function_words.tsv", unknown);
    r.modality_cues = ModalityCues::from_text(source.require("events/modality_cues.tsv", report), &unknown);
    report_unknown(report, "events/modality_cues.tsv", unknown);
    r.event_nouns = EventNouns::from_text(source.require("events/event_nouns.txt", report));
    return r;
}

}  // namespace lede::relations
