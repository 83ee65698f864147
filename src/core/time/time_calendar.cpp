// time_calendar.cpp — see time_calendar.h.
#include "time_calendar.h"

namespace lede::time {

std::string zero_padded(int value, int width) {
    const bool negative = value < 0;
    unsigned long long magnitude = negative ? 0ULL - static_cast<unsigned long long>(static_cast<long long>(value))
                                            : static_cast<unsigned long long>(value);
    char digits[24];
    int n = 0;
    do {
        digits[n++] = static_cast<char>('0' + magnitude % 10);
        magnitude /= 10;
    } while (magnitude);
    std::string out;
    if (negative) out += '-';
    for (int pad = width - n - (negative ? 1 : 0); pad > 0; --pad) out += '0';
    while (n) out += digits[--n];
    return out;
}

std::string format_year(int y) { return zero_padded(y, 4); }

std::string format_month(int y, int m) { return zero_padded(y, 4) + "-" + zero_padded(m, 2); }

std::string format_day(const base::Date& d) {
    return zero_padded(d.year, 4) + "-" + zero_padded(d.month, 2) + "-" + zero_padded(d.day, 2);
}

std::string format_week(const base::IsoWeek& w) { return zero_padded(w.year, 4) + "-W" + zero_padded(w.week, 2); }

namespace {
bool digits(const std::string& s, std::size_t at, std::size_t n, int& out) {
    if (at + n > s.size()) return false;
    out = 0;
    for (std::size_t i = at; i < at + n; ++i) {
        if (s[i] < '0' || s[i] > '9') return false;
        out = out * 10 + (s[i] - '0');
    }
    return true;
}
}  // namespace

bool parse_anchor(const std::string& s, base::Date& date, int& hour, int& minute) {
    int y, m, d;
    hour = minute = -1;
    if (s.size() < 10 || !digits(s, 0, 4, y) || s[4] != '-' || !digits(s, 5, 2, m) || s[7] != '-' || !digits(s, 8, 2, d))
        return false;
    if (!base::is_valid_date(y, m, d)) return false;
    date = {y, m, d};
    int h, mi;
    if (s.size() >= 16 && s[10] == 'T' && digits(s, 11, 2, h) && s[13] == ':' && digits(s, 14, 2, mi) && h < 24 && mi < 60) {
        hour = h;
        minute = mi;
    }
    return true;
}

}  // namespace lede::time
