// lede_module.cpp — `import lede`: the core for Python (pybind11), for archives analysed in
// Python or on Dask (examples/dask_archive.py).
//
//   analyze_json(text, html=False, dateline=None, raw=False) -> str
//       the JSON text `lede analyze` prints for the same input and flags, byte for byte
//       (without the CLI's final newline)
//   analyze(...) -> dict                      the same, parsed
//   event_rows(analysis_json, story_id) -> list[dict]   `lede batch --events` rows
//   event_columns() -> list[str]              their columns, in order (a CSV header)
// `text` is str or bytes (bytes may be invalid UTF-8: it is repaired, with a warning, as the
// CLI repairs a file). A bad dateline raises ValueError.
//
// The core's caches are not safe to share between threads yet: calls are serialised by one lock, taken with the GIL released, so other Python threads
// (a Dask worker's event loop) keep running while an article is analysed.
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include "analysis_json.h"
#include "analyze.h"
#include "environment.h"
#include "event_rows.h"

namespace py = pybind11;

namespace {

std::mutex core_lock;

std::string bytes_of(const py::object& text) {
    if (py::isinstance<py::bytes>(text)) return text.cast<std::string>();
    if (py::isinstance<py::str>(text)) return text.cast<std::string>();  // UTF-8
    throw py::type_error("text must be str or bytes");
}

std::string analyze_json(const py::object& text, bool html, const std::optional<std::string>& dateline, bool raw) {
    const std::string input_bytes = bytes_of(text);
    lede::AnalyzeOptions options;
    options.raw = raw;
    if (dateline) {
        if (auto err = lede::check_dateline(*dateline)) throw py::value_error(*err);
        options.dateline = *dateline;
    }
    lede::AnalyzeInput input;
    if (html) input.html = input_bytes; else input.text = input_bytes;
    py::gil_scoped_release release;
    std::lock_guard<std::mutex> hold(core_lock);
    return lede::to_json_string(lede::analyze(lede::cli::process_resources(), input, options));
}

py::object json_loads(const std::string& s) { return py::module_::import("json").attr("loads")(py::str(s)); }

}  // namespace

PYBIND11_MODULE(lede, m) {
    m.doc() = "Lede: actors, relations and dates of news articles (the lede.analysis/1 JSON of `lede analyze`)";
    m.def("analyze_json", &analyze_json, py::arg("text"), py::arg("html") = false, py::arg("dateline") = py::none(),
          py::arg("raw") = false,
          "The lede.analysis/1 JSON text, byte for byte what `lede analyze` prints (without its final newline).");
    m.def("analyze",
          [](const py::object& text, bool html, const std::optional<std::string>& dateline, bool raw) {
              return json_loads(analyze_json(text, html, dateline, raw));
          },
          py::arg("text"), py::arg("html") = false, py::arg("dateline") = py::none(), py::arg("raw") = false,
          "The lede.analysis/1 analysis as a dict.");
    m.def("event_rows",
          [](const std::string& analysis_json, const py::object& story_id) {
              const std::string id_json = py::module_::import("json").attr("dumps")(story_id).cast<std::string>();
              std::vector<std::string> lines;
              {
                  py::gil_scoped_release release;
                  std::lock_guard<std::mutex> hold(core_lock);  // the resources load at first use
                  const auto analysis = nlohmann::ordered_json::parse(analysis_json);
                  for (const auto& row : lede::cli::event_rows(analysis, nlohmann::json::parse(id_json),
                                                               lede::cli::process_resources().actors.gazetteer))
                      lines.push_back(row.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace));
              }
              py::list rows;
              for (const std::string& line : lines) rows.append(json_loads(line));
              return rows;
          },
          py::arg("analysis_json"), py::arg("story_id"),
          "One dict per relation: the rows of `lede batch --events` (see the README, 'Analysing an archive').");
    m.def("event_columns", &lede::cli::event_columns, "The columns of event_rows, in order.");
}
