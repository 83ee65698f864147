// sw.js — the service worker that makes Lede work offline after the first visit.
// Network first for the app's own files (so a new deploy is picked up at once when
// online), the cached copy when the network is gone. Nothing else is fetched: the page
// itself never talks to a server after it has loaded.
const CACHE = 'lede-v4';
const FILES = ['./', 'index.html', 'style.css', 'lede-glue.js', 'lede-text.js', 'lede.js', 'lede.wasm', 'lede.data',
               'lede-module.js', 'lede-worker.js', 'lede-core.js', 'lede-core.wasm', 'lede-core.data',
               'manifest.webmanifest', 'icon.svg'];

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((c) => c.addAll(FILES)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys()
    .then((keys) => Promise.all(keys.filter((k) => k !== CACHE).map((k) => caches.delete(k))))
    .then(() => self.clients.claim()));
});

self.addEventListener('fetch', (event) => {
  const req = event.request;
  if (req.method !== 'GET' || new URL(req.url).origin !== self.location.origin) return;
  event.respondWith(fetch(req).then((res) => {
    if (res.ok) { const copy = res.clone(); caches.open(CACHE).then((c) => c.put(req, copy)); }
    return res;
  }).catch(() => caches.match(req, { ignoreSearch: true }).then((hit) => hit || caches.match('index.html'))));
});
