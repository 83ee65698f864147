// views_more.test.mjs — three things the panes say or make, checked in the page:
//   - a relation whose source or target the text does not name is drawn to an "unknown
//     source" / "unknown target" node of its named actor (the analysis's relation with its
//     source removed, loaded as a saved analysis), with its label on screen and a tooltip that
//     says so when the real mouse hovers it;
//   - a publication date that cleaning read inside the article's text is shown as "date from
//     the text" in the Article pane's meta line and on the timeline's marker, never as
//     "published"; the article's own date is "published";
//   - PNG exports are bigger than the canvas (drawn off screen at their own size) and the
//     graph's picture is the whole graph, while the reader's zoom on screen is kept.
// Screenshots at 1280, 1920 and 390 px.
import fs from 'node:fs';
import path from 'node:path';
import { run, openPage, nextAnalysis, frames, pasteText, expect } from './harness.mjs';

const state = (page) => page.evaluate(() => window.lede.state());

const BODY_DATE = 'Ministers fail to agree on grain deal\n\n' +
  'The foreign ministers of Turkey and Ukraine met in Ankara on Friday to discuss the grain corridor, officials said.\n\n' +
  'Turkish Foreign Minister Mevlut Cavusoglu told reporters that talks would resume next week. The previous agreement, ' +
  'signed on July 22, 2022, expired last month.\n\n' +
  "Ukraine's foreign ministry said on Oct. 21 that Russia had blocked ships in the Black Sea.";

