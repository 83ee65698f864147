// lede-module.js — what the page (lede-glue.js, the UI module) and the analysis worker
// (lede-worker.js, the core module) both do with an Emscripten module:
//   ledeCompileWasm(url): fetch and compile a .wasm at once, before its Emscripten loader
//     runs, so the browser compiles on its own threads while the caller's thread does
//     other work; the loader then takes it through ledeInstantiateWith (its instantiateWasm
//     hook). A server that does not send wasm as application/wasm gets the buffered path.
//   ledeWithStrings(module, strings, fn): pass strings for one call: each string copied as
//     UTF-8 into a malloc'd buffer, the call made with the pointers, the buffers freed after
//     it (also when it throws).
'use strict';
self.ledeCompileWasm = function (url) {
  const buffered = () => fetch(url, { credentials: 'same-origin' }).then((r) => {
    if (!r.ok) throw new Error(url + ': HTTP ' + r.status);
    return r.arrayBuffer();
  }).then((bytes) => WebAssembly.compile(bytes));
  const compiled = typeof WebAssembly.compileStreaming === 'function'
    ? WebAssembly.compileStreaming(fetch(url, { credentials: 'same-origin' })).catch(buffered)
    : buffered();
  compiled.catch(() => {});                          // reported by the loader that asks for it
  return compiled;
};

// An instantiateWasm hook for Emscripten's loader: instantiate the compiled module with the
// loader's imports and hand it the instance; `failed` hears why when that cannot be done.
self.ledeInstantiateWith = function (compiled, failed) {
  return function (imports, receive) {
    compiled.then((m) => WebAssembly.instantiate(m, imports).then((instance) => receive(instance, m)))
      .catch((e) => failed(e && e.message ? e.message : String(e)));
    return {};                                       // Emscripten's sign for "instantiating asynchronously"
  };
};

self.ledeWithStrings = function (module, strings, fn) {
  const ptrs = strings.map((s) => {
    const n = module.lengthBytesUTF8(s) + 1;
    const p = module._malloc(n);
    module.stringToUTF8(s, p, n);
    return p;
  });
  try { return fn(...ptrs); } finally { ptrs.forEach((p) => module._free(p)); }
};
