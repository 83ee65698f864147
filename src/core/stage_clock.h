// stage_clock.h — times the pipeline's stages and enforces the per-stage time budget.
//
// Why: in the page the analysis runs in one Web Worker (no shared-memory threads on static
// hosts), so a paste that is slow to analyse keeps the user waiting with no result, and
// the CLI is used in batch jobs that need an upper bound. Every stage is linear in its
// input, but a slow device times a 20 MB paste can still take long: a stage that overruns
// its budget stops what comes after it (the text is kept; a "time-budget" warning names
// the stage). Stages that loop over sentences also ask `expired()` between sentences.
// Time is the calling thread's CPU time where the platform has one, not the wall clock: on a
// busy machine (a batch job beside others, a CI runner) a wall-clock budget cut stages short
// at random, so one input gave different analyses, and the timings measured the machine's
// load rather than the stage. An analysis runs on one thread (the Python module runs several
// side by side), so that thread's CPU time is the stage's. Where there is no thread CPU clock
// (the browser: Emscripten has none), the monotonic clock stands in, which is also what the
// reader waits on there.
#pragma once

#include <string>
#include <vector>

#include "analysis.h"

namespace lede {

class StageClock {
public:
    explicit StageClock(double budget_ms);

    // Ends the current stage (started at construction or at the previous lap) as `name`.
    void lap(const char* name);
    // True once the running stage has used its whole budget (a budget of 0 is always used).
    bool expired() const;
    // The first finished stage that went over budget, or null.
    const StageTiming* overrun() const;
    const std::vector<StageTiming>& timings() const { return timings_; }
    double budget_ms() const { return budget_ms_; }

private:
    double since_lap_ms() const;

    double budget_ms_;
    double lap_start_ms_;
    std::vector<StageTiming> timings_;
};

}  // namespace lede
