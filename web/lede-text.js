// lede-text.js — the page's text beside the canvas, loaded after lede-glue.js.
//
// Clipboard: the Article pane's selection lives in the app (src/app/text_selection.h); the
// canvas has no DOM selection, so Chromium would not run Copy for Ctrl/Cmd+C. Cancelling
// `beforecopy` while the app has a selection lets it run, and the `copy` event puts the app's
// text on the clipboard (clipboardData.setData): no async clipboard call, no permission. The
// app's Copy button comes here through lede.copyText (services.h copy_text), which fires the
// same event with document.execCommand('copy'), or writes with navigator.clipboard if that fails.
//
// Accessible mirror: the article (title, meta line, headings, paragraphs, quotes, list items),
// the actor list and the timeline list as visually hidden DOM text, rebuilt from each analysis
// (lede.lastAnalysis, on the glue's `lede-analysed` event), set with textContent only, never
// HTML. A skip link, first in the tab order, moves the focus to it; while it has the focus it
// shows as a plain text view (Esc goes back to the canvas). Built when the page is idle after
// the analysed frame, so it never delays that frame.
//
// Test hook: lede.mirrorBuilt (the number of analyses mirrored), lede.mirrorMs (the last
// build's main-thread time), lede.lastCopiedText.
'use strict';
(function () {
  const lede = window.lede;
  const canvas = document.getElementById('canvas');
  const dialog = document.getElementById('paste-dialog');
  const mirror = document.getElementById('mirror');
  if (!lede || !canvas || !mirror) return;
  lede.mirrorBuilt = 0;
  lede.lastCopiedText = null;

  // ---- clipboard ------------------------------------------------------------------------------
  let pending = null;          // what the Copy button asked for; the copy event it fires takes it
  const canvasHasFocus = () => {
    const a = document.activeElement;
    return !(dialog && dialog.open) && (a === canvas || a === document.body || a === null);
  };
  function appSelection() {
    if (!lede.ready) return '';
    try { return JSON.parse(lede.command('selection')).text || ''; } catch (e) { return ''; }
  }
  const textToCopy = () => (pending !== null ? pending : canvasHasFocus() ? appSelection() : '');
  document.addEventListener('beforecopy', (e) => { if (textToCopy()) e.preventDefault(); });
  document.addEventListener('copy', (e) => {
    const fromButton = pending !== null;
    const text = textToCopy();
    pending = null;
    if (!text || !e.clipboardData) return;
    e.clipboardData.setData('text/plain', text);
    e.preventDefault();
    lede.lastCopiedText = text;
    if (!fromButton) lede.command('copied');        // the pane's button says "Copied" a moment
  });
  lede.copyText = function (text) {
    pending = text;
    let ok = false;
    try { ok = document.execCommand('copy'); } catch (e) { ok = false; }
    if (ok && pending === null) return;
    pending = null;
    if (navigator.clipboard && navigator.clipboard.writeText)
      navigator.clipboard.writeText(text).then(() => { lede.lastCopiedText = text; }, () => {});
  };
  // Ctrl/Cmd+A on the canvas is the app's (the Article pane selects its text): the browser's
  // own would select the hidden mirror.
  // Told to the app here too: a key pressed and released between two frames never reaches
  // ImGui 1.86.
  window.addEventListener('keydown', (e) => {
    if (!(e.ctrlKey || e.metaKey) || (e.key !== 'a' && e.key !== 'A') || !canvasHasFocus()) return;
    e.preventDefault();
    if (lede.ready) lede.command('select-text key');
  }, true);
  // A press's click count as the browser counts it (the system's double-click speed; two
  // presses within one frame still count two), and its Shift: the app's next frame reads them.
  canvas.addEventListener('mousedown', (e) => {
    if (e.button === 0 && lede.ready) lede.command('press ' + Math.max(1, e.detail || 1) + (e.shiftKey ? ' shift' : ''));
  }, true);

  // Keys typed outside the canvas (the skip link, the text view, the paste dialog) are not the
  // canvas's: GLFW listens on window and takes every key (and cancels Tab, so the focus could
  // neither reach the skip link nor leave the dialog's fields). This file runs before lede.js,
  // so these listeners come first on window and stop the event before GLFW's.
  // Tab with nothing focused is the browser's too: it reaches the skip link, then the canvas.
  const outsideCanvas = (e) => e.target instanceof Element && e.target !== canvas &&
    (e.key === 'Tab' || (e.target !== document.body && e.target !== document.documentElement));
  // (Stopped at window, the event reaches no listener below it, so the text view's Esc is read
  // here; the elements' own default actions, typing and Tab, still happen.)
  let lastTab = null;                 // the last Tab pressed outside the canvas: {at, shift}
  for (const type of ['keydown', 'keypress', 'keyup'])
    window.addEventListener(type, (e) => {
      if (!outsideCanvas(e)) return;
      e.stopImmediatePropagation();
      if (type === 'keydown' && e.key === 'Tab') lastTab = { at: performance.now(), shift: e.shiftKey };
      if (type === 'keydown' && e.key === 'Escape' && mirror.contains(e.target)) {
        e.preventDefault();
        canvas.focus();
      }
    }, true);

  // ---- the accessible mirror ---------------------------------------------------------------------
  const article = document.getElementById('mirror-article');
  const actorList = document.getElementById('mirror-actors-list');
  const timeList = document.getElementById('mirror-timeline-list');
  const skip = document.getElementById('skip-link');
  const el = (tag, text) => { const n = document.createElement(tag); if (text !== undefined) n.textContent = text; return n; };
  const TYPE = { PERSON: 'person', ORG: 'organisation', GPE: 'country or city', LOC: 'place', NORP: 'group or nationality' };
  const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
                  'November', 'December'];
  const REF = { PRESENT_REF: 'now', PAST_REF: 'the past', FUTURE_REF: 'the future' };
  const UNITS = { Y: 'year', M: 'month', W: 'week', D: 'day', H: 'hour', S: 'second' };

  // A TIMEX3 value in words: "25 September 2020, 11:36", "September 2020", "1 year 6 months".
  function readable(value) {
    if (!value) return '';
    if (REF[value]) return REF[value];
    let m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?(?:T(\d{2}:\d{2}))?$/.exec(value);
    if (m) {
      let out = m[1];
      if (m[2] && +m[2] >= 1 && +m[2] <= 12) out = MONTHS[+m[2] - 1] + ' ' + out;
      if (m[3]) out = +m[3] + ' ' + out;
      if (m[4]) out += ', ' + m[4];
      return out;
    }
    if (/^P/.test(value)) {                         // a duration: P1Y6M, PT3H, PXD ("some days")
      const parts = [];
      let time = false;
      const re = /T|(\d+(?:\.\d+)?|X)([YMWDHS])/g;
      let t;
      while ((t = re.exec(value.slice(1))) !== null) {
        if (t[0] === 'T') { time = true; continue; }
        const unit = time && t[2] === 'M' ? 'minute' : UNITS[t[2]];
        parts.push(t[1] === 'X' ? 'some ' + unit + 's' : t[1] + ' ' + unit + (t[1] === '1' ? '' : 's'));
      }
      if (parts.length) return parts.join(' ');
    }
    return value;
  }

  function buildArticle(a) {
    const art = a.article || {};
    const bytes = new TextEncoder().encode(art.text || '');
    const decoder = new TextDecoder();
    const slice = (s, e) => decoder.decode(bytes.subarray(s, e));
    const nodes = [el('h1', art.title || 'Untitled article')];
    const meta = [];
    if (art.byline) meta.push('By ' + art.byline);
    if (art.published) meta.push('Published ' + readable(art.published));
    if (art.outlet) meta.push(art.outlet);
    if (meta.length) nodes.push(el('p', meta.join(' · ')));
    let paragraphs = art.paragraphs || [];
    if (!paragraphs.length && art.text) paragraphs = [{ start: 0, end: bytes.length, kind: 'paragraph' }];
    let list = null;
    for (const p of paragraphs) {
      const text = slice(p.start, p.end).trim();
      if (!text) continue;
      if (p.kind === 'list-item') {
        if (!list) { list = el('ul'); nodes.push(list); }
        list.appendChild(el('li', text));
        continue;
      }
      list = null;
      if (p.kind === 'heading') nodes.push(el('h2', text));
      else if (p.kind === 'quote') { const q = el('blockquote'); q.appendChild(el('p', text)); nodes.push(q); }
      else nodes.push(el('p', text));
    }
    if (!paragraphs.length) nodes.push(el('p', 'No article yet. Paste one (Ctrl/Cmd+V) or use Paste / Load.'));
    article.replaceChildren(...nodes);
  }

  function buildActors(a) {
    const actors = (a.actors || []).slice().sort((x, y) =>
      (y.mentions || []).length - (x.mentions || []).length || String(x.name).localeCompare(String(y.name)));
    const items = actors.map((actor) => {
      const n = (actor.mentions || []).length;
      let text = actor.name + ', ' + (TYPE[actor.type] || 'other') + ', ' + n + (n === 1 ? ' mention' : ' mentions');
      const roles = (actor.roles || []).map((r) => r.title).filter(Boolean);
      if (roles.length) text += ', ' + roles.join(', ');
      return el('li', text);
    });
    if (!items.length) items.push(el('li', 'No actors found.'));
    actorList.replaceChildren(...items);
  }

  function buildTimeline(a) {
    const dated = /^\d{4}/;
    const times = (a.times || []).slice().sort((x, y) => {
      const dx = dated.test(x.value || ''), dy = dated.test(y.value || '');
      if (dx !== dy) return dx ? -1 : 1;
      return dx ? String(x.value).localeCompare(String(y.value)) : (x.start || 0) - (y.start || 0);
    });
    const items = times.map((t) => {
      const when = readable(t.value);
      return el('li', (when && when !== t.text ? when + ': ' : '') + '“' + t.text + '”');
    });
    if (!items.length) items.push(el('li', 'No dates found.'));
    timeList.replaceChildren(...items);
  }

  let builtFor = -1;
  function build() {
    const a = lede.lastAnalysis;
    if (!a || builtFor === lede.analyses) return;
    builtFor = lede.analyses;
    const t0 = performance.now();
    try {
      buildArticle(a);
      buildActors(a);
      buildTimeline(a);
    } catch (e) {
      article.replaceChildren(el('p', 'The text view could not be built: ' + e.message));
    }
    lede.mirrorBuilt = lede.analyses;
    lede.mirrorMs = performance.now() - t0;
  }
  // After the analysed frame is on screen (two animation frames, as bench/page_perf.mjs counts
  // it), when the page is idle (a second at most).
  const later = window.requestIdleCallback ? (f) => requestIdleCallback(f, { timeout: 1000 }) : (f) => setTimeout(f, 50);
  window.addEventListener('lede-analysed', () => requestAnimationFrame(() => requestAnimationFrame(() => later(build))));
  if (lede.lastAnalysis) later(build);

  // ---- the canvas in the page's Tab order -------------------------------------------------------
  // The app tabs through its own controls; past the last (before the first) it gives the focus
  // back to the page (src/app/tab_focus.h): Shift+Tab reaches the skip link before the canvas,
  // Tab the button after it. Coming into the canvas by Tab (Shift+Tab) puts the focus on its
  // first (last) control, not on the canvas as a whole.
  const after = document.getElementById('after-canvas');
  if (after) after.addEventListener('click', () => lede.openPasteDialog());
  lede.leaveCanvas = function (dir) {
    const to = dir < 0 ? skip : after;
    if (to) to.focus();
    else canvas.blur();
  };
  canvas.addEventListener('focus', () => {
    if (!lastTab || performance.now() - lastTab.at > 500 || !lede.ready) return;
    lede.command('focus-control ' + (lastTab.shift ? 'last' : 'first'));
    lastTab = null;
  });

  if (skip) skip.addEventListener('click', (e) => {
    e.preventDefault();                             // the URL's fragment may hold a share link: keep it
    article.focus();
  });
})();
