// corpora.cpp — see corpora.h.
#include "corpora.h"

#include <algorithm>
#include <cctype>
#include <dirent.h>
#include <fstream>
#include <sstream>

namespace lede::train {
namespace {

std::vector<std::string> split_tabs(const std::string& line) {
    std::vector<std::string> cols;
    std::stringstream ss(line);
    std::string c;
    while (std::getline(ss, c, '\t')) cols.push_back(c);
    return cols;
}

std::string map_type(std::string type) {
    if (type == "OTH" || type == "MISC") return "MISC";
    if (type == "PER" || type == "ORG" || type == "LOC") return type;
    // WNUT 2017's classes: groups are bands, teams and parties, organisations in our contract;
    // products and creative works are no actor of ours, so they stay O (not MISC: WNUT's
    // product and work spans do not match UNER's OTH, and would teach MISC a new meaning).
    if (type == "person") return "PER";
    if (type == "location") return "LOC";
    if (type == "corporation" || type == "group") return "ORG";
    return "";
}

// Normalises one tag to BIO over our four types ("" type -> O).
std::string normalise(const std::string& tag) {
    if (tag.size() < 3 || tag[1] != '-') return "O";
    const std::string type = map_type(tag.substr(2));
    if (type.empty()) return "O";
    return std::string(1, tag[0] == 'B' ? 'B' : 'I') + "-" + type;
}

void push_sentence(std::vector<Document>& docs, Sentence& s) {
    if (s.words.empty()) return;
    if (docs.empty()) docs.emplace_back();
    // I- after O or another type opens a new entity (IO input, or sloppy BIO).
    for (std::size_t i = 0; i < s.tags.size(); ++i) {
        std::string& t = s.tags[i];
        if (t[0] != 'I') continue;
        const std::string prev = i ? s.tags[i - 1] : "O";
        if (prev == "O" || prev.substr(2) != t.substr(2)) t[0] = 'B';
    }
    docs.back().push_back(std::move(s));
    s = Sentence{};
}

}  // namespace

std::vector<Document> read_uner(const std::string& path) {
    std::vector<Document> docs;
    std::ifstream in(path);
    std::string line;
    Sentence s;
    while (std::getline(in, line)) {
        if (line.rfind("# newdoc", 0) == 0) {
            push_sentence(docs, s);
            docs.emplace_back();
            continue;
        }
        if (line.empty()) { push_sentence(docs, s); continue; }
        if (line[0] == '#') continue;
        const auto cols = split_tabs(line);
        if (cols.size() < 3) continue;
        s.words.push_back(cols[1]);
        s.tags.push_back(normalise(cols[2]));
    }
    push_sentence(docs, s);
    docs.erase(std::remove_if(docs.begin(), docs.end(), [](const Document& d) { return d.empty(); }), docs.end());
    return docs;
}

std::vector<Document> read_conll_io(const std::string& path, bool sentence_documents) {
    std::vector<Document> docs;
    std::ifstream in(path);
    std::string line;
    Sentence s;
    while (std::getline(in, line)) {
        std::stringstream ss(line);
        std::string word, tag, last;
        ss >> word;
        while (ss >> tag) last = tag;
        if (word.empty()) {
            // Posts (tweets) are unrelated: each is a document of its own for the document features.
            if (sentence_documents && !s.words.empty()) docs.emplace_back();
            push_sentence(docs, s);
            continue;
        }
        if (word == "-DOCSTART-") {
            push_sentence(docs, s);
            docs.emplace_back();
            continue;
        }
        s.words.push_back(word);
        s.tags.push_back(normalise(last));
    }
    if (sentence_documents && !s.words.empty()) docs.emplace_back();
    push_sentence(docs, s);
    docs.erase(std::remove_if(docs.begin(), docs.end(), [](const Document& d) { return d.empty(); }), docs.end());
    return docs;
}

std::vector<Document> read_sec_filings(const std::string& path) {
    auto docs = read_conll_io(path, false);
    for (auto& doc : docs)
        for (auto& s : doc)
            for (std::size_t i = 0; i < s.words.size(); ++i) {
                if (s.tags[i].size() < 5 || s.tags[i].substr(2) != "PER") continue;
                std::string w = s.words[i];
                for (auto& c : w) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
                if (w == "borrower" || w == "borrowers" || w == "lender" || w == "lenders") s.tags[i] = "O";
            }
    // A role word dropped from the middle of a span leaves an I- that now opens the entity.
    for (auto& doc : docs)
        for (auto& s : doc)
            for (std::size_t i = 0; i < s.tags.size(); ++i) {
                std::string& t = s.tags[i];
                if (t[0] != 'I') continue;
                const std::string prev = i ? s.tags[i - 1] : "O";
                if (prev == "O" || prev.substr(2) != t.substr(2)) t[0] = 'B';
            }
    return docs;
}

std::set<std::string> gum_split(const std::string& splits_md, const std::string& split) {
    std::set<std::string> names;
    std::ifstream in(splits_md);
    std::string line, current;
    while (std::getline(in, line)) {
        if (line.rfind("## ", 0) == 0) { current = line.substr(3); continue; }
        const auto star = line.find("* ");
        if (current == split && star != std::string::npos) names.insert(line.substr(star + 2));
    }
    return names;
}

namespace {

struct GumWord {
    std::string form, upos;
    std::string entity;                           // the Entity= value of MISC, if any
};

struct Open {
    std::string id, etype;
    std::vector<int> minspan;
    std::size_t start;
};

struct Mention {
    std::size_t start, end;                       // word indices in the sentence, [start, end)
    std::string etype;
    std::vector<int> minspan;
};

std::vector<std::string> split_dash(const std::string& s) {
    std::vector<std::string> out;
    std::stringstream ss(s);
    std::string p;
    while (std::getline(ss, p, '-')) out.push_back(p);
    return out;
}

std::vector<Mention> gum_mentions(const std::vector<GumWord>& words) {
    std::vector<Mention> mentions;
    std::vector<Open> open;
    for (std::size_t w = 0; w < words.size(); ++w) {
        const std::string& e = words[w].entity;
        std::size_t pos = 0;
        while (pos < e.size()) {
            if (e[pos] == '(') {
                std::size_t end = e.find_first_of("()", pos + 1);
                if (end == std::string::npos) end = e.size();
                const auto f = split_dash(e.substr(pos + 1, end - pos - 1));
                Open o{f.empty() ? "" : f[0], f.size() > 1 ? f[1] : "", {}, w};
                if (f.size() > 5) {
                    std::stringstream ms(f[5]);
                    std::string m;
                    while (std::getline(ms, m, ',')) o.minspan.push_back(std::atoi(m.c_str()));
                }
                if (end < e.size() && e[end] == ')') {
                    mentions.push_back({w, w + 1, o.etype, o.minspan});
                    pos = end + 1;
                } else {
                    open.push_back(o);
                    pos = end;
                }
            } else {
                const std::size_t end = e.find(')', pos);
                if (end == std::string::npos) break;
                const std::string id = e.substr(pos, end - pos);
                for (std::size_t k = open.size(); k-- > 0;) {
                    if (open[k].id != id) continue;
                    mentions.push_back({open[k].start, w + 1, open[k].etype, open[k].minspan});
                    open.erase(open.begin() + static_cast<long>(k));
                    break;
                }
                pos = end + 1;
            }
        }
    }
    return mentions;
}

void gum_sentence(const std::vector<GumWord>& words, std::vector<Document>& docs) {
    Sentence s;
    for (const auto& w : words) {
        s.words.push_back(w.form);
        s.tags.push_back("O");
    }
    auto mentions = gum_mentions(words);
    // Outermost first: longer mentions first, then by start.
    std::sort(mentions.begin(), mentions.end(), [](const Mention& a, const Mention& b) {
        return a.end - a.start != b.end - b.start ? a.end - a.start > b.end - b.start : a.start < b.start;
    });
    std::vector<bool> taken(words.size(), false);
    for (const auto& m : mentions) {
        std::string type;
        if (m.etype == "person") type = "PER";
        else if (m.etype == "organization") type = "ORG";
        else if (m.etype == "place") type = "LOC";
        else if (m.etype == "time" || m.etype == "quantity") continue;
        else type = "MISC";
        if (m.minspan.empty()) continue;
        bool proper = true;
        std::size_t head = m.start + static_cast<std::size_t>(std::max(1, m.minspan[0])) - 1;
        for (int h : m.minspan) {
            const std::size_t i = m.start + static_cast<std::size_t>(std::max(1, h)) - 1;
            if (i >= m.end || words[i].upos != "PROPN") proper = false;
        }
        if (!proper || head >= m.end) continue;
        std::size_t a = head, b = head + 1;
        while (a > m.start && words[a - 1].upos == "PROPN") --a;
        while (b < m.end && words[b].upos == "PROPN") ++b;
        bool overlap = false;
        for (std::size_t i = a; i < b; ++i) overlap = overlap || taken[i];
        if (overlap) continue;
        for (std::size_t i = a; i < b; ++i) {
            taken[i] = true;
            s.tags[i] = (i == a ? "B-" : "I-") + type;
        }
    }
    docs.back().push_back(std::move(s));
}

}  // namespace

std::vector<Document> read_gum(const std::string& dir, const std::set<std::string>& names) {
    std::vector<Document> docs;
    std::vector<std::string> files;
    if (DIR* d = opendir(dir.c_str())) {
        while (dirent* e = readdir(d)) {
            std::string n = e->d_name;
            if (n.size() > 7 && n.substr(n.size() - 7) == ".conllu" && names.count(n.substr(0, n.size() - 7))) files.push_back(n);
        }
        closedir(d);
    }
    std::sort(files.begin(), files.end());
    for (const auto& f : files) {
        std::ifstream in(dir + "/" + f);
        docs.emplace_back();
        std::string line;
        std::vector<GumWord> words;
        while (std::getline(in, line)) {
            if (line.empty()) {
                if (!words.empty()) gum_sentence(words, docs);
                words.clear();
                continue;
            }
            if (line[0] == '#') continue;
            const auto cols = split_tabs(line);
            if (cols.size() < 10 || cols[0].find_first_of("-.") != std::string::npos) continue;
            GumWord w{cols[1], cols[3], ""};
            std::stringstream ms(cols[9]);
            std::string attr;
            while (std::getline(ms, attr, '|'))
                if (attr.rfind("Entity=", 0) == 0) w.entity = attr.substr(7);
            words.push_back(std::move(w));
        }
        if (!words.empty()) gum_sentence(words, docs);
    }
    return docs;
}

}  // namespace lede::train
