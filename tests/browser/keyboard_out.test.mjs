// keyboard_out.test.mjs — the keyboard and touch ways into and out of the Article pane's
// text, with real input events: Tab past the canvas's last control moves the page's focus
// out to the button after the canvas, and Shift+Tab before its first control to the skip
// link (no focus trap); Tab or Shift+Tab coming back lands on the canvas's first or last
// control; the Copy button over a selection is a Tab stop and Space on it copies (read back
// from the system clipboard); Shift+arrow keys extend a selection in the Article pane; a long
// press (CDP Input.dispatchTouchEvent) selects the word under the finger. Screenshots at
// 1280, 1920 and 390 px.
import { run, openPage, frames, expect } from './harness.mjs';
import { state, selection, clipboard, press, clicks, where, mid, utf8, bytesOf } from './article_pane.mjs';

const active = (page) => page.evaluate(() => document.activeElement && document.activeElement.id);
// One press of a key (with modifiers), down for one frame only: ImGui repeats a key held
// past its repeat delay, which two slow frames can exceed.
async function tap(page, keys) {
  const parts = keys.split('+');
  for (const k of parts) await page.keyboard.down(k);
  await frames(page, 1);
  for (const k of parts.reverse()) await page.keyboard.up(k);
  await frames(page, 2);
}
const sameRect = (a, b) => a && b && a.every((v, i) => Math.abs(v - b[i]) < 1.5);

