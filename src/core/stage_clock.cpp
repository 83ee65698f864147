// stage_clock.cpp — see stage_clock.h.
#include "stage_clock.h"

namespace lede {

StageClock::StageClock(double budget_ms) : budget_ms_(budget_ms), lap_start_(Clock::now()) {}

double StageClock::since_lap_ms() const {
    return std::chrono::duration<double, std::milli>(Clock::now() - lap_start_).count();
}

void StageClock::lap(const char* name) {
    timings_.push_back({name, since_lap_ms()});
    lap_start_ = Clock::now();
}

bool StageClock::expired() const { return since_lap_ms() >= budget_ms_; }

const StageTiming* StageClock::overrun() const {
    for (const StageTiming& t : timings_)
        if (t.ms >= budget_ms_) return &t;
    return nullptr;
}

}  // namespace lede
