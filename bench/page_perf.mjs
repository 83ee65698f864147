// page_perf.mjs — the page's figures, in headless Chromium (SwiftShader WebGL, no GPU):
//   1. page weight: every file the page loads, raw and gzip -9, and the total;
//   2. time to first paint (the "Loading Lede…" line), to the app's first frame and to the
//      first analysed frame after navigation (median of N), on a first visit and on a repeat
//      visit (reload, browser caches warm);
//   3. frame time on the sample and on the synthetic stress input (500 actors, 2,000
//      relations, 1,000 timeline items), and their ratio: main-thread CPU per frame, and
//      the wall interval between animation frames (GPU-process rasterising included);
//      every frame is drawn here ("present always"; the page itself leaves an unchanged
//      frame on screen without drawing it, measured as "idle"); idle frames reuse the
//      graph's last scene, so the stress frame is measured again with the graph redrawn
//      every frame, as while panning. Sample and stress are measured in turns, FRAME_ROUNDS
//      times (default 3), and each ratio is the median of the rounds' ratios.
//
//   node bench/page_perf.mjs <emcmake build>/web [runs=5]
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { serve, launch, frames } from '../tests/browser/harness.mjs';
import { stressAnalysis } from './page_stress_input.mjs';

const webDir = path.resolve(process.argv[2] || 'build/webui/web');
const runs = Number(process.argv[3] || 5);
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };

// 1. Page weight: the files the page fetches (sw.js and the manifest/icon count too).
const loaded = ['index.html', 'style.css', 'lede-glue.js', 'lede-text.js', 'lede.js', 'lede.wasm', 'lede.data',
                'lede-module.js', 'lede-worker.js', 'lede-core.js', 'lede-core.wasm', 'lede-core.data', 'manifest.webmanifest', 'icon.svg', 'sw.js'];
let raw = 0, gz = 0;
console.log('file                      raw bytes   gzip -9');
for (const f of loaded) {
  const p = path.join(webDir, f);
  if (!fs.existsSync(p)) { console.log(`${f.padEnd(24)} missing`); continue; }
  const body = fs.readFileSync(p);
  const g = zlib.gzipSync(body, { level: 9 }).length;
  raw += body.length; gz += g;
  console.log(`${f.padEnd(24)} ${String(body.length).padStart(10)} ${String(g).padStart(9)}`);
}
console.log(`${'total'.padEnd(24)} ${String(raw).padStart(10)} ${String(gz).padStart(9)}  (${(gz / 1048576).toFixed(2)} MB gzip)`);

// 2 and 3 in the browser.
const server = await serve(webDir);
const browser = await launch();
// Each run is a first visit (a fresh browser context: empty HTTP and code caches), then a
// reload in the same context: a repeat visit, with the browser's caches warm (compiled wasm
// and scripts among them; the service worker is blocked here, so files still come from the
// server).
// The app's first frame waits for the first article (up to 2 s, web_main.cpp), so it comes
// with the analysed one; before it the page shows its "Loading Lede…" line: first paint.
const firstPaint = [], firstFrame = [], firstAnalysed = [], againFrame = [], againAnalysed = [];
const timesOf = (page) => page.waitForFunction(() => window.lede && window.lede.firstAnalysedFrameMs && window.lede.firstFrameMs,
                                               null, { timeout: 60000 })
  .then(() => page.evaluate(() => {
    const paint = performance.getEntriesByName('first-contentful-paint')[0];
    return [window.lede.firstFrameMs, window.lede.firstAnalysedFrameMs, paint ? paint.startTime : NaN];
  }));
for (let i = 0; i < runs; i++) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto(server.url);
  const t = await timesOf(page);
  firstFrame.push(t[0]);
  firstAnalysed.push(t[1]);
  firstPaint.push(t[2]);
  await page.reload();
  const again = await timesOf(page);
  againFrame.push(again[0]);
  againAnalysed.push(again[1]);
  await context.close();
}
const list = (xs) => xs.map((x) => x.toFixed(0)).join(', ');
console.log(`time to first paint:          median ${median(firstPaint).toFixed(0)} ms  (${list(firstPaint)})`);
console.log(`time to first frame:          median ${median(firstFrame).toFixed(0)} ms  (${list(firstFrame)})`);
console.log(`time to first analysed frame: median ${median(firstAnalysed).toFixed(0)} ms  (${list(firstAnalysed)})`);
console.log(`  repeat visit (reload):      first frame ${median(againFrame).toFixed(0)} ms (${list(againFrame)}), analysed ${median(againAnalysed).toFixed(0)} ms (${list(againAnalysed)})`);

