/**
 * The service worker: keeps a copy of the whole build so the app loads and
 * works with the network off. Built by vite-plugin-pwa (injectManifest) into
 * serviceWorker.js; the build writes the list of files into `self.__WB_MANIFEST`.
 *
 * Hand-written rather than Workbox's generated worker for one reason: an
 * update must not break a tab still running the previous build. Workbox
 * deletes the previous build's files when the new worker takes over, and a
 * tab that then opens a lazily loaded view (the article, the stances) asks
 * for a file that no longer exists. Here each build has its own cache and
 * the previous one is kept until the next build replaces it.
 */

import { fnv1a } from '../../core/text/fnv1a';

interface PrecacheEntry {
  url: string;
  /** Null when the file name carries a content hash. */
  revision: string | null;
}

// The DOM library's types, not the WebWorker library's (the two cannot share
// one program): only what this file uses.
interface ExtendableEvent extends Event {
  waitUntil(work: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
  readonly request: Request;
  respondWith(response: Promise<Response>): void;
}
interface WorkerScope {
  registration: { scope: string };
  skipWaiting(): Promise<void>;
  clients: { claim(): Promise<void> };
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
}

const scope = self as unknown as WorkerScope;
const PREFIX = 'quotemark-build-';
// Spelled out: the build looks for `self.__WB_MANIFEST` to write the list in.
const manifest = (self as unknown as { __WB_MANIFEST: PrecacheEntry[] }).__WB_MANIFEST;
const urls = new Map(manifest.map((entry) => [new URL(entry.url, scope.registration.scope).href, entry]));
const root = new URL(scope.registration.scope).pathname;
const indexUrl = new URL('index.html', scope.registration.scope).href;
const cacheName = PREFIX + buildId(manifest);

/** FNV-1a over every file name and revision: a new build, a new cache. */
function buildId(entries: PrecacheEntry[]): string {
  const listing = entries.map(({ url, revision }) => `${url} ${revision ?? ''}\n`).join('');
  return fnv1a(listing).toString(16).padStart(8, '0');
}

/** A hashed file is the same in every build that has it: copy it instead of downloading it again. */
async function fetchEntry(url: string, entry: PrecacheEntry): Promise<Response> {
  if (entry.revision === null) {
    const copy = await caches.match(url, { ignoreVary: true });
    if (copy) return copy;
  }
  // Past the HTTP cache for unhashed files, or an old index.html could be kept.
  const response = await fetch(url, { cache: entry.revision === null ? 'default' : 'no-cache' });
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return response;
}

async function install(): Promise<void> {
  const cache = await caches.open(cacheName);
  try {
    await Promise.all(
      [...urls].map(async ([url, entry]) => {
        if (!(await cache.match(url))) await cache.put(url, await fetchEntry(url, entry));
      }),
    );
  } catch (error) {
    // An incomplete copy must never serve the app: the previous worker stays.
    await caches.delete(cacheName);
    throw error;
  }
  // Take over on the next load rather than once every tab is closed; tabs
  // still open on the previous build keep loading from its cache (activate).
  await scope.skipWaiting();
}

async function activate(): Promise<void> {
  // Cache names come back in creation order: keep this build's and the newest
  // one before it, which the tabs still open on the old build load from.
  const older = (await caches.keys()).filter((name) => name.startsWith(PREFIX) && name !== cacheName);
  await Promise.all(older.slice(0, -1).map((name) => caches.delete(name)));
  await scope.clients.claim();
}

/** This build's copy first, then the previous build's (for a tab still running it), then the network. */
async function respond(request: Request, url: string): Promise<Response> {
  const current = await caches.open(cacheName);
  const cached = (await current.match(url, { ignoreVary: true })) ?? (await caches.match(url, { ignoreVary: true }));
  return cached ?? fetch(request);
}

scope.addEventListener('install', (event) => event.waitUntil(install()));
scope.addEventListener('activate', (event) => event.waitUntil(activate()));
scope.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== location.origin) return;
  // Routes live in the hash, so the one page is the root, whatever its query.
  if (request.mode === 'navigate' && (url.pathname === root || url.pathname === `${root}index.html`)) {
    event.respondWith(respond(request, indexUrl));
    return;
  }
  // Build files, including an earlier build's hashed ones; the rest (the
  // bench pages, say) goes to the network without passing through here.
  const href = url.origin + url.pathname;
  if (urls.has(href) || url.pathname.startsWith(`${root}assets/`)) event.respondWith(respond(request, href));
});
