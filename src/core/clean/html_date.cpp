// html_date.cpp — see html_date.h. A small scanner: numbers and words in order, then the
// first reading that makes a valid calendar date wins.
#include "html_date.h"

#include <cctype>
#include <cstdio>
#include <sstream>
#include <unordered_map>
#include <vector>

#include "../assets.h"

namespace lede::html {
namespace {

const std::unordered_map<std::string, int>& month_names() {
    static const std::unordered_map<std::string, int> names = [] {
        std::unordered_map<std::string, int> m;
        for (const std::string& line : assets::read_lines("lexicon/en/months.txt")) {
            const auto tab = line.find('\t');
            if (tab == std::string::npos) continue;
            const int number = std::atoi(line.substr(0, tab).c_str());
            std::stringstream forms(line.substr(tab + 1));
            std::string form;
            while (std::getline(forms, form, ','))
                if (!form.empty() && form.back() != '.') m[form] = number;
        }
        return m;
    }();
    return names;
}

bool valid_date(int y, int m, int d) {
    static const int days[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1 || d > days[m - 1]) return false;
    const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return !(m == 2 && d == 29 && !leap);
}

std::string format(int y, int m, int d, int hh, int mm) {
    char buf[32];
    if (hh >= 0 && hh < 24 && mm >= 0 && mm < 60)
        std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d", y, m, d, hh, mm);
    else
        std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
    return buf;
}

struct Token {
    std::string text;      // digits, or a lower-case word
    bool number = false;
    char after = 0;        // the separator that followed ('-', '/', ':', 'T', ...)
};

std::vector<Token> scan(std::string_view v) {
    std::vector<Token> out;
    std::size_t i = 0;
    while (i < v.size() && out.size() < 16) {
        const unsigned char c = static_cast<unsigned char>(v[i]);
        if (std::isdigit(c) || std::isalpha(c)) {
            Token t;
            t.number = std::isdigit(c);
            while (i < v.size() && (t.number ? std::isdigit(static_cast<unsigned char>(v[i]))
                                             : std::isalpha(static_cast<unsigned char>(v[i]))) != 0) {
                t.text.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(v[i]))));
                ++i;
            }
            // "2020-09-25T11:36": the T glues date and time; keep it as the separator.
            if (!t.number && t.text == "t" && !out.empty()) {
                out.back().after = 'T';
                continue;
            }
            if (i < v.size()) t.after = v[i];
            out.push_back(std::move(t));
        } else {
            ++i;
        }
    }
    return out;
}

// hh:mm after position `at`, with an optional am/pm word.
void read_time(const std::vector<Token>& t, std::size_t at, int& hh, int& mm) {
    hh = mm = -1;
    if (at + 1 < t.size() && t[at].number && t[at + 1].number && t[at].after == ':' && t[at].text.size() <= 2 &&
        t[at + 1].text.size() == 2) {
        hh = std::atoi(t[at].text.c_str());
        mm = std::atoi(t[at + 1].text.c_str());
        std::size_t k = at + 2;
        if (k < t.size() && t[k - 1].after == ':' && t[k].number) ++k;  // seconds
        if (k < t.size() && !t[k].number) {
            if (t[k].text == "pm" && hh < 12) hh += 12;
            if (t[k].text == "am" && hh == 12) hh = 0;
        }
    }
}

}  // namespace

std::optional<std::string> metadata_date_iso(std::string_view value) {
    const std::vector<Token> t = scan(value.substr(0, 200));
    const auto& months = month_names();
    for (std::size_t i = 0; i < t.size(); ++i) {
        int y = -1, m = -1, d = -1, hh = -1, mm = -1;
        std::size_t next = i;
        const Token& a = t[i];
        if (a.number && a.text.size() == 8 && i == 0) {
            // 20200925
            y = std::atoi(a.text.substr(0, 4).c_str());
            m = std::atoi(a.text.substr(4, 2).c_str());
            d = std::atoi(a.text.substr(6, 2).c_str());
            next = i + 1;
        } else if (a.number && a.text.size() == 4 && i + 2 < t.size() && t[i + 1].number && t[i + 2].number) {
            // 2020-09-25, 2020/09/25, 2020.09.25
            y = std::atoi(a.text.c_str());
            m = std::atoi(t[i + 1].text.c_str());
            d = std::atoi(t[i + 2].text.c_str());
            next = i + 3;
        } else if (a.number && a.text.size() <= 2 && i + 2 < t.size() && !t[i + 1].number &&
                   months.count(t[i + 1].text) && t[i + 2].number && t[i + 2].text.size() == 4) {
            // 25 Sep 2020
            d = std::atoi(a.text.c_str());
            m = months.at(t[i + 1].text);
            y = std::atoi(t[i + 2].text.c_str());
            next = i + 3;
        } else if (!a.number && months.count(a.text) && i + 2 < t.size() && t[i + 1].number &&
                   t[i + 1].text.size() <= 2 && t[i + 2].number && t[i + 2].text.size() == 4) {
            // Sep 25, 2020
            m = months.at(a.text);
            d = std::atoi(t[i + 1].text.c_str());
            y = std::atoi(t[i + 2].text.c_str());
            next = i + 3;
        } else if (a.number && a.text.size() <= 2 && i + 2 < t.size() && t[i + 1].number &&
                   t[i + 1].text.size() <= 2 && t[i + 2].number && t[i + 2].text.size() == 4 && a.after == '/') {
            // 09/25/2020 (US order) or 25/09/2020 when the first cannot be a month
            const int first = std::atoi(a.text.c_str()), second = std::atoi(t[i + 1].text.c_str());
            y = std::atoi(t[i + 2].text.c_str());
            if (first > 12) { d = first; m = second; } else { m = first; d = second; }
            next = i + 3;
        } else {
            continue;
        }
        if (!valid_date(y, m, d)) continue;
        read_time(t, next, hh, mm);
        return format(y, m, d, hh, mm);
    }
    return std::nullopt;
}

}  // namespace lede::html
