// timeline_view.test.mjs — the timeline on the sample (an RT article of 25 Sep 2020 that also
// mentions 1972 and the US election of 3 Nov 2020): it opens on the weeks the article is
// about with 1972 counted at the edge (a click there shows everything), the events of the
// publication day are one counted stack that lists them on a click, no label covers another
// label or a mark, hovering a label is hovering that item, the counts line says what the
// top bar says, and at 1000×640 the axis and both lanes are inside the pane. Real mouse
// events; screenshots at 390, 1000, 1280 and 1920 px.
import { run, openPage, frames, expect } from './harness.mjs';

const meet = (a, b) => a[0] < b[2] && a[2] > b[0] && a[1] < b[3] && a[3] > b[1];
const state = (page) => page.evaluate(() => window.lede.state());
const hasLabel = (s) => s.label[2] >= s.label[0];

function overlaps(stacks) {
  const bad = [];
  for (let i = 0; i < stacks.length; i++) {
    if (!hasLabel(stacks[i])) continue;
    for (let j = 0; j < stacks.length; j++) {
      if (j !== i && hasLabel(stacks[j]) && j > i && meet(stacks[i].label, stacks[j].label)) bad.push(`labels ${i} and ${j}`);
      // A span's bar may carry labels (on their backing); its ends and every point may not.
      const m = stacks[j].mark, h = m[3] - m[1];
      const caps = m[2] - m[0] <= h * 1.5 + 1 ? [m] : [[m[0] - 2, m[1], m[0] + 2, m[3]], [m[2] - 2, m[1], m[2] + 2, m[3]]];
      for (const c of caps) if (meet(stacks[i].label, c)) bad.push(`label ${i} over mark ${j}`);
    }
  }
  return bad;
}

async function checkView(page, width) {
  const s = await state(page);
  const t = s.timeline;
  const a = await page.evaluate(() => window.lede.lastAnalysis);
  expect(t.stacks.length > 0, `${width}px: stacks drawn`);
  const bad = overlaps(t.stacks);
  expect(bad.length === 0, `${width}px: ${bad.join('; ')}`);
  expect(t.header.startsWith(`${a.times.length} dates · ${a.relations.length} relations`),
         `${width}px: counts line "${t.header}" says what the top bar says (${a.times.length} dates, ${a.relations.length} relations)`);
  const r = s.rects.timeline;
  expect(t.axisY > r[1] && t.axisY < r[3], `${width}px: axis ${t.axisY} inside the pane ${JSON.stringify(r)}`);
  return s;
}

await run('timeline_view', [
  ['1280 px: opens on the article\'s weeks, 1972 at the edge, one stack for the publication day, labels apart', async ({ url, browser, shot }) => {
    const { page, context, errors } = await openPage(browser, url, { viewport: { width: 1280, height: 800 } });
    await page.mouse.move(2, 795);
    await frames(page, 4);
    const s = await checkView(page, 1280);
    const t = s.timeline;
    expect(t.span < 200, `the view spans ${t.span.toFixed(0)} days, not 1970–2020`);
    expect(t.earlier >= 1, `1972 counted at the left edge: ${t.earlier}`);
    const big = t.stacks.findIndex((x) => x.count > 1);
    expect(big >= 0, `a counted stack: ${JSON.stringify(t.stacks.map((x) => x.count))}`);
    expect(hasLabel(t.stacks[big]), 'the stack is labelled ("23 events")');
    await shot(page, 'timeline_1280.png');

    // Hovering a label is hovering its own item.
    const labelled = t.stacks.map((x, i) => [x, i]).filter(([x]) => hasLabel(x));
    expect(labelled.length >= 2, 'at least two labels');
    for (const [x, i] of labelled) {
      await page.mouse.move((x.label[0] + x.label[2]) / 2, (x.label[1] + x.label[3]) / 2);
      await frames(page, 3);
      const h = (await state(page)).timeline.hover;
      expect(h === i, `hovering label ${i} hovers stack ${h}`);
    }
    await shot(page, 'timeline_1280_hover_label.png');

    // A click on the stack opens its list.
    const m = t.stacks[big].mark;
    await page.mouse.move((m[0] + m[2]) / 2, (m[1] + m[3]) / 2);
    await frames(page, 2);
    await page.mouse.down();
    await page.mouse.up();
    await frames(page, 4);
    expect((await state(page)).timeline.stackOpen, 'the stack opened');
    await shot(page, 'timeline_1280_stack_open.png');
    await page.keyboard.press('Escape');
    await page.mouse.click(2, 795);
    await frames(page, 4);
    expect(!(await state(page)).timeline.stackOpen, 'closed again');

    // The edge count: a click shows everything, 1972 included.
    const r = s.rects.timeline;
    await page.mouse.move(r[0] + 30, r[1] + 10);
    await frames(page, 2);
    await page.mouse.down();
    await page.mouse.up();
    await frames(page, 4);
    const all = (await state(page)).timeline;
    expect(all.earlier === 0 && all.span > 365 * 40, `everything shown: earlier ${all.earlier}, span ${all.span.toFixed(0)} days`);
    await shot(page, 'timeline_1280_all.png');
    expect(errors.length === 0, `page errors: ${errors.join('; ')}`);
    await context.close();
  }],

  ['1000×640: the axis and both lanes inside the pane', async ({ url, browser, shot }) => {
    const { page, context } = await openPage(browser, url, { viewport: { width: 1000, height: 640 } });
    await page.mouse.move(2, 635);
    await frames(page, 4);
    const s = await checkView(page, 1000);
    expect(s.rects.timeline[3] <= 640, `the pane ends inside the window: ${s.rects.timeline[3]}`);
    expect(s.timeline.axisY + 10 <= s.rects.timeline[3], 'the tick labels under the axis are inside too');
    const lanes = new Set(s.timeline.stacks.map((x) => Math.round((x.mark[1] + x.mark[3]) / 2)));
    expect(lanes.size >= 2, `both lanes drawn: ${[...lanes]}`);
    for (const x of s.timeline.stacks) expect(x.mark[3] < s.timeline.axisY, 'marks above the axis');
    await shot(page, 'timeline_1000x640.png');
    await context.close();
  }],

  ['1920 px and 390 px phone: labels apart, counts agree', async ({ url, browser, shot }) => {
    {
      const { page, context } = await openPage(browser, url, { viewport: { width: 1920, height: 1080 } });
      await page.mouse.move(2, 1075);
      await frames(page, 4);
      await checkView(page, 1920);
      await shot(page, 'timeline_1920.png');
      await context.close();
    }
    const { page, context } = await openPage(browser, url, { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, hasTouch: true });
    await page.evaluate(() => window.lede.command('tab timeline'));
    await frames(page, 6);
    await checkView(page, 390);
    await shot(page, 'timeline_390.png');
    await context.close();
  }],
]);