await run('keyboard_out', [
  ['Tab leaves the canvas after its last control, Shift+Tab before its first; coming back lands on the first/last', async ({ url, browser, shot }) => {
    for (const [viewport, name] of [[{ width: 1280, height: 800 }, 'wide'], [{ width: 1920, height: 1080 }, 'full_hd'], [{ width: 390, height: 844 }, 'phone']]) {
      const { page, context, errors } = await openPage(browser, url, { viewport });
      // The first-visit hint (a control of its own) shows once IndexedDB has answered: closed
      // first, so the ring is the same both ways.
      await page.evaluate(() => window.lede.command('hint off'));
      await frames(page, 4);
      // From the skip link: Tab reaches the canvas's first control, then control after control,
      // then out of the canvas.
      await page.focus('#skip-link');
      const rects = [];
      let left = null;
      for (let i = 0; i < 30 && !left; i++) {
        await tap(page, 'Tab');
        const id = await active(page);
        if (id !== 'canvas') { left = id; break; }
        const s = await state(page);
        expect(s.keyboardFocus.visible, `${name}: Tab ${i + 1} shows a focus frame`);
        rects.push(s.keyboardFocus.rect);
      }
      expect(left === 'after-canvas', `${name}: after ${rects.length} controls Tab went out to the button after the canvas (${left})`);
      expect(rects.length >= 4, `${name}: ${rects.length} controls on the way`);
      const shown = await page.evaluate(() => document.getElementById('after-canvas').getBoundingClientRect().top);
      expect(shown >= 0, `${name}: the focused button shows (top ${shown})`);
      expect(!(await state(page)).keyboardFocus.visible, `${name}: no focus frame left on the canvas`);
      await shot(page, `keyboard_out_${name}_after_canvas.png`);
      // Shift+Tab from there: back on the canvas, on its last control.
      await tap(page, 'Shift+Tab');
      let s = await state(page);
      expect(await active(page) === 'canvas' && s.keyboardFocus.visible && sameRect(s.keyboardFocus.rect, rects[rects.length - 1]),
        `${name}: Shift+Tab came back to the last control: ${JSON.stringify(s.keyboardFocus)} vs ${JSON.stringify(rects[rects.length - 1])}`);
      // Backward through every control, then out to the skip link.
      left = null;
      let back = 0;
      const backRects = [];
      for (let i = 0; i < 30 && !left; i++) {
        await tap(page, 'Shift+Tab');
        const id = await active(page);
        if (id !== 'canvas') { left = id; break; }
        backRects.push((await state(page)).keyboardFocus.rect);
        back++;
      }
      expect(left === 'skip-link', `${name}: Shift+Tab before the first control went to the skip link (${left}) after ${back} steps`);
      // The same ring both ways (a key held over a very slow frame can repeat, so a step may be
      // skipped either way: every control seen forward is met backward, the first one last).
      const seenBack = [rects[rects.length - 1], ...backRects];
      expect(rects.every((r) => seenBack.some((b) => sameRect(r, b))) && sameRect(backRects[backRects.length - 1], rects[0]),
        `${name}: the ring backward holds the forward one, ending on the first control: ${JSON.stringify(rects)} / ${JSON.stringify(backRects)}`);
      // Tab from the skip link: the canvas, on its first control.
      await tap(page, 'Tab');
      s = await state(page);
      expect(await active(page) === 'canvas' && s.keyboardFocus.visible && sameRect(s.keyboardFocus.rect, rects[0]),
        `${name}: Tab from the skip link landed on the first control: ${JSON.stringify(s.keyboardFocus)} vs ${JSON.stringify(rects[0])}`);
      await shot(page, `keyboard_out_${name}_first_control.png`);
      // The button after the canvas opens the paste dialog.
      await page.focus('#after-canvas');
      await page.keyboard.press('Enter');
      expect(await page.evaluate(() => document.getElementById('paste-dialog').open), `${name}: Enter on the button opens the paste dialog`);
      expect(errors.length === 0, `page errors: ${errors.join(' | ')}`);
      await context.close();
    }
  }],

  ['the Copy button is a Tab stop: Space on it copies the selection', async ({ url, browser, shot }) => {
    const { page, context } = await openPage(browser, url);
    await frames(page, 4);
    const text = await page.evaluate(() => window.lede.lastAnalysis.article.text);
    const [wx, wy] = mid(await where(page, bytesOf(text, 'statement') + 3));
    await clicks(page, wx, wy, 2);
    await frames(page, 3);
    expect(await selection(page) === 'statement', 'a word is selected');
    await page.evaluate(() => navigator.clipboard.writeText('(empty)'));
    let s = await state(page);
    const copyRect = s.rects.copy;
    expect(copyRect[2] > copyRect[0], 'the Copy button shows');
    let onCopy = false;
    for (let i = 0; i < 20 && !onCopy; i++) {
      await press(page, 'Tab');
      if (await active(page) !== 'canvas') await page.focus('#canvas');
      s = await state(page);
      onCopy = s.keyboardFocus.visible && sameRect(s.keyboardFocus.rect, s.rects.copy);
    }
    expect(onCopy, `Tab reached the Copy button: ${JSON.stringify(s.keyboardFocus)} vs ${JSON.stringify(s.rects.copy)}`);
    await shot(page, 'keyboard_out_wide_copy_focused.png');
    await press(page, ' ');
    await frames(page, 4);
    expect(await clipboard(page) === 'statement', `Space on Copy put the word on the clipboard: "${await clipboard(page)}"`);
    await context.close();
  }],

  ['Shift+arrow keys extend the selection in the Article pane; Ctrl+C copies it', async ({ url, browser }) => {
    const { page, context } = await openPage(browser, url);
    await frames(page, 4);
    const text = await page.evaluate(() => window.lede.lastAnalysis.article.text);
    const at = bytesOf(text, 'statement');
    const r = await where(page, at);
    await clicks(page, r[0] + 0.5, (r[1] + r[3]) / 2, 1);   // a caret before "statement"
    // Each Shift+Right takes one more character from the caret (on a slow machine a key held
    // over two long frames may repeat once: counted, not assumed).
    const from = text.slice(text.indexOf('statement'));
    let sel = '';
    for (let i = 0; i < 15 && sel.length < 9; i++) {
      await tap(page, 'Shift+ArrowRight');
      const now = await selection(page);
      expect(now.length > sel.length && from.startsWith(now), `Shift+Right ${i + 1} grew the selection from the caret: "${now}"`);
      sel = now;
    }
    await tap(page, 'Shift+ArrowLeft');
    const shrunk = await selection(page);
    expect(shrunk.length < sel.length && from.startsWith(shrunk), `Shift+Left: "${sel}" -> "${shrunk}"`);
    await tap(page, 'Shift+ArrowDown');
    const down = await selection(page);
    expect(from.startsWith(down) && down.length > shrunk.length + 30, `Shift+Down takes a line more: "${down}"`);
    await tap(page, 'Shift+ArrowUp');
    const up = await selection(page);
    expect(from.startsWith(up) && up.length < down.length - 30, `Shift+Up goes back a line: "${up}"`);
    await tap(page, 'Shift+ArrowDown');
    await page.evaluate(() => navigator.clipboard.writeText('(empty)'));
    await press(page, 'Control+C');
    expect(await clipboard(page) === down, `Ctrl+C copied the extended selection: "${await clipboard(page)}"`);
    await context.close();
  }],

  ['a long press selects the word under the finger; a tap on Copy copies it (390×844, touch)', async ({ url, browser, shot }) => {
    const { page, context } = await openPage(browser, url, { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, hasTouch: true });
    await frames(page, 4);
    const cdp = await context.newCDPSession(page);
    const touch = (type, points) => cdp.send('Input.dispatchTouchEvent', { type, touchPoints: points.map(([x, y], id) => ({ x, y, id })) });
    const text = await page.evaluate(() => window.lede.lastAnalysis.article.text);
    const [x, y] = mid(await where(page, bytesOf(text, 'statement') + 4));
    await touch('touchStart', [[x, y]]);
    await page.waitForTimeout(250);
    await frames(page, 2);
    expect(await selection(page) === '', 'held briefly: nothing selected yet');
    await page.waitForTimeout(600);
    await frames(page, 3);
    await touch('touchEnd', []);
    await frames(page, 4);
    expect(await selection(page) === 'statement', `long press selected the word: "${await selection(page)}"`);
    const s = await state(page);
    expect(s.tab === 0, 'the lift was no tap (still on the Article tab)');
    await shot(page, 'keyboard_out_phone_long_press.png');
    const c = s.rects.copy.map((v) => v / s.scale);
    expect(c[2] > c[0], 'the Copy button shows');
    await page.evaluate(() => navigator.clipboard.writeText('(empty)'));
    await touch('touchStart', [[(c[0] + c[2]) / 2, (c[1] + c[3]) / 2]]);
    await touch('touchEnd', []);
    await frames(page, 6);
    expect(await clipboard(page) === 'statement', `a tap on Copy copied the word: "${await clipboard(page)}"`);
    await context.close();
  }],
]);
