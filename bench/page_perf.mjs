// page_perf.mjs — the page's figures, in headless Chromium (SwiftShader WebGL, no GPU):
//   1. page weight: every file the page loads, raw and gzip -9, and the total;
//   2. time to first paint (the "Loading Lede…" line), to the app's first frame and to the
//      first analysed frame after navigation (median of N), on a first visit and on a repeat
//      visit (reload, browser caches warm);
//   3. frame time on the sample and on the synthetic stress input (500 actors, 2,000
//      relations, 1,000 timeline items), and their ratio: main-thread CPU per frame, and
//      the wall interval between animation frames (GPU-process rasterising included);
//      every frame is drawn here ("present always"; the page itself leaves an unchanged
//      frame on screen without drawing it, measured last as "idle"); idle frames reuse the
//      graph's last scene, so the stress frame is measured again with the graph redrawn
//      every frame, as while panning.
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
const loaded = ['index.html', 'style.css', 'lede-glue.js', 'lede.js', 'lede.wasm', 'lede.data',
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
const context = await browser.newContext({ viewport: { width: 1600, height: 900 }, serviceWorkers: 'block' });
const page = await context.newPage();
await page.goto(server.url);
await page.waitForFunction(() => window.lede && window.lede.analyses >= 1, null, { timeout: 60000 });
await page.mouse.move(2, 890);                     // nothing hovered
const sampleIdle = await frameMs(page);
await page.evaluate(() => window.lede.command('present always'));
const sampleMs = await frameMs(page);
const stress = JSON.stringify(stressAnalysis(500, 2000, 1000));
const before = await page.evaluate(() => window.lede.analyses);
const loadStart = Date.now();
await page.evaluate((j) => window.lede.loadAnalysis(j), stress);
await page.waitForFunction((n) => window.lede.analyses > n, before, { timeout: 60000 });
const info = await page.evaluate(() => window.lede.lastInfo);
console.log(`stress input loaded in ${Date.now() - loadStart} ms: ${info.actors} actors, ${info.relations} relations, ${info.times} times`);
const stressMs = await frameMs(page);
await page.evaluate(() => window.lede.command('present changed'));
const stressIdle = await frameMs(page);
await page.evaluate(() => window.lede.command('present always'));
console.log(`frame time (main-thread CPU, 1600x900): sample ${sampleMs.cpu.toFixed(2)} ms, stress ${stressMs.cpu.toFixed(2)} ms, ratio ${(stressMs.cpu / sampleMs.cpu).toFixed(2)}x`);
console.log(`  idle, unchanged frames not drawn:   sample ${sampleIdle.cpu.toFixed(2)} ms, stress ${stressIdle.cpu.toFixed(2)} ms, ratio ${(stressIdle.cpu / sampleIdle.cpu).toFixed(2)}x`);
// The same with the graph redrawn every frame (what a frame costs while panning or dragging).
await page.evaluate(() => window.lede.command('scene-cache off'));
const redrawMs = await frameMs(page);
console.log(`  graph redrawn every frame:          stress ${redrawMs.cpu.toFixed(2)} ms, ratio ${(redrawMs.cpu / sampleMs.cpu).toFixed(2)}x, vertices ${redrawMs.vertices}`);
console.log(`vertices / indices drawn:            sample ${sampleMs.vertices} / ${sampleMs.indices}, stress ${stressMs.vertices} / ${stressMs.indices}`);
console.log(`frame interval (wall, rAF):          sample ${sampleMs.wall.toFixed(2)} ms, stress ${stressMs.wall.toFixed(2)} ms, ratio ${(stressMs.wall / sampleMs.wall).toFixed(2)}x`);
await browser.close();
await server.close();
