// time_lexicon.cpp — see time_lexicon.h.
#include "time_lexicon.h"

namespace lede::time {
namespace {

// The data's names of the CodeClass values, in their order.
constexpr const char* kCodeClassNames[] = {
    "number",   "vague",           "ordinal",
    "modifier", "not_duration_after", "unit", "plural_unit",
    "tense",    "auxiliary",       "tense_prefix",
    "not_year_before", "not_year_after", "weak_year_before",
};
static_assert(sizeof(kCodeClassNames) / sizeof(kCodeClassNames[0]) == static_cast<std::size_t>(CodeClass::Count));

}  // namespace

TimeLexicon::TimeLexicon(const assets::Source& source, const std::string& lang, assets::LoadReport& report) {
    for (const std::string& line : source.require_lines("time/" + lang + "/lexicon.txt", report)) {
        const auto tab = line.find('\t');
        if (tab == std::string::npos) continue;
        const std::string name = line.substr(0, tab);
        std::string file = line.substr(tab + 1);
        std::string options;
        const auto tab2 = file.find('\t');
        if (tab2 != std::string::npos) {
            options = " " + file.substr(tab2 + 1) + " ";
            for (char& ch : options)
                if (ch == '\t' || ch == ',') ch = ' ';
            file = file.substr(0, tab2);
        }
        const bool caps = options.find(" capitalized ") != std::string::npos;
        const bool abbreviated = options.find(" abbreviated ") != std::string::npos;
        int cls = class_id(name);
        if (cls < 0) {
            cls = static_cast<int>(class_names_.size());
            class_names_.push_back(name);
            capitalized_.push_back(caps);
            abbreviated_.push_back(abbreviated);
        }
        for (const std::string& entry : source.require_lines(file, report)) {
            const auto t = entry.find('\t');
            if (t == std::string::npos) continue;
            const std::string value = entry.substr(0, t);
            std::size_t from = t + 1;
            bool first_form = true;
            while (from <= entry.size()) {
                std::size_t comma = entry.find(',', from);
                if (comma == std::string::npos) comma = entry.size();
                const std::vector<std::string> words = split_phrase(std::string_view(entry).substr(from, comma - from));
                if (!words.empty()) {
                    std::string key;
                    for (std::size_t k = 0; k < words.size(); ++k) {
                        if (k) {
                            prefixes_.insert(key);
                            key.push_back('\x1f');
                        }
                        key += words[k];
                    }
                    forms_[key].push_back({cls, value, words.size(), !first_form && words.back() != "."});
                    first_form = false;
                    if (words.size() > max_length_) max_length_ = words.size();
                }
                from = comma + 1;
            }
        }
    }
    const std::string list = "time/" + lang + "/lexicon.txt";
    for (int k = 0; k < static_cast<int>(CodeClass::Count); ++k) {
        code_classes_[k] = class_id(kCodeClassNames[k]);
        if (code_classes_[k] < 0) report.malformed.push_back(list + " (no class " + kCodeClassNames[k] + ")");
    }
}

int TimeLexicon::class_id(std::string_view name) const {
    for (std::size_t i = 0; i < class_names_.size(); ++i)
        if (class_names_[i] == name) return static_cast<int>(i);
    return -1;
}

const std::string& TimeLexicon::class_name(int cls) const {
    static const std::string none;
    return cls >= 0 && static_cast<std::size_t>(cls) < class_names_.size() ? class_names_[cls] : none;
}

void TimeLexicon::lookup(const std::vector<TimeToken>& tokens, std::size_t pos, std::vector<LexiconHit>& out) const {
    std::string key;
    for (std::size_t len = 1; len <= max_length_ && pos + len <= tokens.size(); ++len) {
        const TimeToken& t = tokens[pos + len - 1];
        if (len > 1) {
            // A phrase does not run across a line break.
            if (t.newline_before) break;
            key.push_back('\x1f');
        }
        key += t.norm;
        const auto it = forms_.find(key);
        // No longer form starts with these tokens: stop after this length's own entries.
        const bool longer = len < max_length_ && prefixes_.count(key) > 0;
        if (it == forms_.end()) {
            if (!longer) break;
            continue;
        }
        for (const Entry& e : it->second) {
            if (capitalized_[e.cls] && !tokens[pos].capitalized) continue;
            if (abbreviated_[e.cls] && e.abbreviation) {
                const std::size_t next = pos + len;
                const bool followed = next < tokens.size() && !tokens[next].newline_before && !tokens[next].norm.empty() &&
                                      ((tokens[next].norm[0] >= '0' && tokens[next].norm[0] <= '9') || tokens[next].norm == ".");
                const bool preceded = pos > 0 && !tokens[pos].newline_before && tokens[pos - 1].digits_only;   // "25 Sep"
                if (!followed && !preceded) continue;
            }
            out.push_back({e.cls, e.value, len});
        }
        if (!longer) break;
    }
}

bool TimeLexicon::word_is(int cls, const std::string& norm, std::string* value) const {
    const auto it = forms_.find(norm);
    if (it == forms_.end()) return false;
    for (const Entry& e : it->second) {
        if (e.cls == cls && e.length == 1) {
            if (value) *value = e.value;
            return true;
        }
    }
    return false;
}

}  // namespace lede::time
