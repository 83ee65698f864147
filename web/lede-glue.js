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
// Input that is not an article (blank, an image, a binary file) is refused here or by the app
// with a message, and never replaces the article on screen or the one kept for a reload.
//
// Test hook: `window.lede` (lastAnalysis, parsed only when read; analyses, state(), select(),
// command()) and a `lede-analysed` event on window after every analysis.
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
  // The last analysis's JSON, parsed only when someone reads lede.lastAnalysis (a test, the
  // bench, the accessible mirror once the page is idle): parsing every analysis as it
  // arrives cost the analysed frame the time of a JSON.parse nothing on that path uses.
  let lastJson = null, lastParsed;
  const lede = window.lede = {
    ready: false,
    analyses: 0,
    lastInfo: null,
    lastInput: null,      // {text, html, raw}: what the user gave last, never thrown away
    lastCopiedLink: null,
    downloads: [],        // {name, mime, size, text?}: kept for tests
  };
  Object.defineProperty(lede, 'lastAnalysis', {
    enumerable: true,
    get() {
      if (lastParsed === undefined) {
        try { lastParsed = lastJson === null ? null : JSON.parse(lastJson); } catch (e) { lastParsed = null; }
      }
      return lastParsed;
    },
  });

  // ---- calling into wasm -----------------------------------------------------------------
  const withStrings = (strings, fn) => self.ledeWithStrings(Module, strings, fn);   // lede-module.js
  let userChose = false;             // a paste, drop, file or share link since the page opened
  // What the article on screen was analysed from ({text, html, raw, dateline?}), once the app
  // showed it: a re-analysis with a typed publication date sends it again. Input that held no
  // article never becomes it (the app keeps the article on screen, see App::analysis_ready),
  // and only it is kept for the next visit: a reload brings back the last good article.
  let shownInput = null;
  let delivering = null;             // the request whose answer is being handed to the app
  function submit(text, html, raw, origin, dateline) {
    text = text || ''; html = html || '';
    if (isBlank(text) && isBlankHtml(html)) {
      refuse(/<img\b/i.test(html) ? IMAGE_NOTE : 'Nothing to analyse: that held no text' +
             (text || html ? ' (only spaces and line breaks).' : '.'));
      return;
    }
    userChose = true;
    lede.lastInput = { text, html, raw: !!raw };
    const keep = { kind: 'input', text, html, raw: !!raw };
    if (dateline) keep.dateline = dateline;
    analyse({ text, html, raw: !!raw, origin, dateline: dateline || '', keep });
    if (origin !== 'share' && location.hash.startsWith('#' + SHARE_KEY))
      history.replaceState(null, '', location.pathname + location.search);
  }

  // ---- input that is not an article: said at once, the article on screen stays ---------------
  const isBlank = (t) => !t || !/\S/.test(t);
  // Markup with no text in it (a copied picture arrives as <img ...> alone) is as blank.
  const isBlankHtml = (h) => !h || isBlank(h.replace(/<!--[\s\S]*?-->|<[^>]*>/g, ' ').replace(/&nbsp;|&#160;/gi, ' '));
  const IMAGE_NOTE = 'That is an image, not an article. Lede reads text: copy the article\u2019s text ' +
                     '(on its page: Ctrl+A, then Ctrl+C) and paste it here, or drop a .txt or .html file.';
  const KEPT_NOTE = ' The article on screen is kept.';
  let notesForLater = [];
  function tell(message, isError) {
    if (lede.ready && Module._lede_notice) withStrings([message], (m) => Module._lede_notice(m, isError ? 1 : 0));
    else notesForLater.push([message, isError]);
  }
  function refuse(message) {
    lede.refused = (lede.refused || 0) + 1;          // test hook
    tell(message + (lede.analyses ? KEPT_NOTE : ''), true);
  }
  // What a file is from its first bytes: a picture or another binary format, or null (text,
  // or a format not known here: the core then judges the bytes, see "binary-input").
  function sniff(b) {
    const at = (i, ...v) => v.every((x, k) => b[i + k] === x);
    const ascii = (i, str) => at(i, ...[...str].map((c) => c.charCodeAt(0)));
    if (at(0, 0xFF, 0xD8, 0xFF)) return ['image', 'a JPEG photo'];
    if (at(0, 0x89, 0x50, 0x4E, 0x47)) return ['image', 'a PNG picture'];
    if (ascii(0, 'GIF8')) return ['image', 'a GIF picture'];
    if (ascii(0, 'RIFF') && ascii(8, 'WEBP')) return ['image', 'a WebP picture'];
    if (at(0, 0x49, 0x49, 0x2A, 0x00) || at(0, 0x4D, 0x4D, 0x00, 0x2A)) return ['image', 'a TIFF picture'];
    if (ascii(4, 'ftyp')) return /^(heic|heix|heif|mif1|avif)$/.test(String.fromCharCode(...b.slice(8, 12)))
      ? ['image', 'a HEIC/AVIF picture'] : ['binary', 'a video or audio file'];
    if (ascii(0, '%PDF')) return ['binary', 'a PDF'];
    if (at(0, 0x50, 0x4B, 0x03, 0x04)) return ['binary', 'a ZIP archive or an office document'];
    if (at(0, 0x1F, 0x8B)) return ['binary', 'a compressed (gzip) file'];
    return null;
  }
  const IMAGE_NAME = /\.(jpe?g|jfif|png|gif|webp|bmp|tiff?|heic|heif|avif|svg|ico)$/i;

  // ---- the analysis worker (started at the top of this file) -------------------------------
  function analyse(req) {
    // A re-analysis with a publication date the reader typed (the app leaves the text
    // empty): the input of the article on screen, sent again with the date.
    if (req.origin === 'redate' && !req.text && !req.shared && shownInput) {
      req.text = shownInput.text; req.html = shownInput.html; req.raw = shownInput.raw;
      req.keep = Object.assign({}, shownInput, { dateline: req.dateline });
    }
    req.id = nextId++;
    current = req;
    heldAnswer = null;
    if (!worker) startWorker();
    worker.postMessage({ id: req.id, text: req.text || '', html: req.html || '', raw: !!req.raw,
                         dateline: req.dateline || '', sample: !!req.sample, shared: req.shared || '' });
    if (lede.ready) Module._lede_analysis_started(bytesOf(req));
  }
  lede.analyse = analyse;
  function bytesOf(req) { return (req.text || '').length + (req.html || '').length + (req.shared || '').length; }
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
    delivering = req;
    try {
      withStrings([answer.json, req.text || '', req.html || '', req.origin || 'paste'],
        (j, t, h, o) => Module._lede_analysis_ready(j, t, h, answer.ms, o));
    } finally { delivering = null; }
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

  // ---- calls from wasm (the EM_JS functions of src/platform/web/web_main.cpp) ------------
  lede.onAnalysed = function (json, info) {
    // Shown: the input it came from is now the article's, kept for a reload, and the reader
    // has brought an article of their own (no first-visit hint any more).
    const req = delivering;
    if (req && req.keep) {
      shownInput = req.keep;
      saveLast(req.keep);
      dismissHint();
    } else if (req) shownInput = null;
    lede.analyses += 1;
    lastJson = json; lastParsed = undefined;         // parsed when read (lede.lastAnalysis above)
    lede.lastInfo = info;
    if (framesShown) hideStatus();                   // else the first frame does, as it draws this
    // Bench hook: the analysed frame is on screen after the next two animation frames.
    if (!lede.firstAnalysedFrameMs)
      requestAnimationFrame(() => requestAnimationFrame(() => { lede.firstAnalysedFrameMs = performance.now(); }));
    window.dispatchEvent(new CustomEvent('lede-analysed', { detail: info }));
  };
  lede.onShareOpened = function (ok, message, value) {
    if (ok) {
      saveLast({ kind: 'share', value });
      // The app re-made the link (a publication date typed over a shared article): the
      // address shows the new one, so a reload opens the article with its date.
      if (location.hash.startsWith('#' + SHARE_KEY) && location.hash.slice(1 + SHARE_KEY.length) !== value)
        history.replaceState(null, '', '#' + SHARE_KEY + value);
    }
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
    e.preventDefault();
    // A text field of the canvas (the publication date, find) is being typed in: the paste
    // is typed into it, not analysed (ImGui cannot read the system clipboard itself).
    if (lede.ready && text && lede.state().textInput) {
      lede.command('type ' + text.replace(/[\r\n]+/g, ' '));
      return;
    }
    const files = Array.from(data.files || []);
    if (isBlank(text) && isBlankHtml(html) && files.length) {
      const f = files[0];
      refuse(/^image\//.test(f.type) || IMAGE_NAME.test(f.name || '') ? IMAGE_NOTE
             : 'That is a file (' + (f.type || 'of an unknown type') + '), not text: drop it on the page, or copy the article\u2019s text.');
      return;
    }
    submit(text, html, false, 'paste');
  });
  window.addEventListener('dragover', (e) => { e.preventDefault(); e.dataTransfer.dropEffect = 'copy'; }, true);
  window.addEventListener('drop', (e) => {
    e.preventDefault();
    e.stopPropagation();
    const file = e.dataTransfer.files && e.dataTransfer.files[0];
    if (file) readFile(file);
    else if (e.dataTransfer.types && e.dataTransfer.types.includes('Files')) refuse('That could not be read as a file.');
    else {
      const text = e.dataTransfer.getData('text/plain'), html = e.dataTransfer.getData('text/html');
      submit(text, html, false, 'drop');
    }
  }, true);
  function readFile(file) {
    const name = '\u201c' + file.name + '\u201d';
    if (/^image\//.test(file.type) || IMAGE_NAME.test(file.name)) {
      refuse(name + ' is an image, not an article. Lede reads text: drop a .txt or .html file, or paste the article\u2019s text.');
      return;
    }
    file.arrayBuffer().then((buffer) => {
      const kind = sniff(new Uint8Array(buffer, 0, Math.min(16, buffer.byteLength)));
      if (kind) {
        refuse(name + (kind[0] === 'image' ? ' is an image (' + kind[1] + '), not an article. Lede reads text: drop a .txt or .html file, or paste the article\u2019s text.'
                                           : ' is ' + kind[1] + ', not an article. Lede reads text: drop a .txt or .html file, or paste the article\u2019s text.'));
        return;
      }
      const content = new TextDecoder().decode(buffer);
      if (isBlank(content)) { refuse(name + ' is empty: there is nothing to analyse.'); return; }
      if (/\.json$/i.test(file.name) && /"schema"\s*:\s*"lede\.analysis\/1"/.test(content.slice(0, 200))) {
        lede.loadAnalysis(content);
        return;
      }
      const isHtml = /\.html?$/i.test(file.name) || file.type === 'text/html' || /^\s*<(!doctype|html)/i.test(content);
      submit(isHtml ? '' : content, isHtml ? content : '', false, 'file');
    }, () => refuse('Could not read ' + name + '.'));
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

  // ---- the publication date on a touch screen ------------------------------------------------
  // A canvas text field cannot bring up a phone's keyboard: a tap that leaves the no-date
  // notice's field (App::draw_date_notice) active opens the browser's own date input over it,
  // and the date chosen there is the app's "dateline" command (the field's Enter).
  let dateInput = null;
  function closeDateInput() { if (dateInput) dateInput.hidden = true; }
  function openDateInput(s) {
    if (!dateInput) {
      dateInput = document.createElement('input');
      dateInput.type = 'date';
      dateInput.id = 'lede-date-input';
      dateInput.setAttribute('aria-label', 'Publication date of the article');
      Object.assign(dateInput.style, { position: 'fixed', zIndex: 5, boxSizing: 'border-box', font: '16px sans-serif' });
      dateInput.addEventListener('change', () => {
        if (/^\d{4}-\d{2}-\d{2}$/.test(dateInput.value)) lede.command('dateline ' + dateInput.value);
        closeDateInput();
      });
      dateInput.addEventListener('blur', () => setTimeout(closeDateInput, 0));
      document.body.appendChild(dateInput);
    }
    const r = s.dateline.fieldRect.map((v) => v / s.scale), box = canvas.getBoundingClientRect();
    Object.assign(dateInput.style, { left: (box.left + r[0]) + 'px', top: (box.top + r[1]) + 'px',
                                     width: Math.max(150, r[2] - r[0]) + 'px', height: (r[3] - r[1]) + 'px' });
    dateInput.value = /^\d{4}-\d{2}-\d{2}/.test(s.dateline.field || '') ? s.dateline.field.slice(0, 10) : '';
    dateInput.hidden = false;
    dateInput.focus();
    try { dateInput.showPicker(); } catch (e) { /* not offered: the input itself takes the date */ }
  }
  window.addEventListener('touchend', (e) => {
    if (!onCanvas(e) || !lede.ready || e.changedTouches.length !== 1) return;
    const t = e.changedTouches[0], box = canvas.getBoundingClientRect();
    const x = t.clientX - box.left, y = t.clientY - box.top;
    // The app takes a tap over the next frames (a hover frame, then the press).
    let left = 6;
    const check = () => {
      if (--left > 0) { requestAnimationFrame(check); return; }
      const s = lede.state(), f = s.dateline && s.dateline.fieldRect;
      if (s.textInput && f && x >= f[0] / s.scale && x <= f[2] / s.scale && y >= f[1] / s.scale && y <= f[3] / s.scale) openDateInput(s);
    };
    requestAnimationFrame(check);
  }, { capture: true, passive: true });

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

  // ---- the first-visit hint ("This is a sample...") ------------------------------------------
  // Shown by the app over the sample until the reader's first article of their own; that is
  // remembered beside the last article (IndexedDB; without it the hint shows again next visit).
  const HINT_KEY = 'hint';
  let hintDismissed = false;
  function dismissHint() {
    if (hintDismissed) return;
    hintDismissed = true;
    if (lede.ready) lede.command('hint off');
    lede.hintSaved = openDb().then((db) => new Promise((resolve) => {
      const tx = db.transaction(STORE, 'readwrite');
      tx.objectStore(STORE).put('dismissed', HINT_KEY);
      tx.oncomplete = () => { db.close(); resolve(true); };
      tx.onerror = () => { db.close(); resolve(false); };
    })).catch(() => false);
  }
  openDb().then((db) => new Promise((resolve) => {
    const req = db.transaction(STORE, 'readonly').objectStore(STORE).get(HINT_KEY);
    req.onsuccess = () => { db.close(); resolve(req.result); };
    req.onerror = () => { db.close(); resolve(null); };
  })).catch(() => null).then((v) => {
    if (v === 'dismissed' && !hintDismissed) {
      hintDismissed = true;
      if (lede.ready) lede.command('hint off');
    }
  });
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
    if (last && last.kind === 'input' && (last.text || last.html))
      submit(last.text, last.html, last.raw, last.dateline ? 'redate' : 'restore', last.dateline);
    else if (last && last.kind === 'share' && last.value) {
      if (lede.ready) openShare(last.value); else shareToOpen = last.value;
    } else if (!sampleAtOnce) analyse({ sample: true, origin: 'sample' });
  });
  function start() {
    if (hintDismissed) lede.command('hint off');
    for (const [m, e] of notesForLater.splice(0)) tell(m, e);
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
