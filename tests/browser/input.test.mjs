// input.test.mjs — the canvas read with real input events: the mouse wheel (Playwright's
// page.mouse.wheel: pixel deltas as Chromium sends them; lines and pages as Firefox can send
// them) scrolls the Article pane one bounded step per notch in the right direction, and
// smoothly for a trackpad's small deltas; it zooms the graph and the timeline by a sane
// factor per notch; the reading keys scroll the article; on a phone (390×844, touch through
// CDP Input.dispatchTouchEvent) a swipe scrolls the article with the finger and glides on
// after a quick one, a tap lands on the tab under the finger (quick, repeated or held), and a
// pinch zooms the graph and the timeline. Positions come from the app's own rectangles
// (state().rects, device px). Screenshots at 1280 and 390 px.
import { run, openPage, nextAnalysis, frames, expect } from './harness.mjs';

// A long article: the sample's cleaned text five times over, each copy under its own heading
// (the cleaner would drop verbatim repeats, so it goes in as the article: raw).
async function loadLong(page) {
  const text = await page.evaluate(() => window.lede.lastAnalysis.article.text);
  const long = 'A long article to scroll\n\n' + [1, 2, 3, 4, 5].map((n) => `Part ${n}\n\n${text}`).join('\n\n');
  const before = await page.evaluate(() => window.lede.analyses);
  await page.evaluate((t) => window.lede.submit(t, '', true), long);
  return nextAnalysis(page, before);
}

const state = (page) => page.evaluate(() => window.lede.state());
// A device-px rectangle of state() as CSS px (what Playwright and CDP point with).
const css = (s, r) => r.map((v) => v / s.scale);
const centre = (r) => [(r[0] + r[2]) / 2, (r[1] + r[3]) / 2];
const near = (a, b, tol) => Math.abs(a - b) <= tol;

// A wheel event of another delta mode (1 lines, 2 pages), as Firefox sends them: Playwright's
// wheel only sends pixels. Dispatched on the canvas like a real one (it bubbles through window).
const wheelEvent = (page, x, y, deltaY, deltaMode) => page.evaluate(([x, y, d, m]) => {
  document.getElementById('canvas').dispatchEvent(new WheelEvent('wheel', {
    clientX: x, clientY: y, deltaY: d, deltaMode: m, bubbles: true, cancelable: true }));
}, [x, y, deltaY, deltaMode]);

