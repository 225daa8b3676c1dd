/**
 * Builds the officer's page: index.html and its script (the packages bundled from their published `dist`, as a
 * browser user gets them), and the service worker as `sw.js` beside it with the app shell written in.
 */
import { defineConfig } from "vite";
import { offlineShell, SERVICE_WORKER_FILE } from "./offline-shell-plugin.js";

export default defineConfig({
  // Relative URLs: the page works from any folder of a web server.
  base: "./",
  build: {
    target: "es2022",
    // No inline data: URLs (the Content-Security-Policy allows the page's own files only).
    assetsInlineLimit: 0,
    // One script, no preload polyfill (it would fetch, and connect-src is 'none').
    modulePreload: { polyfill: false },
    rolldownOptions: {
      input: { main: "index.html", sw: "src/service-worker.ts" },
      output: {
        entryFileNames: (chunk) => (chunk.name === "sw" ? SERVICE_WORKER_FILE : "assets/[name]-[hash].js"),
      },
    },
  },
  plugins: [offlineShell()],
});
