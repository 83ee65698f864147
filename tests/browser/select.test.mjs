// select.test.mjs — selecting and copying the Article pane's text with real input events
// (page.mouse down/move/up, dblclick, triple click, Shift+click, keyboard), read back from the
// system clipboard (navigator.clipboard.readText, permission granted by the harness): a double
// click takes the word under the pointer, a triple click the paragraph, a drag across wrapped
// lines and coloured actor/date marks takes exactly the bytes between its ends, Shift+click
// extends, the selection survives scrolling, Ctrl+A inside the pane takes the whole article,
// Ctrl+C and the visible Copy button both put it on the clipboard. Positions come from the
// app's own layout (command "article-where <byte>"). Screenshots at 1280, 1920 and 390 px.
import { run, openPage, frames, expect } from './harness.mjs';
import { state, selection, clipboard, press, clicks, where, mid, utf8, bytesOf } from './article_pane.mjs';

const clearClipboard = (page) => page.evaluate(() => navigator.clipboard.writeText('(empty)'));

// Byte offsets of the article's text and its paragraphs, and the bytes between two offsets.
async function article(page) {
  return page.evaluate(() => {
    const a = window.lede.lastAnalysis.article;
    return { text: a.text, paragraphs: a.paragraphs };
  });
}
const slice = (text, s, e) => utf8(text).subarray(s, e).toString('utf8');


async function selectByDrag(page, from, to) {
  await page.mouse.move(from[0], from[1]);
  await page.mouse.down();
  await frames(page, 2);
  await page.mouse.move((from[0] + to[0]) / 2, (from[1] + to[1]) / 2, { steps: 3 });
  await page.mouse.move(to[0], to[1], { steps: 3 });
  await frames(page, 2);
  await page.mouse.up();
  await frames(page, 2);
}

