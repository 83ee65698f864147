// batch.h — `lede batch`: many articles through one process (the models load once).
//
// Input: JSON Lines, one record per line: {"id": string|number, "text"|"html": string,
// "dateline"?: "YYYY-MM-DD[THH:MM]", "raw"?: bool}. Output, in input order, one line per
// record, flushed after each: {"id", "analysis"} where "analysis" is byte for byte what
// `lede analyze` prints for the same input and options, or {"id", "error": {"code",
// "message", "line"}}. With `events`, one line per relation instead (event_rows.h), and
// still one error line per bad record. A bad record (invalid JSON, invalid UTF-8, longer
// than max_record_bytes, a field missing or of the wrong type) never stops the stream.
// Blank lines are not records and give no output.
#pragma once

#include <cstddef>
#include <cstdio>
#include <string>
#include <string_view>

#include "input_limits.h"
#include "resources.h"

namespace lede::cli {

struct BatchOptions {
    bool events = false;                          // one line per relation (event_rows.h)
    // A record line longer than this is an "oversized" error (its bytes are skipped, never
    // held): the core's own input limit plus room for JSON escaping and the other fields.
    std::size_t max_record_bytes = limits::kMaxInputBytes + (1u << 20);
};

// Reads records from `in` until end of input, writes lines to `out`. Returns 0, or 1 when
// `out` could not be written (a closed pipe): the only thing that stops the stream.
int run_batch(std::FILE* in, std::FILE* out, const Resources& resources, const BatchOptions& options);

// The output line (without "\n") for one record line: exposed for tests and the Python module.
std::string batch_line(std::string_view record, std::size_t line_number, const Resources& resources,
                       const BatchOptions& options);

}  // namespace lede::cli
