// time_normalize_durations.cpp — the steps whose value is read off the words alone, with
// no anchor (time_normalize_steps.h): durations (P3D, PT4H, PXY; "two and a half years"
// P2Y6M), sets ("every Monday" XXXX-WXX-1) and the fixed values rules give.
#include <cstdlib>

#include "time_normalize_steps.h"

namespace lede::time::steps {
namespace {

Normalized duration(const std::string& n, const std::string& unit) {
    if (n.empty()) return kFail;
    if (n != "X") {
        for (char ch : n)
            if ((ch < '0' || ch > '9') && ch != '.') return kFail;
    }
    const auto scaled = [&](int factor) { return n == "X" ? std::string("X") : std::to_string(std::atol(n.c_str()) * factor); };
    if (unit == "D" || unit == "W" || unit == "M" || unit == "Y" || unit == "Q") return ok("P" + n + unit);
    if (unit == "DE") return ok(n == "X" ? "PXDE" : "P" + scaled(10) + "Y");
    if (unit == "CE") return ok(n == "X" ? "PXCE" : "P" + scaled(100) + "Y");
    if (unit == "WE") return ok("P" + scaled(2) + "D");
    if (unit == "H") return ok("PT" + n + "H");
    if (unit == "MIN") return ok("PT" + n + "M");
    if (unit == "S") return ok("PT" + n + "S");
    return kFail;
}

// "two and a half years", "5 1/2 hours": the half written in the next smaller unit
// (P2Y6M, PT5H30M, P1DT12H); weeks and months have none and keep a decimal (P2.5W).
Normalized duration_and_a_half(const std::string& n, const std::string& unit) {
    if (!is_int(n) || n[0] == '-' || n[0] == '+' || n.size() > 6) return kFail;
    const long v = std::atol(n.c_str());
    if (unit == "Y") return ok("P" + std::to_string(v) + "Y6M");
    if (unit == "D") return ok("P" + std::to_string(v) + "DT12H");
    if (unit == "H") return ok("PT" + std::to_string(v) + "H30M");
    if (unit == "MIN") return ok("PT" + std::to_string(v) + "M30S");
    if (unit == "W" || unit == "M" || unit == "Q") return ok("P" + std::to_string(v) + ".5" + unit);
    if (unit == "DE") return ok("P" + std::to_string(v * 10 + 5) + "Y");
    if (unit == "CE") return ok("P" + std::to_string(v * 100 + 50) + "Y");
    return kFail;
}

}  // namespace

// "fix VALUE", "decade D": the value as the rule (or its capture) gives it.
Normalized literal_value(const Args& a, const NormalizeContext&) { return a[0].empty() ? kFail : ok(a[0]); }

Normalized duration_step(const Args& a, const NormalizeContext&) { return duration(a[0], a[1]); }

Normalized duration_and_a_half_step(const Args& a, const NormalizeContext&) { return duration_and_a_half(a[0], a[1]); }

// "setwd W": every Monday, XXXX-WXX-1.
Normalized every_weekday(const Args& a, const NormalizeContext&) {
    const int w = parse_weekday(a[0]);
    return w ? ok("XXXX-WXX-" + std::to_string(w)) : kFail;
}

// "setm M": each July, XXXX-07.
Normalized every_month(const Args& a, const NormalizeContext&) {
    const int m = is_int(a[0]) ? to_int(a[0]) : 0;
    return m >= 1 && m <= 12 ? ok("XXXX-" + two(m)) : kFail;
}

}  // namespace lede::time::steps