// Two figures per view: the smoothed main-thread CPU time of one frame (Module._lede_frame_ms:
// building the draw lists and issuing GL), and the median wall interval between animation
// frames, which also holds the GPU process's rasterising (SwiftShader here, on the CPU).
async function frameMs(page) {
  await frames(page, 30);
  const samples = [];
  for (let i = 0; i < 5; i++) {
    await frames(page, 20);
    samples.push(await page.evaluate(() => Module._lede_frame_ms()));
  }
  const interval = await page.evaluate(() => new Promise((resolve) => {
    const stamps = [];
    const tick = (t) => { stamps.push(t); if (stamps.length < 41) requestAnimationFrame(tick); else resolve(stamps); };
    requestAnimationFrame(tick);
  }));
  const gaps = interval.slice(1).map((t, i) => t - interval[i]);
  const state = await page.evaluate(() => window.lede.state());
  return { cpu: median(samples), wall: median(gaps), vertices: state.drawVertices, indices: state.drawIndices };
}
// Frame times swing with the host (up to ~45 % between minutes here), so the sample and the
// stress input are measured in turns on one page, ROUNDS times (env FRAME_ROUNDS, default 3);
// each figure is the median over rounds and each ratio the median of the rounds' ratios.
const context = await browser.newContext({ viewport: { width: 1600, height: 900 }, serviceWorkers: 'block' });
const page = await context.newPage();
await page.goto(server.url);
await page.waitForFunction(() => window.lede && window.lede.analyses >= 1, null, { timeout: 60000 });
await page.mouse.move(2, 890);                     // nothing hovered
// The graph with every actor ("Show all"), not the default's most connected: the worst case.
await page.evaluate(() => window.lede.command('graph-all on'));
const sampleJson = await page.evaluate(() => JSON.stringify(window.lede.lastAnalysis));
const stress = JSON.stringify(stressAnalysis(500, 2000, 1000));
async function show(json) {
  const before = await page.evaluate(() => window.lede.analyses);
  const started = Date.now();
  await page.evaluate((j) => window.lede.loadAnalysis(j), json);
  await page.waitForFunction((n) => window.lede.analyses > n, before, { timeout: 60000 });
  return Date.now() - started;
}
const present = (how) => page.evaluate((h) => window.lede.command('present ' + h), how);
const cache = (on) => page.evaluate((o) => window.lede.command('scene-cache ' + (o ? 'on' : 'off')), on);
const rounds = Number(process.env.FRAME_ROUNDS || 3);
const m = { sampleIdle: [], sample: [], stress: [], stressIdle: [], redraw: [], loadMs: [] };
for (let r = 0; r < rounds; r++) {
  if (r > 0) await show(sampleJson);
  await present('changed');
  m.sampleIdle.push(await frameMs(page));
  await present('always');
  m.sample.push(await frameMs(page));
  m.loadMs.push(await show(stress));
  m.stress.push(await frameMs(page));
  await present('changed');
  m.stressIdle.push(await frameMs(page));
  // The graph redrawn every frame: what a frame costs while panning, dragging or settling.
  await present('always');
  await cache(false);
  m.redraw.push(await frameMs(page));
  await cache(true);
}
const med = (xs, f) => median(xs.map(f));
const ratio = (a, b, f = (x) => x.cpu) => median(a.map((x, i) => f(x) / f(b[i])));
const info = await page.evaluate(() => window.lede.lastInfo);
console.log(`stress input loaded in ${median(m.loadMs)} ms: ${info.actors} actors, ${info.relations} relations, ${info.times} times`);
console.log(`frame time (main-thread CPU, 1600x900, median of ${rounds} rounds): sample ${med(m.sample, (x) => x.cpu).toFixed(2)} ms, ` +
            `stress ${med(m.stress, (x) => x.cpu).toFixed(2)} ms, ratio ${ratio(m.stress, m.sample).toFixed(2)}x`);
console.log(`  idle, unchanged frames not drawn:   sample ${med(m.sampleIdle, (x) => x.cpu).toFixed(2)} ms, ` +
            `stress ${med(m.stressIdle, (x) => x.cpu).toFixed(2)} ms, ratio ${ratio(m.stressIdle, m.sampleIdle).toFixed(2)}x`);
console.log(`  graph redrawn every frame:          stress ${med(m.redraw, (x) => x.cpu).toFixed(2)} ms, ratio ${ratio(m.redraw, m.sample).toFixed(2)}x, ` +
            `vertices ${m.redraw[0].vertices}`);
console.log(`  per round (sample / stress / redrawn, ms): ` +
            m.sample.map((x, i) => `${x.cpu.toFixed(2)}/${m.stress[i].cpu.toFixed(2)}/${m.redraw[i].cpu.toFixed(2)}`).join('  '));
console.log(`vertices / indices drawn:            sample ${m.sample[0].vertices} / ${m.sample[0].indices}, stress ${m.stress[0].vertices} / ${m.stress[0].indices}`);
console.log(`frame interval (wall, rAF):          sample ${med(m.sample, (x) => x.wall).toFixed(2)} ms, stress ${med(m.stress, (x) => x.wall).toFixed(2)} ms, ` +
            `ratio ${ratio(m.stress, m.sample, (x) => x.wall).toFixed(2)}x`);
await browser.close();
await server.close();
