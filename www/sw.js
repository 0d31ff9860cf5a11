// The service worker that keeps the page working offline: on install it stores every
// file of the site (files.json, written by scripts/build-site.mjs); then each request
// of the site goes to the network first, refreshing the stored copy, and is answered
// from the stored copy when the network fails. It sees the page's own files only:
// the text being summarized never leaves the page, so it never comes here.
const CACHE = 'precis-site';

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const files = await (await fetch('files.json', { cache: 'no-cache' })).json();
    await (await caches.open(CACHE)).addAll(files);
    await self.skipWaiting();
  })());
});

self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith((async () => {
    try {
      const response = await fetch(request);
      if (response.ok) {
        const copy = response.clone();
        event.waitUntil(caches.open(CACHE).then((cache) => cache.put(request, copy)));
      }
      return response;
    } catch (error) {
      const stored = await caches.match(request, { ignoreSearch: true });
      if (stored) return stored;
      throw error;
    }
  })());
});