async function checkWidth(browser, url, shot, viewport, name) {
  const { page, context, errors } = await openPage(browser, url, { viewport });
  await frames(page, 4);
  const { text, paragraphs } = await article(page);

  // Double click: the word under the pointer ("statement" is plain text).
  const word = bytesOf(text, 'statement');
  const [wx, wy] = mid(await where(page, word + 3));
  await clicks(page, wx, wy, 2);
  await frames(page, 3);
  expect(await selection(page) === 'statement', `double click: "${await selection(page)}"`);
  await clearClipboard(page);
  await page.keyboard.press('Control+c');
  await frames(page, 2);
  expect(await clipboard(page) === 'statement', `Ctrl+C: clipboard holds "${await clipboard(page)}"`);

  // Triple click: the paragraph, whole (it wraps over several lines).
  const para = paragraphs.find((p) => p.start <= word && word < p.end);
  await clicks(page, wx, wy, 3);
  await frames(page, 3);
  const paraText = slice(text, para.start, para.end);
  expect(await selection(page) === paraText, `triple click: the paragraph (${paraText.length} chars), got "${await selection(page)}"`);

  // A drag from inside one line to a later line, over actor and date marks: exactly the bytes
  // between the two characters' left edges.
  const first = paragraphs[1];
  const a = bytesOf(text, 'President');
  const b = bytesOf(text, 'agreement');
  const ra = await where(page, a), rb = await where(page, b);
  expect(rb[1] > ra[1], `the drag spans lines (${ra[1]} → ${rb[1]})`);
  await selectByDrag(page, [ra[0] + 0.5, (ra[1] + ra[3]) / 2], [rb[0] + 0.5, (rb[1] + rb[3]) / 2]);
  const dragged = await selection(page);
  expect(dragged === slice(text, a, b), `drag: "${dragged}" vs "${slice(text, a, b)}"`);
  expect(/Putin/.test(dragged) && /Friday/.test(dragged), 'the drag crossed an actor and a date mark');
  await shot(page, `select_${name}_drag.png`);

  // Shift+click extends it from where the drag began.
  const c = bytesOf(text, 'domestic', b);
  const rc = await where(page, c);
  await page.keyboard.down('Shift');
  await page.mouse.click(rc[0] + 0.5, (rc[1] + rc[3]) / 2);
  await page.keyboard.up('Shift');
  await frames(page, 2);
  expect(await selection(page) === slice(text, a, c), `Shift+click extends to "domestic": "${await selection(page)}"`);

  // The selection stays through scrolling; the Copy button copies it.
  const before = await selection(page);
  const s0 = await state(page);
  await page.mouse.move(wx, wy);
  await page.mouse.wheel(0, 300);
  await frames(page, 4);
  const s1 = await state(page);
  if (s0.article.scrollMax > 0)                   // at 1920×1080 the sample fits the pane
    expect(s1.article.scroll > s0.article.scroll, `scrolled: ${s0.article.scroll} → ${s1.article.scroll}`);
  expect(await selection(page) === before, 'the selection is the same after scrolling');
  const copy = s1.rects.copy.map((v) => v / s1.scale);
  expect(copy[2] > copy[0], `the Copy button shows: ${JSON.stringify(s1.rects.copy)}`);
  await clearClipboard(page);
  await page.mouse.click(...mid(copy));
  await frames(page, 3);
  expect(await clipboard(page) === before, `the Copy button: clipboard "${await clipboard(page)}"`);
  expect(await selection(page) === before, 'pressing Copy keeps the selection');
  await shot(page, `select_${name}_copied.png`);

  // Ctrl+A after a press in the pane: the whole article (title first), and Ctrl+C copies it.
  await frames(page, 30);                         // not a double click with the last one
  await clicks(page, wx, wy, 1);
  await frames(page, 2);
  expect(await selection(page) === '', 'a plain click leaves a caret, nothing selected');
  await page.keyboard.press('Control+a');
  await frames(page, 2);
  const all = await selection(page);
  const title = await page.evaluate(() => window.lede.lastAnalysis.article.title);
  expect(all.startsWith(title) && all.includes(paraText) && all.length > text.length * 0.9, `Ctrl+A: ${all.length} chars`);
  await clearClipboard(page);
  await page.keyboard.press('Control+c');
  await frames(page, 2);
  expect(await clipboard(page) === all, 'Ctrl+C after Ctrl+A copies the whole article');
  await press(page, 'Escape');
  await frames(page, 2);
  expect(await selection(page) === '', 'Esc clears the selection');
  expect(errors.length === 0, `page errors: ${errors.join(' | ')}`);
  await context.close();
}

await run('select', [
  ['1280 px: word, paragraph, drag across lines and marks, Shift+click, scroll, Copy button, Ctrl+A/C', async ({ url, browser, shot }) => {
    await checkWidth(browser, url, shot, { width: 1280, height: 800 }, 'wide');
  }],
  ['1920 px: the same', async ({ url, browser, shot }) => {
    await checkWidth(browser, url, shot, { width: 1920, height: 1080 }, 'full_hd');
  }],
  ['390 px (phone layout): the same with the mouse', async ({ url, browser, shot }) => {
    await checkWidth(browser, url, shot, { width: 390, height: 844 }, 'phone');
  }],
  ['a click on an actor name still selects the actor; a drag from it does not lose the text', async ({ url, browser }) => {
    const { page, context } = await openPage(browser, url);
    await frames(page, 4);
    const { text } = await article(page);
    const p = bytesOf(text, 'Vladimir Putin');
    const r = await where(page, p + 2);
    await page.mouse.click(...mid(r));
    await frames(page, 3);
    const s = await state(page);
    expect(s.selection.kind === 'actor', `actor selected: ${JSON.stringify(s.selection)}`);
    const e = bytesOf(text, 'proposed');
    const re = await where(page, e);
    await selectByDrag(page, [r[0] - 2 < 0 ? r[0] : (await where(page, p))[0] + 0.5, (r[1] + r[3]) / 2], [re[0] + 0.5, (re[1] + re[3]) / 2]);
    expect(await selection(page) === slice(text, p, e), `drag from the name: "${await selection(page)}"`);
    await context.close();
  }],
]);
