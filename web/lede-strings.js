// lede-strings.js — passing strings into an Emscripten module for one call: each string
// copied as UTF-8 into a malloc'd buffer, the call made with the pointers, the buffers
// freed after it (also when it throws). Shared by the page (lede-glue.js, the UI module)
// and the analysis worker (lede-worker.js, the core module).
'use strict';
self.ledeWithStrings = function (module, strings, fn) {
  const ptrs = strings.map((s) => {
    const n = module.lengthBytesUTF8(s) + 1;
    const p = module._malloc(n);
    module.stringToUTF8(s, p, n);
    return p;
  });
  try { return fn(...ptrs); } finally { ptrs.forEach((p) => module._free(p)); }
};
