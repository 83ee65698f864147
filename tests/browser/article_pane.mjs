// article_pane.mjs — what the browser tests that select and copy the Article pane's text share:
// the app's state and selection, the system clipboard, a key combination pressed as a person
// presses it, n clicks a frame apart, and where a byte of article.text is on the screen (from
// the app's own layout, command "article-where <byte>").
import { frames, expect } from './harness.mjs';

export const state = (page) => page.evaluate(() => window.lede.state());
export const selection = (page) => page.evaluate(() => JSON.parse(window.lede.command('selection')).text);
export const clipboard = (page) => page.evaluate(() => navigator.clipboard.readText());

// A key combination held for a couple of frames, as a person presses it (a key pressed and
// released between two frames never reaches ImGui 1.86).
export async function press(page, keys) {
  const parts = keys.split('+');
  for (const k of parts) await page.keyboard.down(k);
  await frames(page, 2);
  for (const k of parts.reverse()) await page.keyboard.up(k);
  await frames(page, 3);
}

// n clicks at one place, a frame apart (a person's double click spans several frames; the
// GLFW backend sees one press a frame, so Playwright's instant dblclick would be one click).
export async function clicks(page, x, y, n) {
  await page.mouse.move(x, y);
  for (let i = 1; i <= n; i++) {
    await page.mouse.down({ clickCount: i });
    await frames(page, 1);
    await page.mouse.up({ clickCount: i });
    await frames(page, 1);
  }
}

// The screen rectangle (CSS px) of the character at `byte` of article.text, and its middle.
export async function where(page, byte) {
  const s = await state(page);
  const r = await page.evaluate((b) => JSON.parse(window.lede.command('article-where ' + b)), byte);
  expect(r.ok, `byte ${byte} is laid out`);
  return r.rect.map((v) => v / s.scale);
}
export const mid = (r) => [(r[0] + r[2]) / 2, (r[1] + r[3]) / 2];

// Byte offsets in UTF-8, as the analysis counts them.
export const utf8 = (s) => Buffer.from(s, 'utf8');
export const bytesOf = (text, needle, from = 0) => {
  const i = utf8(text).indexOf(utf8(needle), from);
  expect(i >= 0, `"${needle}" is in the article`);
  return i;
};
