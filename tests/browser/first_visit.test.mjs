// first_visit.test.mjs — what a newcomer meets, and input that is not an article:
// - the sample opens under a hint ("This is a sample. Paste an article anywhere..."); the
//   first real Ctrl+V of an article dismisses it, and that is remembered (IndexedDB): the
//   sample shown again later (under a damaged link) comes without it;
// - an empty, blank or binary paste, a dropped JPEG (named .jpg, or misnamed .txt), a picture
//   dragged from a page: none replaces the article on screen, each says what is wrong, and a
//   reload still brings back the last good article;
// - a share link cut short says it is incomplete;
// - the light theme (screenshot) and PNG exports: the whole pane over the canvas, with a title.
import { run, openPage, nextAnalysis, frames, expect, pasteText } from './harness.mjs';

const ARTICLE = 'Kremlin answers Washington\n\nThe Kremlin said on Monday that Sergei Lavrov would meet Antony Blinken in ' +
  'Geneva on Friday. Dmitry Peskov told reporters that Moscow was ready to talk.';
const state = (page) => page.evaluate(() => window.lede.state());

// A drop on the canvas, as the browser sends it: dragenter, dragover, drop with a DataTransfer.
async function drop(page, { bytes, name, type, html }) {
  await page.evaluate(({ bytes, name, type, html }) => {
    const data = new DataTransfer();
    if (bytes) data.items.add(new File([new Uint8Array(bytes)], name, { type }));
    if (html !== undefined) data.setData('text/html', html);
    const canvas = document.getElementById('canvas');
    for (const t of ['dragenter', 'dragover', 'drop'])
      canvas.dispatchEvent(new DragEvent(t, { dataTransfer: data, bubbles: true, cancelable: true, clientX: 300, clientY: 300 }));
  }, { bytes, name, type, html });
}

// The start of a real JPEG file (SOI, APP0 "JFIF"), then noise.
const JPEG = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46, 0x00, 0x01,
  ...Array.from({ length: 2000 }, (_, i) => (i * 73 + 41) % 256)];

// Waits for a refusal and returns the notice; the article on screen is unchanged.
async function refused(page, before, title) {
  await page.waitForFunction((n) => window.lede.state().noticeSerial > n && !window.lede.state().pending, before.notices, { timeout: 30000 });
  await frames(page, 2);
  const s = await state(page);
  expect(s.noticeError, `an error notice: ${s.notice}`);
  expect(await page.evaluate(() => window.lede.analyses) === before.analyses, 'nothing new was shown');
  expect(s.title === title, `the article stays: ${s.title}`);
  return s.notice;
}
const counts = (page) => page.evaluate(() => ({ analyses: window.lede.analyses, notices: window.lede.state().noticeSerial }));

