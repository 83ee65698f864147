// document.cpp — indexes over an Analysis, and what a selection highlights.
#include "app/document.h"

#include <algorithm>

#include "analysed_input.h"

namespace lede::app {

void Document::build_indexes() {
    const Analysis& a = analysis;
    const std::size_t text_size = a.article.text.size();
    marks.clear();
    actor_index.clear();
    mention_count.assign(a.actors.size(), 0);
    relation_count.assign(a.actors.size(), 0);
    longest_mark = 0;
    // Spans outside the text are ignored rather than trusted: the UI must survive any analysis.
    auto fits = [&](const Span& s) { return s.start < s.end && s.end <= text_size; };
    for (std::size_t i = 0; i < a.actors.size(); ++i) {
        actor_index[a.actors[i].id] = static_cast<int>(i);
        for (const Mention& m : a.actors[i].mentions) {
            if (!fits(m.span)) continue;
            marks.push_back({m.span, Mark::Kind::Mention, static_cast<int>(i), m.kind});
            ++mention_count[i];
        }
    }
    for (std::size_t i = 0; i < a.times.size(); ++i)
        if (fits(a.times[i].span)) marks.push_back({a.times[i].span, Mark::Kind::Time, static_cast<int>(i), MentionKind::Name});
    std::stable_sort(marks.begin(), marks.end(), [](const Mark& x, const Mark& y) { return x.span.start < y.span.start; });
    for (const Mark& m : marks) longest_mark = std::max(longest_mark, m.span.size());
    for (const Relation& r : a.relations) {
        const int s = actor(r.source), t = actor(r.target);
        if (s >= 0) ++relation_count[s];
        if (t >= 0 && t != s) ++relation_count[t];
    }
}

void Document::keep_input(std::string_view text, std::string_view html) {
    input.clear();
    if (analysis.removed.empty()) return;
    if (auto bytes = analysed_input(analysis, text, html)) input = std::move(*bytes);
}

int Document::actor(const std::optional<std::string>& id) const {
    if (!id) return -1;
    auto it = actor_index.find(*id);
    return it == actor_index.end() ? -1 : it->second;
}

Span sentence_around(const std::string& text, std::size_t pos) {
    if (text.empty()) return {};
    pos = std::min(pos, text.size() - 1);
    auto is_end = [&](std::size_t i) {  // text[i] ends a sentence when followed by space or a break
        const char c = text[i];
        if (c == '\n') return true;
        if (c != '.' && c != '?' && c != '!') return false;
        return i + 1 >= text.size() || text[i + 1] == ' ' || text[i + 1] == '\n';
    };
    std::size_t start = pos;
    while (start > 0 && !is_end(start - 1)) --start;
    while (start < text.size() && (text[start] == ' ' || text[start] == '\n')) ++start;
    std::size_t end = pos;
    while (end < text.size() && !is_end(end)) ++end;
    if (end < text.size() && text[end] != '\n') ++end;
    // Closing quotes after the full stop belong to the sentence.
    while (end < text.size() && (text[end] == '"' || text[end] == '\'')) ++end;
    if (end + 2 < text.size() && static_cast<unsigned char>(text[end]) == 0xE2 && static_cast<unsigned char>(text[end + 1]) == 0x80 &&
        (static_cast<unsigned char>(text[end + 2]) == 0x9D || static_cast<unsigned char>(text[end + 2]) == 0x99))
        end += 3;
    return {std::min(start, end), end};
}

Highlight Highlight::of(const Document& doc, const Selection& sel) {
    const Analysis& a = doc.analysis;
    Highlight h;
    h.actors.assign(a.actors.size(), 0);
    h.relations.assign(a.relations.size(), 0);
    h.times.assign(a.times.size(), 0);
    const std::string& text = a.article.text;
    auto add_sentence = [&](Span s) {
        if (s.end <= text.size() && s.start < s.end) h.sentences.push_back(s);
    };
    auto light_relation = [&](std::size_t r) {
        const Relation& rel = a.relations[r];
        h.relations[r] = 1;
        add_sentence(rel.sentence);
        if (rel.trigger.end <= text.size()) h.spans.push_back(rel.trigger);
        if (rel.time && rel.time->index && *rel.time->index < a.times.size()) h.times[*rel.time->index] = 1;
    };
    switch (sel.kind) {
        case Selection::Kind::None: return h;
        case Selection::Kind::Actor: {
            if (sel.index < 0 || sel.index >= static_cast<int>(a.actors.size())) return h;
            h.actors[sel.index] = 1;
            for (const Mention& m : a.actors[sel.index].mentions) {
                if (m.span.end > text.size()) continue;
                h.spans.push_back(m.span);
                add_sentence(sentence_around(text, m.span.start));
            }
            const std::string& id = a.actors[sel.index].id;
            for (std::size_t r = 0; r < a.relations.size(); ++r) {
                const Relation& rel = a.relations[r];
                if (rel.source == id || rel.target == id) {
                    light_relation(r);
                    const int other = doc.actor(rel.source == id ? rel.target : rel.source);
                    if (other >= 0) h.actors[other] = 1;
                }
            }
            h.actors[sel.index] = 1;
            break;
        }
        case Selection::Kind::Relation: {
            if (sel.index < 0 || sel.index >= static_cast<int>(a.relations.size())) return h;
            light_relation(sel.index);
            const Relation& rel = a.relations[sel.index];
            for (int id : {doc.actor(rel.source), doc.actor(rel.target)}) {
                if (id < 0) continue;
                h.actors[id] = 1;
                for (const Mention& m : a.actors[id].mentions)
                    if (m.span.start >= rel.sentence.start && m.span.end <= rel.sentence.end) h.spans.push_back(m.span);
            }
            break;
        }
        case Selection::Kind::Time: {
            if (sel.index < 0 || sel.index >= static_cast<int>(a.times.size())) return h;
            const TimeExpr& t = a.times[sel.index];
            h.times[sel.index] = 1;
            if (t.span.end <= text.size()) {
                h.spans.push_back(t.span);
                add_sentence(sentence_around(text, t.span.start));
            }
            for (std::size_t r = 0; r < a.relations.size(); ++r) {
                const Relation& rel = a.relations[r];
                if (rel.time && rel.time->index && *rel.time->index == static_cast<std::size_t>(sel.index)) {
                    light_relation(r);
                    for (int id : {doc.actor(rel.source), doc.actor(rel.target)})
                        if (id >= 0) h.actors[id] = 1;
                }
            }
            break;
        }
    }
    auto by_start = [](const Span& x, const Span& y) { return x.start < y.start || (x.start == y.start && x.end < y.end); };
    std::sort(h.sentences.begin(), h.sentences.end(), by_start);
    h.sentences.erase(std::unique(h.sentences.begin(), h.sentences.end()), h.sentences.end());
    std::sort(h.spans.begin(), h.spans.end(), by_start);
    h.any = true;
    return h;
}

}  // namespace lede::app
