/**
 * The page's service worker (built to `sw.js`, beside index.html). On install it caches the built app shell,
 * the list of files the build wrote into this file (offline-shell-plugin.ts), under a cache named for their
 * version; on activate it deletes the page's older caches; on fetch it answers from that cache first, so the page
 * loads and reloads with no network. It caches the page's own files only: nothing typed or opened in the page
 * passes through it, and it makes no request to any other origin.
 *
 * A classic worker script: no imports, no exports. The DOM library has no service-worker types, so the few used
 * here are declared below.
 */

interface ShellEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}

interface ShellFetchEvent extends ShellEvent {
  readonly request: Request;
  respondWith(response: Promise<Response>): void;
}

interface ShellScope {
  readonly location: Location;
  skipWaiting(): Promise<void>;
  readonly clients: { claim(): Promise<void> };
  addEventListener(type: "install" | "activate", listener: (event: ShellEvent) => void): void;
  addEventListener(type: "fetch", listener: (event: ShellFetchEvent) => void): void;
}

/** The app shell: its version (a hash of the built files) and the files, relative to this script. */
interface OfflineShell {
  version: string;
  files: string[];
}

// The build replaces the string below with the shell's JSON (offline-shell-plugin.ts); it fails if it cannot.
const shell = JSON.parse("__OFFLINE_SHELL__") as OfflineShell;
const scope = self as unknown as ShellScope;
const PREFIX = "timpora-officer-page-";
const CACHE = `${PREFIX}${shell.version}`;
const urls = shell.files.map((file) => new URL(file, scope.location.href).href);
const start = urls[0] ?? scope.location.href;

scope.addEventListener("install", (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(urls.map((url) => new Request(url, { cache: "reload" }))))
      .then(() => scope.skipWaiting()),
  );
});

scope.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(keys.filter((k) => k.startsWith(PREFIX) && k !== CACHE).map((k) => caches.delete(k))),
      )
      .then(() => scope.clients.claim()),
  );
});

async function cacheFirst(request: Request): Promise<Response> {
  const cache = await caches.open(CACHE);
  const hit =
    (await cache.match(request, { ignoreSearch: true })) ??
    (request.mode === "navigate" ? await cache.match(start) : undefined);
  return hit ?? fetch(request);
}

scope.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || new URL(request.url).origin !== scope.location.origin) return;
  event.respondWith(cacheFirst(request));
});