await run('views_more', [
  ['a relation with no named source goes to an "unknown source" node, labelled and explained', async ({ url, browser, shot }) => {
    for (const [viewport, name] of [[{ width: 1280, height: 800 }, 'wide'], [{ width: 1920, height: 1080 }, 'full_hd']]) {
      const { page, context, errors } = await openPage(browser, url, { viewport });
      const a = await page.evaluate(() => window.lede.lastAnalysis);
      // The most connected actor's first relation as its target: its source removed.
      const rel = a.relations.find((r) => r.source && r.target && r.source !== r.target);
      expect(rel, 'the sample has a relation between two actors');
      const target = a.actors.find((x) => x.id === rel.target);
      const edited = JSON.parse(JSON.stringify(a));
      const r = edited.relations.find((x) => x.id === rel.id);
      delete r.source;
      const before = await page.evaluate(() => window.lede.analyses);
      await page.evaluate((j) => window.lede.loadAnalysis(j), JSON.stringify(edited));
      await nextAnalysis(page, before);
      await frames(page, 6);
      const s = await state(page);
      const unknown = s.graph.nodes.filter((n) => n.id === 'unknown-source');
      expect(unknown.length >= 1 && unknown.every((n) => n.name === 'unknown source'), `an unknown-source node: ${JSON.stringify(unknown)}`);
      expect(!s.graph.nodes.some((n) => n.name === '?'), 'no "?" node');
      // Its label is drawn: one more label than actors shown, and the hover tooltip says who is missing.
      const gr = s.rects.graph.map((v) => v / s.scale);
      expect(s.graphLabels.nodes.length >= 2, `labels drawn: ${s.graphLabels.nodes.length}`);
      await shot(page, `views_unknown_${name}.png`);
      // Hover every disc until the unknown one shows its tooltip (discs are device px).
      let found = false;
      for (const d of s.graphLabels.discs) {
        const x = (d[0] + d[2]) / 2 / s.scale, y = (d[1] + d[3]) / 2 / s.scale;
        if (x < gr[0] || x > gr[2] || y < gr[1] || y > gr[3]) continue;
        await page.mouse.move(x, y);
        await frames(page, 3);
        const tip = (await state(page)).graphHover;
        if (/unknown source/.test(tip)) {
          found = true;
          expect(tip.includes(target.name), `the tooltip names the actor it was done to: ${tip}`);
          await shot(page, `views_unknown_${name}_hover.png`);
          break;
        }
      }
      expect(found, 'the unknown source node was hovered with the mouse and explained');
      expect(errors.length === 0, `page errors: ${errors.join(' | ')}`);
      await context.close();
    }
  }],

  ['a date read inside the text is "date from the text", not "published"; the article\'s own is "published"', async ({ url, browser, shot }) => {
    for (const [viewport, name, dpr] of [[{ width: 1280, height: 800 }, 'wide', 1], [{ width: 390, height: 844 }, 'phone', 2]]) {
      const { page, context } = await openPage(browser, url, { viewport, deviceScaleFactor: dpr });
      // On a phone the panes are tabs: each is read on its own tab.
      const onTab = async (tab) => { if (name === 'phone') await page.evaluate((t) => window.lede.command('tab ' + t), tab); await frames(page, 4); return state(page); };
      // The sample has its own dateline: "published" on the marker, the bare date in the meta line.
      let s = await onTab('article');
      expect(s.dateline.source === 'article' && /2020/.test(s.articleMeta) && !/from the text/.test(s.articleMeta), `sample meta: ${s.dateline.source} ${s.articleMeta}`);
      s = await onTab('timeline');
      expect(s.timeline.marker === 'published', `sample marker: "${s.timeline.marker}"`);
      await onTab('article');
      const before = await page.evaluate(() => window.lede.analyses);
      await pasteText(page, BODY_DATE);
      await nextAnalysis(page, before);
      s = await onTab('article');
      expect(s.dateline.source === 'body', `cleaning read the date in the text: ${JSON.stringify(s.dateline)}`);
      expect(/^date from the text: /.test(s.articleMeta.split('  ·  ').find((p) => /\d/.test(p)) || ''),
        `the meta line says where the date is from: "${s.articleMeta}"`);
      if (name === 'phone') await shot(page, `views_body_date_${name}_article.png`);
      s = await onTab('timeline');
      expect(s.timeline.marker === 'date from the text', `the timeline marker: "${s.timeline.marker}"`);
      await shot(page, `views_body_date_${name}.png`);
      await context.close();
    }
  }],

  ['PNG exports are bigger than the canvas; the graph is whole in it and the view on screen is kept', async ({ url, browser, shot }) => {
    const shots = process.argv[3] || '.';
    for (const [w, h, dpr] of [[1280, 800, 1], [390, 844, 2], [1920, 1080, 1]]) {
      const { page, context } = await openPage(browser, url, { viewport: { width: w, height: h }, deviceScaleFactor: dpr });
      await page.evaluate(() => window.lede.command('hint off'));
      await frames(page, 3);
      if (w > 900) {                                  // the reader zooms into the graph with the wheel
        const s0 = await state(page);
        const g = s0.rects.graph.map((v) => v / s0.scale);
        await page.mouse.move((g[0] + g[2]) / 2, (g[1] + g[3]) / 2);
        await page.mouse.wheel(0, -300);
        await frames(page, 4);
      }
      const before = await state(page);
      const files = [];
      page.on('download', (d) => files.push(d));
      await page.evaluate(() => { window.lede.command('export graph'); window.lede.command('export timeline-png'); });
      await page.waitForFunction(() => window.lede.downloads.filter((d) => d.mime === 'image/png').length >= 2, null, { timeout: 20000 });
      const pngs = await page.evaluate(() => window.lede.downloads.filter((d) => d.mime === 'image/png'));
      const graph = pngs.find((p) => p.name === 'lede-graph.png'), timeline = pngs.find((p) => p.name === 'lede-timeline.png');
      const cw = w * dpr, ch = h * dpr;
      expect(graph.width * graph.height > 1.5 * cw * ch || (graph.width >= 1200 * dpr && graph.height >= 1000 * dpr),
        `graph picture ${graph.width}x${graph.height} for a ${cw}x${ch} canvas`);
      expect(timeline.width > cw && timeline.width >= 1800 * Math.min(dpr, 2) * 0.9, `timeline picture ${timeline.width}x${timeline.height} for ${cw}x${ch}`);
      await frames(page, 3);
      const after = await state(page);
      expect(Math.abs(after.graph.zoom - before.graph.zoom) < 1e-6, `the reader's zoom is kept: ${before.graph.zoom} -> ${after.graph.zoom}`);
      expect(JSON.stringify(after.rects.article) === JSON.stringify(before.rects.article), 'the page layout is unchanged');
      for (const d of files) await d.saveAs(path.join(shots, `views_export_${w}_${d.suggestedFilename()}`)).catch(() => {});
      expect(fs.existsSync(path.join(shots, `views_export_${w}_lede-graph.png`)), 'the graph picture was saved');
      await shot(page, `views_export_${w}_page.png`);
      await context.close();
    }
  }],
]);
