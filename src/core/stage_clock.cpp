// stage_clock.cpp — see stage_clock.h.
#include "stage_clock.h"

#include <time.h>

#include <chrono>

namespace lede {
namespace {

// Milliseconds of this thread's CPU time, or of the monotonic clock where there is none.
double now_ms() {
#ifdef CLOCK_THREAD_CPUTIME_ID
    timespec cpu{};
    if (clock_gettime(CLOCK_THREAD_CPUTIME_ID, &cpu) == 0)
        return 1000.0 * static_cast<double>(cpu.tv_sec) + static_cast<double>(cpu.tv_nsec) / 1e6;
#endif
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

}  // namespace

StageClock::StageClock(double budget_ms) : budget_ms_(budget_ms), lap_start_ms_(now_ms()) {}

double StageClock::since_lap_ms() const { return now_ms() - lap_start_ms_; }

void StageClock::lap(const char* name) {
    timings_.push_back({name, since_lap_ms()});
    lap_start_ms_ = now_ms();
}

bool StageClock::expired() const { return since_lap_ms() >= budget_ms_; }

const StageTiming* StageClock::overrun() const {
    for (const StageTiming& t : timings_)
        if (t.ms >= budget_ms_) return &t;
    return nullptr;
}

}  // namespace lede
