// graph_scale.test.mjs — the actor graph at 100 actors and 300 relations (bench/page_stress_input.mjs,
// with some relations negated or hypothetical): the default view shows the most connected
// actors, every one with its label, and no two labels overlap nor a label a node, read from
// the rectangles the pane placed (state().graphLabels), at 1280, 1920 and 390 px; "Show all"
// draws every actor and still never overlaps; the header's button is clicked with the mouse;
// hovering a node shows its tooltip. Screenshots at each width.
import { run, openPage, nextAnalysis, frames, expect } from './harness.mjs';
import { stressAnalysis } from '../../bench/page_stress_input.mjs';

function stressJson() {
  const doc = stressAnalysis(100, 300, 100);
  doc.relations.forEach((r, i) => {
    if (i % 9 === 4) r.negated = true;
    else if (i % 9 === 7) r.modality = 'proposed';
  });
  doc.relations.push({ ...doc.relations[0], source: null });   // an unknown source is not drawn as "?"
  return JSON.stringify(doc);
}

const meet = (a, b) => a[0] < b[2] && a[2] > b[0] && a[1] < b[3] && a[3] > b[1];

function overlaps(labels) {
  const found = [];
  const all = [...labels.nodes.map((r) => ['node', r]), ...labels.edges.map((r) => ['edge', r])];
  for (let i = 0; i < all.length; i++) {
    for (let j = i + 1; j < all.length; j++)
      if (meet(all[i][1], all[j][1])) found.push(`${all[i][0]} label ${JSON.stringify(all[i][1])} meets ${all[j][0]} label ${JSON.stringify(all[j][1])}`);
    for (const d of labels.discs) if (meet(all[i][1], d)) found.push(`${all[i][0]} label ${JSON.stringify(all[i][1])} meets node ${JSON.stringify(d)}`);
  }
  return found;
}

async function load(page) {
  const before = await page.evaluate(() => window.lede.analyses);
  await page.evaluate((j) => window.lede.loadAnalysis(j), stressJson());
  await nextAnalysis(page, before);
}

const state = (page) => page.evaluate(() => window.lede.state());

async function checkDefault(page, width) {
  const s = await state(page);
  const expectNodes = s.graph.nodes.length;
  expect(expectNodes >= 10 && expectNodes < 100, `${width}px: ${expectNodes} actors in the default view`);
  expect(!s.graph.showingAll, 'the default view');
  expect(s.graphLabels.discs.length === expectNodes, `${width}px: ${s.graphLabels.discs.length} discs drawn`);
  expect(s.graphLabels.nodes.length === expectNodes, `${width}px: every default actor labelled (${s.graphLabels.nodes.length} of ${expectNodes})`);
  expect(s.graphLabels.edges.length > 0, `${width}px: some edge labels fit`);
  const bad = overlaps(s.graphLabels);
  expect(bad.length === 0, `${width}px: ${bad.length} overlaps: ${bad.slice(0, 3).join('; ')}`);
  return s;
}

await run('graph_scale', [
  ['1280 px: the most connected actors, all labelled, nothing overlapping; Show all by mouse', async ({ url, browser, shot }) => {
    const { page, context, errors } = await openPage(browser, url, { viewport: { width: 1280, height: 800 } });
    await load(page);
    await page.mouse.move(2, 795);
    await frames(page, 4);
    const s = await checkDefault(page, 1280);
    await shot(page, 'graph_scale_1280.png');
    // "Show all" sits in the pane's header, right of the actor count; find it by its place:
    // the header row is just above the canvas. Clicking it must give every actor.
    const [gx0, gy0, gx1] = s.rects.graph;
    let shown = false;
    for (let x = gx0 + 100; x < gx1 && !shown; x += 10) {
      await page.mouse.click(x, gy0 - 12);
      await frames(page, 3);
      shown = (await state(page)).graph.showingAll;
    }
    expect(shown, 'a click on the header button shows every actor');
    await page.mouse.move(2, 795);
    await frames(page, 4);
    const all = await state(page);
    // Every actor, and the unnamed sides of relations ("unknown source") beside them.
    const actorNodes = all.graph.nodes.filter((n) => !/^unknown-/.test(n.id)).length;
    expect(actorNodes === 100, `all actors: ${actorNodes} (${all.graph.nodes.length} nodes)`);
    const bad = overlaps(all.graphLabels);
    expect(bad.length === 0, `show all: ${bad.length} overlaps: ${bad.slice(0, 3).join('; ')}`);
    expect(all.graphLabels.nodes.length > 10, `show all still labels some: ${all.graphLabels.nodes.length}`);
    await shot(page, 'graph_scale_1280_all.png');
    // Hover a node: its tooltip (ImGui) is drawn; the frame changes.
    await page.evaluate(() => window.lede.command('graph-all off'));
    await frames(page, 4);
    const d = (await state(page)).graphLabels.discs[0];
    await page.mouse.move((d[0] + d[2]) / 2, (d[1] + d[3]) / 2);
    await frames(page, 4);
    await shot(page, 'graph_scale_1280_hover.png');
    expect(errors.length === 0, `page errors: ${errors.join('; ')}`);
    await context.close();
  }],

  ['1920 px: default view labelled without overlap', async ({ url, browser, shot }) => {
    const { page, context } = await openPage(browser, url, { viewport: { width: 1920, height: 1080 } });
    await load(page);
    await page.mouse.move(2, 1075);
    await frames(page, 4);
    await checkDefault(page, 1920);
    await shot(page, 'graph_scale_1920.png');
    await context.close();
  }],

  ['390 px phone: fewer actors, all labelled, nothing overlapping', async ({ url, browser, shot }) => {
    const { page, context } = await openPage(browser, url, { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, hasTouch: true });
    await load(page);
    await page.evaluate(() => window.lede.command('tab graph'));
    await frames(page, 6);
    await checkDefault(page, 390);
    await shot(page, 'graph_scale_390.png');
    await context.close();
  }],
]);
