// lede-worker.js — the analysis, off the page's main thread. Loads the core module
// (lede-core.js + .wasm, with its models and lexicons bundled in lede-core.data) and answers the
// page's requests one at a time:
//   in:  {id, text, html, raw, dateline, sample, link}   (sample: analyse the bundled sample; link: a
//        share link's fragment, its article analysed with the link's title, date... as options)
//   out: {id, json, ms, sampleText?}  or  {id, error}
// The page (lede-glue.js) starts this worker as it loads, so the models load while the UI
// module compiles; a crash here (a wasm trap) is reported, and the page starts a new
// worker for the next request with the user's text untouched.
'use strict';
importScripts('lede-module.js');
// The page waits for this before it makes its WebGL context: that call holds the page's
// thread for a while, and this worker could not have started meanwhile.
postMessage({ started: true });
// Fetched and compiled at once: the module on the browser's compiler threads, the asset
// bundle (1.4 MB) on the network's, while this thread reads lede-core.js.
const coreModule = self.ledeCompileWasm('lede-core.wasm');     // lede-module.js
const coreAssets = fetch('lede-core.data', { credentials: 'same-origin' }).then((r) => {
  if (!r.ok) throw new Error('lede-core.data: HTTP ' + r.status);
  return r.arrayBuffer();
});
let ready = false;
let broken = null;                                   // why the module cannot be used any more
let sampleMs = 0;                                    // how long the sample's analysis took
const queue = [];

// Before any request: the sample's analysis loads the models and compiles the code that
// reads them (see src/platform/worker/worker_main.cpp), and is kept for the page's default.
function prepare() {
  try {
    const started = performance.now();
    Module._lede_core_sample_analysis();
    sampleMs = performance.now() - started;
  } catch (e) {
    broken = 'it stopped (' + (e && e.message ? e.message : String(e)) + ')';
  }
}

// The core loads its Resources from the bundle (src/core/asset_bundle.h, resources.h): the
// module has no file system. The core keeps its own copy, so this one is freed at once.
function useAssets(bytes) {
  const size = bytes.byteLength;
  const at = Module._malloc(size);
  if (!at) throw new Error('no memory for lede-core.data');
  Module.HEAPU8.set(new Uint8Array(bytes), at);      // HEAPU8 read after malloc, which may grow memory
  const used = Module._lede_core_use_assets(at, size);
  Module._free(at);
  if (!used) throw new Error('lede-core.data is not an asset bundle');
}

self.Module = {
  locateFile: (path) => path,
  instantiateWasm: self.ledeInstantiateWith(coreModule, (why) => unusable(why)),
  print: (t) => console.log(t),
  printErr: (t) => console.warn(t),
  onRuntimeInitialized() {
    coreAssets.then((bytes) => { useAssets(bytes); prepare(); ready = true; queue.splice(0).forEach(handle); })
      .catch((e) => unusable(e && e.message ? e.message : String(e)));
  },
  onAbort(what) { broken = 'it stopped (' + what + ')'; queue.splice(0).forEach(handle); },
};

const withStrings = (strings, fn) => self.ledeWithStrings(Module, strings, fn);   // lede-module.js

function handle(req) {
  if (broken) { postMessage({ id: req.id, error: broken }); return; }
  try {
    if (req.sample) {
      postMessage({ id: req.id, json: Module.UTF8ToString(Module._lede_core_sample_analysis()), ms: sampleMs,
                    sampleText: Module.UTF8ToString(Module._lede_core_sample()) });
      return;
    }
    const started = performance.now();
    if (req.shared) {
      const json = withStrings([req.shared], (s) => Module.UTF8ToString(Module._lede_core_analyze_shared(s)));
      postMessage(json ? { id: req.id, json, ms: performance.now() - started }
                       : { id: req.id, error: 'the link could not be read' });
      return;
    }
    const json = withStrings([req.text || '', req.html || '', req.dateline || ''],
      (t, h, d) => Module.UTF8ToString(Module._lede_core_analyze(t, h, req.raw ? 1 : 0, d)));
    postMessage({ id: req.id, json, ms: performance.now() - started });
  } catch (e) {
    broken = 'it stopped (' + (e && e.message ? e.message : String(e)) + ')';
    postMessage({ id: req.id, error: broken });
  }
}

// A module or data file that cannot be fetched (offline on a first visit, a broken deploy)
// surfaces as an unhandled rejection in Emscripten's loader: every waiting request fails.
function unusable(why) {
  if (broken) return;
  broken = 'its code could not be loaded (' + why + ')';
  queue.splice(0).forEach(handle);
}
self.addEventListener('unhandledrejection', (e) => {
  e.preventDefault();
  unusable(e.reason && e.reason.message ? e.reason.message : String(e.reason));
});
self.addEventListener('error', (e) => unusable(e.message || 'script error'));

self.onmessage = (e) => { if (ready || broken) handle(e.data); else queue.push(e.data); };
try {
  importScripts('lede-core.js');
} catch (e) {
  unusable(e && e.message ? e.message : String(e));
}
