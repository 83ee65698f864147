// lede-glue.js — the one JS file between the browser and the wasm app.
//
// It owns what only the browser can do: the clipboard (a `paste` listener; ImGui cannot
// read the system clipboard), drag and drop, the paste dialog (a real textarea: IME and
// phone keyboards work), share links in the URL fragment, keeping the last article in
// IndexedDB, file downloads, the service worker, the canvas size with devicePixelRatio,
// and the analysis worker (lede-worker.js): every analysis runs there, and its JSON goes
// to the app (lede.js), which draws everything else. The worker starts with the page and
// analyses the last article or the sample while the app's module compiles. Strings cross
// into wasm as UTF-8 in malloc'd buffers; the app's exports never throw.
//
// Input: wheel and touch on the canvas are read here and handed to the app (GLFW gets both
// wrong, see "wheel and touch" below).
//
// The Article pane's copy (a `copy` event) and the accessible text mirror are in lede-text.js,
// loaded after this file.
//
// Test hook: `window.lede` (lastAnalysis, analyses, state(), select(), command()) and a
// `lede-analysed` event on window after every analysis.
'use strict';
(function () {
  const statusEl = document.getElementById('status');
  const canvas = document.getElementById('canvas');
  const dialog = document.getElementById('paste-dialog');
  const pasteText = document.getElementById('paste-text');
  const pasteFile = document.getElementById('paste-file');
  const pasteRaw = document.getElementById('paste-raw');
  const SHARE_KEY = 'a=';

  // ---- the analysis worker ------------------------------------------------------------------
  // Started first, before anything else here: its module, models and first analysis are
  // the longest path to an analysed page, and none of it needs the main thread.
  // One request at a time is current: a newer one makes an older answer stale (it is
  // dropped). An answer that comes before the app is ready waits for it.
  let worker = null, nextId = 1, current = null, heldAnswer = null;
  function startWorker() {
    worker = new Worker('lede-worker.js');
    worker.onmessage = (e) => { if (e.data && e.data.started) makeContext(); else answered(e.data); };
    worker.onerror = (e) => {
      e.preventDefault();
      const req = current;
      stopWorker();
      if (req) answered({ id: req.id, error: 'it could not start (' + (e.message || 'worker error') + ')' });
    };
  }
  function stopWorker() { if (worker) worker.terminate(); worker = null; }
  startWorker();

  // The app's module is compiled from here, not by lede.js: the browser compiles it on its
  // own threads while this thread waits for the WebGL context below. lede.js, which runs
  // only after that, finds it compiled (instantiateWasm in Module below).
  const appModule = self.ledeCompileWasm('lede.wasm');           // lede-module.js

  // The WebGL context is made as soon as the worker runs, rather than by GLFW in main():
  // making one (above all with SwiftShader) takes 0.1-0.4 s (0.7 s in a fresh browser), and GLFW's own
  // getContext('webgl2') later returns this same context. Not sooner: the call holds this
  // thread, and a worker cannot start while it is held. Its attributes are what the app
  // draws with: no depth, stencil or multisampling (ImGui anti-aliases its own shapes).
  let contextMade = false;
  function makeContext() {
    if (contextMade || !window.WebGL2RenderingContext || (window.Module && window.Module.ctx)) return;
    contextMade = true;
    try {
      // Sized first as the app will size it (CSS size × DPR, see lede.viewport): resizing a
      // live WebGL canvas reallocates its drawing buffer, which GLFW's window creation did.
      const dpr = Math.max(1, Math.min(4, window.devicePixelRatio || 1));
      canvas.width = Math.max(1, Math.round(Math.max(1, canvas.clientWidth) * dpr));
      canvas.height = Math.max(1, Math.round(Math.max(1, canvas.clientHeight) * dpr));
      canvas.getContext('webgl2', { alpha: true, depth: false, stencil: false, antialias: false,
                                    premultipliedAlpha: true, preserveDrawingBuffer: false });
    } catch (e) { /* GLFW tries again and reports the failure */ }
  }

  function showStatus(text, isError) {
    statusEl.textContent = text;
    statusEl.classList.toggle('error', !!isError);
    statusEl.classList.remove('hidden');
  }
  function hideStatus() { statusEl.classList.add('hidden'); }

  let framesShown = false;                          // the app has drawn (ledeFirstFrame)
  const lede = window.lede = {
    ready: false,
    analyses: 0,
    lastAnalysis: null,
    lastInfo: null,
    lastInput: null,      // {text, html, raw}: what the user gave last, never thrown away
    lastCopiedLink: null,
    downloads: [],        // {name, mime, size, text?}: kept for tests
  };

  // ---- calling into wasm -----------------------------------------------------------------
  const withStrings = (strings, fn) => self.ledeWithStrings(Module, strings, fn);   // lede-module.js
  let userChose = false;             // a paste, drop, file or share link since the page opened
  function submit(text, html, raw, origin) {
    text = text || ''; html = html || '';
    if (!text && !html) return;
    userChose = true;
    lede.lastInput = { text, html, raw: !!raw };
    analyse({ text, html, raw: !!raw, origin });
    saveLast({ kind: 'input', text, html, raw: !!raw });
    if (origin !== 'share' && location.hash.startsWith('#' + SHARE_KEY))
      history.replaceState(null, '', location.pathname + location.search);
  }

  // ---- the analysis worker (started at the top of this file) -------------------------------
  function analyse(req) {
    req.id = nextId++;
    current = req;
    heldAnswer = null;
    if (!worker) startWorker();
    worker.postMessage({ id: req.id, text: req.text || '', html: req.html || '', raw: !!req.raw,
                         dateline: req.dateline || '', sample: !!req.sample });
    if (lede.ready) Module._lede_analysis_started(bytesOf(req));
  }
  lede.analyse = analyse;
  function bytesOf(req) { return (req.text || '').length + (req.html || '').length; }
  function answered(answer) {
    if (!current || answer.id !== current.id) return;       // stale: a newer request replaced it
    if (answer.error) stopWorker();                          // a fresh worker for the next request
    if (!lede.ready) { heldAnswer = answer; return; }
    const req = current;
    current = null;
    if (answer.error) {
      withStrings([answer.error], (m) => Module._lede_analysis_failed(m));
      return;
    }
    if (req.sample) req.text = answer.sampleText || '';
    withStrings([answer.json, req.text || '', req.html || '', req.origin || 'paste'],
      (j, t, h, o) => Module._lede_analysis_ready(j, t, h, req.raw ? 1 : 0, answer.ms, o));
  }
  function openShare(value) {
    userChose = true;
    withStrings([value], (v) => Module._lede_open_share(v));
  }
  lede.submit = (text, html, raw) => submit(text, html, raw, 'api');
  lede.loadAnalysis = (json) => { userChose = true; withStrings([json], (j) => Module._lede_load_analysis(j)); };
  lede.command = (cmd) => withStrings([cmd], (c) => Module.UTF8ToString(Module._lede_command(c)));
  lede.state = () => JSON.parse(lede.command('state'));
  lede.select = (kind, id) => lede.command('select ' + kind + ' ' + id);

  // ---- calls from wasm (see src/platform/web/web_bridge.cpp) ----------------------------
  lede.onAnalysed = function (json, info) {
    lede.analyses += 1;
    try { lede.lastAnalysis = JSON.parse(json); } catch (e) { lede.lastAnalysis = null; }
    lede.lastInfo = info;
    if (framesShown) hideStatus();                   // else the first frame does, as it draws this
    // Bench hook: the analysed frame is on screen after the next two animation frames.
    if (!lede.firstAnalysedFrameMs)
      requestAnimationFrame(() => requestAnimationFrame(() => { lede.firstAnalysedFrameMs = performance.now(); }));
    window.dispatchEvent(new CustomEvent('lede-analysed', { detail: info }));
  };
  lede.onShareOpened = function (ok, message, value) {
    if (ok) saveLast({ kind: 'share', value });
    window.dispatchEvent(new CustomEvent('lede-share', { detail: { ok, message } }));
  };
  lede.copyLink = function (fragment) {
    const url = location.origin + location.pathname + location.search + '#' + SHARE_KEY + fragment;
    lede.lastCopiedLink = url;
    history.replaceState(null, '', '#' + SHARE_KEY + fragment);
    const done = (ok) => Module._lede_notice && withStrings(
      [ok ? 'Link copied (' + url.length + ' characters)' : 'Copy blocked by the browser: the link is in the address bar'],
      (m) => Module._lede_notice(m, ok ? 0 : 1));
    if (navigator.clipboard && navigator.clipboard.writeText)
      navigator.clipboard.writeText(url).then(() => done(true), () => done(false));
    else done(false);
  };
  lede.download = function (name, mime, bytes) {
    const blob = new Blob([bytes], { type: mime });
    const entry = { name, mime, size: blob.size };
    if (mime.startsWith('text/') || mime === 'application/json') entry.text = new TextDecoder().decode(bytes);
    lede.downloads.push(entry);
    saveBlob(blob, name);
  };
  lede.downloadPng = function (name, width, height, rgba) {
    // glReadPixels rows run bottom-up: flip while copying into a 2D canvas.
    const c = document.createElement('canvas');
    c.width = width; c.height = height;
    const ctx = c.getContext('2d');
    const img = ctx.createImageData(width, height);
    const row = width * 4;
    for (let y = 0; y < height; y++) img.data.set(rgba.subarray((height - 1 - y) * row, (height - y) * row), y * row);
    ctx.putImageData(img, 0, 0);
    c.toBlob((blob) => {
      lede.downloads.push({ name, mime: 'image/png', size: blob ? blob.size : 0, width, height });
      if (blob) saveBlob(blob, name);
    }, 'image/png');
  };
  function saveBlob(blob, name) {
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = name;
    document.body.appendChild(a);
    a.click();
    setTimeout(() => { URL.revokeObjectURL(a.href); a.remove(); }, 1000);
  }
  lede.openPasteDialog = function () {
    if (lede.lastInput && !pasteText.value) pasteText.value = lede.lastInput.text || '';
    if (!dialog.open) dialog.showModal();
    pasteText.focus();
    pasteText.select();
  };
  lede.viewport = function () {
    const dpr = Math.max(1, Math.min(4, window.devicePixelRatio || 1));
    return [Math.max(1, canvas.clientWidth), Math.max(1, canvas.clientHeight), dpr];
  };

  // ---- input: paste anywhere, drop files, the dialog ------------------------------------
  document.addEventListener('paste', (e) => {
    if (dialog.open) return;                      // the textarea takes it as usual
    const data = e.clipboardData;
    if (!data) return;
    const text = data.getData('text/plain');
    const html = data.getData('text/html');
    if (!text && !html) return;
    e.preventDefault();
    submit(text, html, false, 'paste');
  });
  window.addEventListener('dragover', (e) => { e.preventDefault(); e.dataTransfer.dropEffect = 'copy'; }, true);
  window.addEventListener('drop', (e) => {
    e.preventDefault();
    e.stopPropagation();
    const file = e.dataTransfer.files && e.dataTransfer.files[0];
    if (file) readFile(file);
    else {
      const text = e.dataTransfer.getData('text/plain'), html = e.dataTransfer.getData('text/html');
      submit(text, html, false, 'drop');
    }
  }, true);
  function readFile(file) {
    file.text().then((content) => {
      if (/\.json$/i.test(file.name) && /"schema"\s*:\s*"lede\.analysis\/1"/.test(content.slice(0, 200))) {
        lede.loadAnalysis(content);
        return;
      }
      const isHtml = /\.html?$/i.test(file.name) || file.type === 'text/html' || /^\s*<(!doctype|html)/i.test(content);
      submit(isHtml ? '' : content, isHtml ? content : '', false, 'file');
    }, () => showStatus('Could not read ' + file.name, true));
  }
  pasteFile.addEventListener('change', () => {
    if (pasteFile.files[0]) { dialog.close(); readFile(pasteFile.files[0]); pasteFile.value = ''; }
  });
  document.getElementById('paste-cancel').addEventListener('click', () => dialog.close());
  document.getElementById('paste-form').addEventListener('submit', () => {
    const text = pasteText.value;
    if (text.trim()) submit(text, '', pasteRaw.checked, 'dialog');
  });
  // ---- wheel and touch on the canvas: taken here, never by GLFW ----------------------------
  // Emscripten 3.1.6's GLFW hands ImGui the raw deltaY (pixels, sign as is: backwards and
  // ~100 times too hard) and never moves the pointer on touch (taps land where the last one
  // was). These listeners sit on window in the capture phase, so they run before GLFW's on
  // the canvas and stop the events there; the dialog's events pass as usual.
  // Wheel: one notch (ImGui's unit) is 100 px (Chromium, Safari), 3 lines (Firefox), or a
  // quarter of a page; positive notches point away from the reader (scroll up, zoom in).
  // Trackpads give a few pixels at a time: fractions of a notch, so they scroll smoothly.
  const NOTCH_PX = 100, NOTCH_LINES = 3, NOTCHES_PER_PAGE = 4;
  const onCanvas = (e) => e.target === canvas;
  window.addEventListener('wheel', (e) => {
    if (!onCanvas(e)) return;
    e.stopPropagation();
    e.preventDefault();                           // no page zoom on Ctrl+wheel or trackpad pinch
    if (!lede.ready) return;
    const per = e.deltaMode === 1 ? 1 / NOTCH_LINES : e.deltaMode === 2 ? NOTCHES_PER_PAGE : 1 / NOTCH_PX;
    Module._lede_wheel(-e.deltaX * per, -e.deltaY * per);
  }, { capture: true, passive: false });
  // Touch: each changed touch in canvas pixels (as GLFW reports the mouse); the app reads taps,
  // swipes (with inertia) and pinches (src/app/touch_gestures.h). preventDefault keeps the
  // browser from scrolling, zooming and sending the emulated mouse events after a tap.
  const TOUCH_PHASE = { touchstart: 0, touchmove: 1, touchend: 2, touchcancel: 3 };
  const onTouch = (e) => {
    if (!onCanvas(e)) return;
    e.stopPropagation();
    if (e.cancelable) e.preventDefault();
    if (!lede.ready) return;
    const rect = canvas.getBoundingClientRect();
    const sx = canvas.width / Math.max(1, rect.width), sy = canvas.height / Math.max(1, rect.height);
    for (const t of e.changedTouches)
      Module._lede_touch(TOUCH_PHASE[e.type], t.identifier, (t.clientX - rect.left) * sx, (t.clientY - rect.top) * sy, e.timeStamp);
  };
  for (const type of Object.keys(TOUCH_PHASE)) window.addEventListener(type, onTouch, { capture: true, passive: false });

  // Let the browser's own find stay out of the way of the app's (Ctrl/Cmd+F).
  window.addEventListener('keydown', (e) => {
    if ((e.ctrlKey || e.metaKey) && (e.key === 'f' || e.key === 'F') && !dialog.open) e.preventDefault();
  }, true);

  // ---- keeping the last article (IndexedDB; localStorage when IndexedDB is missing) --------
  const DB = 'lede', STORE = 'last', KEY = 'article';
  function openDb() {
    return new Promise((resolve, reject) => {
      if (!window.indexedDB) { reject(new Error('no IndexedDB')); return; }
      const req = indexedDB.open(DB, 1);
      req.onupgradeneeded = () => req.result.createObjectStore(STORE);
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
  }
  // Beside the article, a flag in localStorage that can be read without waiting: whether this
  // browser ever kept one. Without it the sample is asked for at once, not after IndexedDB
  // answers (on a first visit that answer came ~150 ms after the app's first frame).
  const KEPT_FLAG = 'lede.kept';
  function mayHaveKept() { try { return localStorage.getItem(KEPT_FLAG) === '1'; } catch (e) { return true; } }
  function saveLast(record) {
    record.saved = new Date().toISOString();
    lede.savedPromise = openDb().then((db) => new Promise((resolve) => {
      const tx = db.transaction(STORE, 'readwrite');
      tx.objectStore(STORE).put(record, KEY);
      tx.oncomplete = () => { db.close(); resolve(true); };
      tx.onerror = () => { db.close(); resolve(false); };
    })).catch(() => {
      try { localStorage.setItem('lede.last', JSON.stringify(record)); return true; } catch (e) { return false; }
    }).then((kept) => {
      if (kept) try { localStorage.setItem(KEPT_FLAG, '1'); } catch (e) { /* IndexedDB is still read at start-up */ }
      return kept;
    });
  }
  function loadLast() {
    return openDb().then((db) => new Promise((resolve) => {
      const req = db.transaction(STORE, 'readonly').objectStore(STORE).get(KEY);
      req.onsuccess = () => { db.close(); resolve(req.result || null); };
      req.onerror = () => { db.close(); resolve(null); };
    })).catch(() => {
      try { return JSON.parse(localStorage.getItem('lede.last') || 'null'); } catch (e) { return null; }
    });
  }
  lede.loadLast = loadLast;
  // Read while the wasm downloads and compiles, not after: the first article shows sooner.
  const lastAtStart = loadLast();

  // ---- start-up: share link, else the last article, else the sample ------------------------
  // Begun at once, not when the app is ready: the worker analyses while the app compiles.
  // A share link waits for the app, which decodes it.
  const hashAtStart = location.hash.slice(1);
  let shareToOpen = hashAtStart.startsWith(SHARE_KEY) ? hashAtStart.slice(SHARE_KEY.length) : null;
  const sampleAtOnce = shareToOpen === null && !mayHaveKept();
  if (sampleAtOnce) analyse({ sample: true, origin: 'sample' });
  lastAtStart.then((last) => {
    // Nothing replaces what the user chose meanwhile; the sample asked for at once gives way
    // to an article kept without the flag (by an older version of this page).
    if (shareToOpen !== null || userChose || (!sampleAtOnce && (current || lede.analyses))) return;
    if (last && last.kind === 'input' && (last.text || last.html)) submit(last.text, last.html, last.raw, 'restore');
    else if (last && last.kind === 'share' && last.value) {
      if (lede.ready) openShare(last.value); else shareToOpen = last.value;
    } else if (!sampleAtOnce) analyse({ sample: true, origin: 'sample' });
  });
  function start() {
    if (shareToOpen !== null) { const v = shareToOpen; shareToOpen = null; openShare(v); return; }
    if (heldAnswer) { answered(heldAnswer); return; }
    if (current) Module._lede_analysis_started(bytesOf(current));
  }
  window.addEventListener('hashchange', () => {
    const hash = location.hash.slice(1);
    if (lede.ready && hash.startsWith(SHARE_KEY)) openShare(hash.slice(SHARE_KEY.length));
  });

  window.Module = {
    canvas,
    locateFile: (path) => path,
    print: (t) => console.log(t),
    printErr: (t) => console.warn(t),
    // No setStatus: Emscripten's download progress is not shown ("Loading Lede…" stays until
    // the first frame; each change of that line would repaint the page, and in a browser
    // without GPU compositing each repaint is a read-back that competes with the worker's
    // analysis), and without it Emscripten starts main() at once, not two timeouts later.
    monitorRunDependencies: () => {},
    instantiateWasm: self.ledeInstantiateWith(appModule,
      (why) => showStatus('Lede could not start: ' + why + '. Reload the page; your last article is kept.', true)),
    onAbort: (what) => showStatus('Lede stopped: ' + what + '. Reload the page; your last article is kept.', true),
    ledeReady: () => {
      lede.ready = true;
      start();
    },
    // The app's first frame (it waits a while for the first article, see web_main.cpp).
    ledeFirstFrame: () => {
      framesShown = true;
      hideStatus();                                 // from now on the canvas shows what happens
      requestAnimationFrame(() => requestAnimationFrame(() => { lede.firstFrameMs = performance.now(); }));
    },
  };
  window.addEventListener('error', (e) => { if (!lede.ready) showStatus('Lede could not start: ' + e.message, true); });
  if (!window.WebGL2RenderingContext) showStatus('Lede needs WebGL 2, which this browser does not offer.', true);

  if ('serviceWorker' in navigator && location.protocol !== 'file:')
    window.addEventListener('load', () => navigator.serviceWorker.register('sw.js').catch(() => {}));
})();