await run('input', [
  ['wheel: a notch scrolls the Article pane a bounded step, the right way; lines, pages, trackpads', async ({ url, browser, shot }) => {
    const { page, context } = await openPage(browser, url);
    await loadLong(page);
    await frames(page, 3);
    let s = await state(page);
    const [ax, ay] = centre(css(s, s.rects.article));
    const viewH = s.rects.article[3] - s.rects.article[1];
    await page.mouse.move(ax, ay);
    await frames(page, 2);
    s = await state(page);
    expect(s.article.scroll === 0 && s.article.scrollMax > 3 * viewH, `a long article at its top: ${JSON.stringify(s.article)}`);
    const scrollAfter = async (fn) => { await fn(); await frames(page, 4); return (await state(page)).article.scroll; };

    const one = await scrollAfter(() => page.mouse.wheel(0, 100));            // one notch towards the reader
    expect(one > 20 && one < 0.7 * viewH, `one notch down scrolls a bounded step: ${one} px of a ${viewH} px view`);
    expect(await scrollAfter(() => page.mouse.wheel(0, -100)) === 0, 'one notch up comes back to the top');
    expect(await scrollAfter(() => page.mouse.wheel(0, -100)) === 0, 'up at the top stays at the top');
    const two = await scrollAfter(() => page.mouse.wheel(0, 200));
    expect(near(two, 2 * one, 2), `two notches, twice the step: ${two} vs ${one}`);
    await scrollAfter(() => page.mouse.wheel(0, -200));

    const lines = await scrollAfter(() => wheelEvent(page, ax, ay, 3, 1));     // 3 lines: a notch
    expect(near(lines, one, 2), `three lines scroll as one notch: ${lines} vs ${one}`);
    expect(await scrollAfter(() => wheelEvent(page, ax, ay, -3, 1)) === 0, 'three lines up come back');
    const pageDown = await scrollAfter(() => wheelEvent(page, ax, ay, 1, 2));  // a page: four notches
    expect(near(pageDown, 4 * one, 4), `a page scrolls four notches: ${pageDown} vs ${one}`);
    await scrollAfter(() => wheelEvent(page, ax, ay, -1, 2));

    // A trackpad: many small pixel deltas, each a fraction of a notch, adding up to one.
    let first = -1, last = 0;
    for (let i = 0; i < 10; i++) {
      last = await scrollAfter(() => page.mouse.wheel(0, 10));
      if (first < 0) first = last;
    }
    expect(first > 0 && first < one / 2, `a 10 px trackpad step moves a little: ${first} px`);
    expect(near(last, one, one * 0.15), `ten 10 px steps scroll about one notch: ${last} vs ${one}`);
    await page.mouse.wheel(0, 700);
    await frames(page, 4);
    await shot(page, 'input_wide_wheel_scrolled.png');
    await context.close();
  }],

  ['wheel zooms the graph and the timeline by a sane factor per notch; up zooms in', async ({ url, browser, shot }) => {
    const { page, context } = await openPage(browser, url);
    await frames(page, 3);
    let s = await state(page);
    const [gx, gy] = centre(css(s, s.rects.graph));
    await page.mouse.move(gx, gy);
    await frames(page, 2);
    const z0 = (await state(page)).graph.zoom;
    await page.mouse.wheel(0, -100);
    await frames(page, 4);
    const z1 = (await state(page)).graph.zoom;
    expect(z1 / z0 > 1.05 && z1 / z0 < 1.5, `one notch up zooms the graph in a little: ${z0} -> ${z1}`);
    await page.mouse.wheel(0, 100);
    await frames(page, 4);
    const z2 = (await state(page)).graph.zoom;
    expect(near(z2, z0, z0 * 0.01), `one notch down zooms back out: ${z2} vs ${z0}`);
    await page.mouse.wheel(0, 15);                                           // a trackpad's nudge
    await frames(page, 4);
    const z3 = (await state(page)).graph.zoom;
    expect(z3 < z2 && z3 / z2 > 0.95, `a small trackpad delta zooms out a little: ${z2} -> ${z3}`);

    s = await state(page);
    const [tx, ty] = centre(css(s, s.rects.timeline));
    await page.mouse.move(tx, ty);
    await frames(page, 2);
    const t0 = (await state(page)).timeline;
    await page.mouse.wheel(0, -100);
    await frames(page, 4);
    const t1 = (await state(page)).timeline;
    const ratio = t1.span / t0.span;
    expect(ratio > 0.7 && ratio < 0.95, `one notch up narrows the timeline's span a little: ${t0.span} -> ${t1.span} days`);
    await page.mouse.wheel(0, 100);
    await frames(page, 4);
    const t2 = (await state(page)).timeline;
    expect(near(t2.span, t0.span, t0.span * 0.01), `one notch down widens it back: ${t2.span} vs ${t0.span}`);
    await page.mouse.wheel(0, -300);
    await frames(page, 4);
    await shot(page, 'input_wide_zoomed.png');
    await context.close();
  }],

  ['PageDown/PageUp, Space/Shift+Space, arrows, End/Home scroll the article', async ({ url, browser }) => {
    const { page, context } = await openPage(browser, url);
    await loadLong(page);
    await frames(page, 3);
    const s = await state(page);
    const r = css(s, s.rects.article);
    const viewH = s.rects.article[3] - s.rects.article[1];
    await page.mouse.click(r[0] + 3, r[1] + 3);                             // the pane's blank corner
    await frames(page, 2);
    // Held for a frame: ImGui 1.86 reads key state once a frame, so a press and a release
    // that both land between two slow frames would go unseen.
    const press = async (key) => {
      await page.keyboard.down(key);
      await frames(page, 1);
      await page.keyboard.up(key);
      await frames(page, 3);
      return (await state(page)).article.scroll;
    };
    const pageStep = await press('PageDown');
    expect(pageStep > 0.6 * viewH && pageStep < viewH, `PageDown scrolls about a page: ${pageStep} of ${viewH}`);
    expect(await press('PageUp') === 0, 'PageUp comes back');
    expect(near(await press('Space'), pageStep, 1), 'Space scrolls a page');
    await page.keyboard.down('Shift');
    expect(await press('Space') === 0, 'Shift+Space scrolls back');
    await page.keyboard.up('Shift');
    const arrow = await press('ArrowDown');
    expect(arrow > 0 && arrow < 0.25 * viewH, `ArrowDown scrolls a little: ${arrow}`);
    expect(await press('ArrowUp') === 0, 'ArrowUp comes back');
    const end = await press('End');
    const max = (await state(page)).article.scrollMax;
    expect(end === max && max > 0, `End goes to the end: ${end} of ${max}`);
    expect(await press('Home') === 0, 'Home goes to the top');
    expect(!(await state(page)).helpOpen, 'no key opened anything');
    await context.close();
  }],

  ['touch at 390×844: swipe scrolls with the finger and glides; taps hit the tab touched; pinch zooms', async ({ url, browser, shot }) => {
    const { page, context } = await openPage(browser, url, { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, hasTouch: true });
    await loadLong(page);
    await frames(page, 3);
    const cdp = await context.newCDPSession(page);
    // Each touch carries its own time (CDP `timestamp`), as a touch screen's events do: on a
    // busy machine the page receives them hundreds of ms apart, and the speed of a flick
    // (what makes it glide) is read from the events' times, not from when they arrive. A
    // gesture starts now; each later event is `ms` after the one before.
    let clock = 0;
    const touch = (type, points, ms = 16) => {
      clock = type === 'touchStart' && points.length ? Math.max(clock + ms / 1000, Date.now() / 1000) : clock + ms / 1000;
      return cdp.send('Input.dispatchTouchEvent', { type, timestamp: clock, touchPoints: points.map(([x, y], id) => ({ x, y, id })) });
    };
    const scroll = async () => (await state(page)).article.scroll;
    let s = await state(page);
    expect(s.narrow && s.tab === 0 && s.tabs.length === 3, `phone layout on the Article tab: ${JSON.stringify(s.tabs)}`);
    const [ax] = centre(css(s, s.rects.article));
    const dpr = s.scale;

    // A slow swipe up (a pause before the lift): the content moves exactly with the finger.
    await touch('touchStart', [[ax, 600]]);
    for (let i = 1; i <= 10; i++) {
      await page.waitForTimeout(16);
      await touch('touchMove', [[ax, 600 - 30 * i]]);
    }
    await page.waitForTimeout(300);
    await touch('touchEnd', [], 300);
    await frames(page, 4);
    const slow = await scroll();
    expect(near(slow, 300 * dpr, 4), `a 300 px swipe scrolls 300 px: ${slow / dpr} CSS px`);
    await page.waitForTimeout(300);
    expect(await scroll() === slow, 'no glide after a pause');

    // A quick flick: it goes on after the lift, slowing to a stop, a bounded way.
    await touch('touchStart', [[ax, 600]]);
    for (let i = 1; i <= 5; i++) await touch('touchMove', [[ax, 600 - 40 * i]], 12);
    await touch('touchEnd', [], 12);
    await frames(page, 2);
    const atLift = await scroll();
    // It glides in frame time (a slow frame moves it at most 100 ms on), so wait until it stops.
    let glided = atLift, still = 0;
    for (let i = 0; i < 60 && still < 3; i++) {
      await page.waitForTimeout(250);
      const now = await scroll();
      still = now === glided ? still + 1 : 0;
      glided = now;
    }
    expect(still >= 3, 'the glide stops');
    expect(glided - slow > 200 * dpr + 40, `a flick glides past the finger's 200 px: ${(glided - slow) / dpr} CSS px (${(atLift - slow) / dpr} at the lift)`);
    expect(glided - slow < 200 * dpr + 2000 * dpr, `a bounded glide: ${(glided - slow) / dpr} CSS px`);
    await shot(page, 'input_phone_swiped.png');

    // A swipe down brings the text back.
    await touch('touchStart', [[ax, 200]]);
    for (let i = 1; i <= 10; i++) {
      await page.waitForTimeout(16);
      await touch('touchMove', [[ax, 200 + 50 * i]]);
    }
    await page.waitForTimeout(300);
    await touch('touchEnd', [], 300);
    await frames(page, 4);
    const back = await scroll();
    expect(near(back, Math.max(0, glided - 500 * dpr), 4), `a 500 px swipe down scrolls back 500 px: ${glided} -> ${back}`);

    // Taps: on the Actors tab; then two quick taps (Timeline, then Article) before a frame
    // could see either; then a held tap.
    const tabs = s.tabs.map((r) => centre(css(s, r)));
    const tap = async ([x, y], holdMs = 0) => {
      await touch('touchStart', [[x, y]]);
      if (holdMs) await page.waitForTimeout(holdMs);
      await touch('touchEnd', [], holdMs || 40);
    };
    await tap(tabs[1]);
    await frames(page, 6);   // a tap plays three frames (hover, press, release), the tab bar switches on the next
    expect((await state(page)).tab === 1, 'a tap on Actors opens Actors');
    await tap(tabs[2]);
    await tap(tabs[0]);
    await frames(page, 9);
    expect((await state(page)).tab === 0, 'two quick taps: the second lands too');
    await tap(tabs[2], 700);
    await frames(page, 6);
    expect((await state(page)).tab === 2, 'a held tap opens the tab held, not the one before');

    // Pinch: the timeline (open now), then the graph.
    const pinch = async ([cx, cy], from, to) => {
      await touch('touchStart', [[cx - from, cy], [cx + from, cy]]);
      for (let i = 1; i <= 5; i++) {
        const d = from + (to - from) * i / 5;
        await page.waitForTimeout(16);
        await touch('touchMove', [[cx - d, cy], [cx + d, cy]]);
      }
      await touch('touchEnd', []);
      await frames(page, 4);
    };
    s = await state(page);
    const span0 = s.timeline.span;
    await pinch(centre(css(s, s.rects.timeline)), 40, 100);
    const span1 = (await state(page)).timeline.span;
    expect(near(span0 / span1, 2.5, 0.3), `a pinch out zooms the timeline ×2.5: ${span0} -> ${span1} days`);
    await shot(page, 'input_phone_timeline_pinched.png');
    await tap(tabs[1]);
    await frames(page, 6);   // a tap plays three frames (hover, press, release), the tab bar switches on the next
    s = await state(page);
    expect(s.tab === 1, 'back on Actors');
    const z0 = s.graph.zoom;
    await pinch(centre(css(s, s.rects.graph)), 100, 50);
    const z1 = (await state(page)).graph.zoom;
    expect(near(z0 / z1, 2, 0.25), `a pinch in zooms the graph out ×2: ${z0} -> ${z1}`);
    await pinch(centre(css(s, s.rects.graph)), 40, 120);
    const z2 = (await state(page)).graph.zoom;
    expect(near(z2 / z1, 3, 0.35), `a pinch out zooms the graph in ×3: ${z1} -> ${z2}`);
    await shot(page, 'input_phone_graph_pinched.png');
    await context.close();
  }],
]);
