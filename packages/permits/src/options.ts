import { TimporaUsageError } from "./errors.js";

/**
 * Throws `option.unknown` when an options object carries a key the function does not know (a typo would
 * otherwise be silently ignored and give a wrong answer).
 *
 * @example
 * ```ts
 * assertKnownOptions({ on: "2024-01-01" }, ["on", "zone"]); // ok
 * ```
 */
export function assertKnownOptions(options: object | undefined, allowed: readonly string[]): void {
  if (options === undefined) return;
  for (const key of Object.keys(options)) {
    if (!allowed.includes(key)) {
      throw new TimporaUsageError("option.unknown", `unknown option "${key}"`, key);
    }
  }
}
