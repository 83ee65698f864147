// harness.mjs — shared by the browser tests (tests/browser/*.test.mjs): serves the built
// web folder on 127.0.0.1 (a free port), launches the Debian Chromium through
// playwright-core with SwiftShader WebGL, runs named checks, saves screenshots, prints
// "N passed, M failed" last and exits non-zero on any failure.
//
// Usage from a test: node tests/browser/X.test.mjs <web_dir> <screenshot_dir>
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';

const MIME = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript',
  '.wasm': 'application/wasm', '.data': 'application/octet-stream', '.css': 'text/css; charset=utf-8',
  '.json': 'application/json', '.webmanifest': 'application/manifest+json', '.svg': 'image/svg+xml', '.png': 'image/png',
};

export function serve(root) {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    let file = path.normalize(path.join(root, decodeURIComponent(url.pathname)));
    if (!file.startsWith(path.normalize(root))) { res.writeHead(403); res.end(); return; }
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
    fs.readFile(file, (err, body) => {
      if (err) { res.writeHead(404); res.end('not found'); return; }
      res.writeHead(200, { 'Content-Type': MIME[path.extname(file)] || 'application/octet-stream', 'Cache-Control': 'no-store' });
      res.end(body);
    });
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => {
    resolve({ url: `http://127.0.0.1:${server.address().port}/`, close: () => new Promise((r) => server.close(r)) });
  }));
}

export async function launch() {
  return chromium.launch({
    executablePath: process.env.LEDE_CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--use-gl=angle', '--use-angle=swiftshader', '--enable-unsafe-swiftshader',
           '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run',
           '--disable-quic',
           // Without this, each new context's window has Chrome load its omnibox popup WebUI
           // (chrome://omnibox-popup.top-chrome) in a renderer of its own, which kept one of
           // this machine's two cores busy for ~1 s during every page load measured: Chrome's
           // own UI, not the page (a trace of a first visit showed it beside the page's threads).
           '--disable-features=WebUIOmniboxPopup,WebUIOmniboxAimPopup,PreloadTopChromeWebUI'],
  });
}

// Opens the page and waits for the first analysis; returns {page, context}.
export async function openPage(browser, url, options = {}) {
  const context = await browser.newContext({
    viewport: options.viewport || { width: 1280, height: 800 },
    deviceScaleFactor: options.deviceScaleFactor || 1,
    hasTouch: !!options.hasTouch,
    serviceWorkers: 'block',
    permissions: ['clipboard-read', 'clipboard-write'],
  });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.goto(url);
  if (options.waitAnalysis !== false)
    await page.waitForFunction(() => window.lede && window.lede.analyses >= 1, null, { timeout: 60000 });
  return { page, context, errors };
}

// Waits until window.lede.analyses exceeds `count`; returns lastInfo.
export async function nextAnalysis(page, count) {
  await page.waitForFunction((n) => window.lede.analyses > n, count, { timeout: 30000 });
  return page.evaluate(() => window.lede.lastInfo);
}

// Waits for a few drawn frames (the canvas shows what the state says).
// A real paste of `text` into the page: the system clipboard and Ctrl+V when the clipboard can
// be written, else a synthetic paste event with the same data.
export async function pasteText(page, text) {
  const written = await page.evaluate((t) => navigator.clipboard.writeText(t).then(() => true, () => false), text);
  await page.locator('#canvas').click({ position: { x: 5, y: 300 } });
  if (written) await page.keyboard.press('Control+V');
  else await page.evaluate((t) => {
    const data = new DataTransfer();
    data.setData('text/plain', t);
    document.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, text);
}

export async function frames(page, n = 3) {
  await page.evaluate((k) => new Promise((resolve) => {
    let left = k;
    const tick = () => (--left <= 0 ? resolve() : requestAnimationFrame(tick));
    requestAnimationFrame(tick);
  }), n);
}

export function sampleText() {
  const here = path.dirname(new URL(import.meta.url).pathname);
  return fs.readFileSync(path.join(here, '..', '..', 'assets', 'samples', 'rt-2020-09-25-putin-guarantees.txt'), 'utf8');
}

export const SAMPLE_TITLE_START = 'Putin offers US exchange of';

export async function run(name, checks) {
  const [webDir, shotDir] = process.argv.slice(2);
  if (!webDir || !fs.existsSync(path.join(webDir, 'index.html'))) {
    console.error(`usage: node ${name}.test.mjs <web_dir> <screenshot_dir>  (no index.html in ${webDir})`);
    process.exit(2);
  }
  const shots = shotDir || path.join(webDir, '..', 'screenshots');
  fs.mkdirSync(shots, { recursive: true });
  const server = await serve(path.resolve(webDir));
  const browser = await launch();
  let passed = 0, failed = 0;
  const env = { url: server.url, browser, shot: (page, file) => page.screenshot({ path: path.join(shots, file) }) };
  for (const [title, fn] of checks) {
    const t0 = Date.now();
    try {
      await fn(env);
      passed++;
      console.log(`ok   ${title} (${Date.now() - t0} ms)`);
    } catch (e) {
      failed++;
      console.log(`FAIL ${title}: ${e && e.stack ? e.stack : e}`);
    }
  }
  await browser.close();
  await server.close();
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}

export function expect(cond, message) {
  if (!cond) throw new Error(message);
}
