// warm_up.h — runs, once, the code an arriving analysis goes through before its first frame
// (reading the JSON, the document's indexes, the graph's layout), on a small made-up analysis
// that is thrown away. Browsers compile a wasm function on its first call: done while the
// page waits for the worker's first analysis, that compiling is off the path to the analysed
// frame. The platform calls it when its main thread is idle before the first article.
#pragma once

namespace lede::app {

void warm_up_analysis_code();

}  // namespace lede::app
