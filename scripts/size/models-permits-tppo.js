// Entry for the size check (.size-limit.json): every export of the three browser-facing packages,
// bundled together as a web app that uses all of them would be. (size-limit's `import` option cannot
// take `*` from several files at once.)
import * as models from "../../packages/models/dist/index.js";
import * as permits from "../../packages/permits/dist/index.js";
import * as tppo from "../../packages/tppo/dist/index.js";

console.log(models, permits, tppo);
