// The service worker: keeps the app usable with no network. Every file of this build
// is cached when the worker installs; later requests are answered from the cache
// first, and files fetched on demand (such as fonts for another script) are added to
// it, and fetched again by the next version as it installs. A new build has a new
// VERSION, so it installs beside the old one and takes over only when the page lets it
// (at the next start, or when the person accepts).
'use strict';
const VERSION = '__BUILD_VERSION__';
const PRECACHE = __PRECACHE__;
const CACHE = `homeworks-${VERSION}`;

self.addEventListener('install', event => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    await cache.addAll(PRECACHE);  // revalidated through the HTTP cache: no second download
    // What an earlier version fetched on demand (the messages, fonts and word list of
    // the person's language, lessons) is fetched again in this version's copy, so that
    // the new version has it too when it starts with no network.
    const before = new Set();
    for (const key of await caches.keys()) {
      if (!key.startsWith('homeworks-') || key === CACHE) continue;
      for (const request of await (await caches.open(key)).keys()) before.add(request.url);
    }
    for (const file of PRECACHE) before.delete(new URL(file, self.registration.scope).href);
    // A file this version no longer has is left out.
    await Promise.all([...before].map(url => cache.add(url).catch(() => {})));
  })());
});

self.addEventListener('activate', event => {
  event.waitUntil((async () => {
    for (const key of await caches.keys()) {
      if (key.startsWith('homeworks-') && key !== CACHE) await caches.delete(key);
    }
    await self.clients.claim();
  })());
});

self.addEventListener('message', event => {
  if (event.data === 'skip-waiting') self.skipWaiting();
});

self.addEventListener('fetch', event => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith((async () => {
    const cache = await caches.open(CACHE);
    // Opening the app (with any ?lang= or #pack=) is the page itself; another file
    // opened in a tab (the licences) is that file.
    const path = new URL(request.url).pathname;
    const scope = new URL(self.registration.scope).pathname;
    const isApp = request.mode === 'navigate' && (path === scope || path === scope + 'index.html');
    const hit = isApp ? await cache.match('./') : await cache.match(request, { ignoreSearch: true });
    if (hit) return hit;
    const response = await fetch(request);
    // A full phone refuses the copy (QuotaExceededError): the file is still handed over,
    // only not kept for offline use.
    if (response.ok) await cache.put(request, response.clone()).catch(err => console.warn('Not cached:', request.url, err));
    return response;
  })());
});
