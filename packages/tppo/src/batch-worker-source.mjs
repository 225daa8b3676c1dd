// Development only: when @timpora/tppo runs from its TypeScript sources (its tests), the pool starts this module,
// which lets tsx load the TypeScript worker. The published package starts dist/batch-worker.js instead.
import { register } from "tsx/esm/api";

register();
const worker = await import("./batch-worker.ts");

export default worker.default;
