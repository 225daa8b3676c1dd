/**
 * Registers the page's service worker (built `sw.js`), which keeps the page's own files so that it loads and
 * reloads with no network, and tells the officer whether that is ready. Not in the development server (no
 * `sw.js` there).
 */

/** Where the page stands on working without a network. */
export type OfflineState = "pending" | "ready" | "unavailable";

/**
 * Registers the service worker and reports its state (`ready` once it controls the page).
 *
 * @example
 * ```ts
 * startOffline((state) => console.log(state));
 * ```
 */
export function startOffline(report: (state: OfflineState) => void): void {
  if (!("serviceWorker" in navigator) || !window.isSecureContext) {
    report("unavailable");
    return;
  }
  const container = navigator.serviceWorker;
  if (container.controller) report("ready");
  else {
    report("pending");
    container.addEventListener("controllerchange", () => report("ready"), { once: true });
  }
  container.register("./sw.js", { scope: "./" }).catch(() => report("unavailable"));
}
