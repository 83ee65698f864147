// profile_stress_frames.mjs — where a stress frame's main-thread time goes: loads the
// synthetic stress input (bench/page_stress_input.mjs) in headless Chromium, has the graph
// redrawn every frame (as while panning), records V8's sampling profile over 120 frames and
// prints self and inclusive time per function. Function names need a web build linked with
// --profiling-funcs, e.g.
//   emcmake cmake -S . -B build/webprof -G Ninja -DCMAKE_BUILD_TYPE=Release \
//         -DCMAKE_EXE_LINKER_FLAGS=--profiling-funcs && cmake --build build/webprof --target lede_web
//   node tools/profile_stress_frames.mjs build/webprof/web
// A profiling aid, not a benchmark: the figures are bench/page_perf.mjs's.
import { serve, launch, frames } from '../tests/browser/harness.mjs';
import { stressAnalysis } from '../bench/page_stress_input.mjs';
const server = await serve(process.argv[2]);
const browser = await launch();
const context = await browser.newContext({ viewport: { width: 1600, height: 900 }, serviceWorkers: 'block' });
const page = await context.newPage();
await page.goto(server.url);
await page.waitForFunction(() => window.lede && window.lede.firstAnalysedFrameMs, null, { timeout: 60000 });
await page.evaluate(() => window.lede.command('present always'));
await page.evaluate((j) => window.lede.loadAnalysis(j), JSON.stringify(stressAnalysis(500, 2000, 1000)));
await frames(page, 60);
await page.evaluate(() => window.lede.command('scene-cache off'));
await frames(page, 20);
const cdp = await context.newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
await cdp.send('Profiler.start');
await frames(page, 120);
const { profile } = await cdp.send('Profiler.stop');
const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map(); for (const n of profile.nodes) for (const c of n.children || []) parent.set(c, n.id);
const self = new Map(), incl = new Map(); let total = 0;
for (let i = 0; i < profile.samples.length; i++) {
  const dt = (profile.timeDeltas[i + 1] || 0) / 1000; let id = profile.samples[i];
  const n = nodes.get(id); const name = n.callFrame.functionName || '(anon)';
  if (/\((idle|program|garbage collector)\)/.test(name)) continue;
  total += dt; self.set(name, (self.get(name) || 0) + dt);
  const seen = new Set();
  while (id) { const nm = nodes.get(id).callFrame.functionName || '(anon)'; if (!seen.has(nm)) { seen.add(nm); incl.set(nm, (incl.get(nm) || 0) + dt); } id = parent.get(id); }
}
console.log('busy', total.toFixed(0), 'ms over 120 frames');
const clean = (s) => s.replace(/std::__2::/g, '').slice(0, 110);
console.log('-- self'); for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(v.toFixed(1).padStart(7), clean(k));
console.log('-- inclusive'); for (const [k, v] of [...incl].sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log(v.toFixed(1).padStart(7), clean(k));
await browser.close(); server.close();
