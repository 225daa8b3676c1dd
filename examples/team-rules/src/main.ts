/**
 * A team's own rule set and its tests, run as a team would in CI: validate the rules (each error at its line and
 * column), then run the YAML tests with full rule coverage required. The same as
 * `timpora rules validate rules/bali-team.yaml && timpora rules test rules/bali-team.test.yaml --min-coverage 100`,
 * called through `runCli` of @timpora/cli. Usage: `pnpm --filter @timpora/example-team-rules start`.
 */
import { fileURLToPath } from "node:url";
import { exitCodes, processIo, runCli } from "@timpora/cli";

const io = { ...processIo(), cwd: fileURLToPath(new URL("..", import.meta.url)) };
const validated = await runCli(["rules", "validate", "rules/bali-team.yaml"], io);
const tested = await runCli(["rules", "test", "rules/bali-team.test.yaml", "--min-coverage", "100"], io);
process.exitCode = validated === exitCodes.done && tested === exitCodes.done ? 0 : 1;
