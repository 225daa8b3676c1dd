/**
 * A small Vite plugin, written here rather than added as a dependency: it writes the app shell (every file the
 * build emitted, and the version of that set) into the service worker (`sw.js`), replacing its
 * `"__OFFLINE_SHELL__"` string, so the worker caches exactly what was built. The version is a hash of the files'
 * contents, so any change gives a new cache name and the old cache is deleted when the new worker activates.
 */
import type { Plugin } from "vite";

/** The file name the service worker is built to (see vite.config.ts). */
export const SERVICE_WORKER_FILE = "sw.js";

const MARKER = /(["'`])__OFFLINE_SHELL__\1/g;

/** FNV-1a (32 bit) over a string, as 8 hex digits: enough to tell two builds apart. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, "0");
}

/**
 * The plugin. The build fails when the service worker is missing or does not carry the marker exactly once.
 *
 * @example
 * ```ts
 * export default defineConfig({ plugins: [offlineShell()] });
 * ```
 */
export function offlineShell(): Plugin {
  return {
    name: "timpora-offline-shell",
    apply: "build",
    enforce: "post",
    generateBundle(_options, bundle) {
      const worker = bundle[SERVICE_WORKER_FILE];
      if (worker === undefined || worker.type !== "chunk")
        this.error(`no ${SERVICE_WORKER_FILE} in the build`);
      if (bundle["index.html"] === undefined) this.error("no index.html in the build");
      const files = Object.keys(bundle)
        .filter((name) => name !== SERVICE_WORKER_FILE && !name.endsWith(".map"))
        .sort();
      const contents = files.map((name) => {
        const out = bundle[name]!;
        const body = out.type === "chunk" ? out.code : out.source;
        return `${name}\n${typeof body === "string" ? body : new TextDecoder().decode(body)}`;
      });
      const shell = { version: fnv1a(contents.join("\n")), files: ["./", ...files] };
      const found = worker.code.match(MARKER)?.length ?? 0;
      if (found !== 1)
        this.error(`${SERVICE_WORKER_FILE} must carry "__OFFLINE_SHELL__" once (found ${found})`);
      worker.code = worker.code.replace(MARKER, JSON.stringify(JSON.stringify(shell)));
    },
  };
}