await run('first_visit', [
  ['the sample opens under a hint; the first paste dismisses it, and that is remembered', async ({ url, browser, shot }) => {
    for (const [w, h, dpr] of [[390, 844, 2], [1920, 1080, 1]]) {
      const { page, context } = await openPage(browser, url, { viewport: { width: w, height: h }, deviceScaleFactor: dpr });
      await frames(page, 3);
      const s = await state(page);
      expect(s.hint.shown, `the hint is shown at ${w}`);
      const r = s.hint.rect.map((v) => v / s.scale);
      expect(r[0] >= 0 && r[2] <= w, `hint inside the page at ${w}: ${r}`);
      await shot(page, `hint_${w}.png`);
      await context.close();
    }
    const { page, context, errors } = await openPage(browser, url);
    await frames(page, 3);
    let s = await state(page);
    expect(s.hint.shown && !s.hint.dismissed, `first visit: ${JSON.stringify(s.hint)}`);
    expect(await page.evaluate(() => window.lede.lastInfo.origin) === 'sample', 'the sample');
    expect(await page.evaluate(() => window.lede.firstAnalysedFrameMs > 0), 'the analysed frame came');
    await shot(page, 'hint_1280.png');
    const n = await page.evaluate(() => window.lede.analyses);
    await pasteText(page, ARTICLE);
    await nextAnalysis(page, n);
    await frames(page, 3);
    s = await state(page);
    expect(!s.hint.shown && s.hint.dismissed, `after the paste: ${JSON.stringify(s.hint)}`);
    await page.evaluate(() => window.lede.hintSaved);
    const stored = await page.evaluate(() => new Promise((resolve) => {
      const req = indexedDB.open('lede', 1);
      req.onsuccess = () => {
        const get = req.result.transaction('last', 'readonly').objectStore('last').get('hint');
        get.onsuccess = () => { req.result.close(); resolve(get.result); };
      };
    }));
    expect(stored === 'dismissed', `IndexedDB holds ${stored}`);
    // The sample again, on another visit (under a damaged link): no hint.
    const later = await context.newPage();
    await later.goto(url + '#a=1.AAAAthis-is-not-a-link');
    await later.waitForFunction(() => window.lede && window.lede.analyses >= 1, null, { timeout: 60000 });
    await frames(later, 3);
    s = await state(later);
    expect(await later.evaluate(() => window.lede.lastInfo.origin) === 'sample', 'the sample under the damaged link');
    expect(!s.hint.shown && s.hint.dismissed, `no hint on a later visit: ${JSON.stringify(s.hint)}`);
    expect(errors.length === 0, `page errors: ${errors.join(' | ')}`);
    await context.close();
  }],

  ['empty, blank and binary pastes keep the article and say why; a reload brings back the last good one', async ({ url, browser, shot }) => {
    const { page, context } = await openPage(browser, url);
    let n = await page.evaluate(() => window.lede.analyses);
    await pasteText(page, ARTICLE);
    await nextAnalysis(page, n);
    await page.evaluate(() => window.lede.savedPromise);
    const title = (await state(page)).title;
    expect(title === 'Kremlin answers Washington', `title ${title}`);

    let note = await (async () => { const b = await counts(page); await pasteText(page, '   \n\t  \n'); return refused(page, b, title); })();
    expect(/Nothing to analyse.*no text.*spaces/.test(note) && /article on screen is kept/.test(note), `blank: ${note}`);
    await shot(page, 'refused_blank.png');

    note = await (async () => { const b = await counts(page); await pasteText(page, ''); return refused(page, b, title); })();
    expect(/Nothing to analyse/.test(note), `empty: ${note}`);

    // Binary bytes read as text (control characters and replacement characters): the core
    // says so, and the app keeps what it had.
    let binary = '';
    for (let i = 0; i < 3000; i++) binary += String.fromCharCode([1, 2, 3, 4, 5, 6, 7, 8, 14, 15, 16, 0xFFFD][i % 12]) + (i % 3 ? 'x' : '');
    note = await (async () => { const b = await counts(page); await pasteText(page, binary); return refused(page, b, title); })();
    expect(/not an article.*binary/.test(note) && /kept/.test(note), `binary: ${note}`);
    await shot(page, 'refused_binary.png');

    await page.reload();
    await page.waitForFunction(() => window.lede && window.lede.analyses >= 1, null, { timeout: 60000 });
    const info = await page.evaluate(() => window.lede.lastInfo);
    expect(info.origin === 'restore', `restored origin ${info.origin}`);
    expect((await state(page)).title === title, 'the reload brings back the last good article');
    await context.close();
  }],

  ['a dropped JPEG, a misnamed one and a dragged picture are called images; the article stays', async ({ url, browser, shot }) => {
    const { page, context } = await openPage(browser, url);
    await frames(page, 2);
    const title = (await state(page)).title;
    let b = await counts(page);
    await drop(page, { bytes: JPEG, name: 'photo.jpg', type: 'image/jpeg' });
    let note = await refused(page, b, title);
    expect(/photo\.jpg.* is an image, not an article/.test(note), `jpeg: ${note}`);
    expect(!/empty/.test(note), 'not "the input is empty"');
    await shot(page, 'refused_image.png');
    b = await counts(page);
    await drop(page, { bytes: JPEG, name: 'notes.txt', type: 'text/plain' });
    note = await refused(page, b, title);
    expect(/notes\.txt.* is an image \(a JPEG photo\)/.test(note), `misnamed: ${note}`);
    b = await counts(page);
    await drop(page, { html: '<img src="https://example.org/a.jpg" alt="">' });
    note = await refused(page, b, title);
    expect(/That is an image, not an article/.test(note), `dragged picture: ${note}`);
    await context.close();
  }],

  ['a share link cut short says it is incomplete', async ({ url, browser, shot }) => {
    const first = await openPage(browser, url);
    await first.page.evaluate(() => window.lede.command('copy-link'));
    await first.page.waitForFunction(() => window.lede.lastCopiedLink, null, { timeout: 10000 });
    const link = await first.page.evaluate(() => window.lede.lastCopiedLink);
    await first.context.close();
    for (const cut of [0.5, 0.9]) {
      const short = link.slice(0, Math.floor(link.length * cut));
      const { page, context } = await openPage(browser, short);
      await frames(page, 3);
      const s = await state(page);
      expect(s.noticeError && /incomplete: it was cut short/.test(s.notice), `notice for a cut at ${cut}: ${s.notice}`);
      expect(!/characters a link cannot/.test(s.notice), 'not "characters a link cannot"');
      if (cut === 0.5) await shot(page, 'share_truncated.png');
      await context.close();
    }
  }],

  ['light theme; PNG exports are the whole pane with a title', async ({ url, browser, shot }) => {
    for (const [w, h, dpr] of [[1280, 800, 1], [390, 844, 2]]) {
      const { page, context } = await openPage(browser, url, { viewport: { width: w, height: h }, deviceScaleFactor: dpr });
      await page.evaluate(() => { window.lede.command('theme light'); window.lede.command('hint off'); });
      await frames(page, 3);
      await shot(page, `light_${w}.png`);
      const before = await state(page);
      const pane = before.rects.graph;
      const files = [];
      page.on('download', (d) => files.push(d));
      await page.evaluate(() => { window.lede.command('export graph'); window.lede.command('export timeline-png'); });
      await page.waitForFunction(() => window.lede.downloads.filter((d) => d.mime === 'image/png').length >= 2, null, { timeout: 20000 });
      const pngs = await page.evaluate(() => window.lede.downloads.filter((d) => d.mime === 'image/png'));
      const canvasW = w * dpr, canvasH = h * dpr;
      const graph = pngs.find((p) => p.name === 'lede-graph.png'), timeline = pngs.find((p) => p.name === 'lede-timeline.png');
      expect(graph && timeline, `two pictures: ${JSON.stringify(pngs)}`);
      if (w > 900) expect(graph.width > pane[2] - pane[0] && graph.height > pane[3] - pane[1],
                          `the graph picture ${graph.width}x${graph.height} is larger than its pane ${pane}`);
      expect(graph.height > 0.6 * canvasH && timeline.width > 0.9 * canvasW, `whole canvas: ${JSON.stringify(pngs)} of ${canvasW}x${canvasH}`);
      await frames(page, 3);
      const after = await state(page);
      expect(JSON.stringify(after.rects.article) === JSON.stringify(before.rects.article), `the page layout is back after the export: ${after.rects.article} vs ${before.rects.article}`);
      for (const d of files) await d.saveAs(`${process.argv[3] || '.'}/export_${w}_${d.suggestedFilename()}`).catch(() => {});
      await context.close();
    }
  }],
]);
