/** Stable codes of the programmer errors that the testkit throws. */
export type TestkitErrorCode =
  | "random.bad-range"
  | "random.empty"
  | "date.invalid"
  | "options.invalid"
  | "pattern.unknown"
  | "pattern.needs-group";

/**
 * Thrown for programmer errors only (a bad option, an unknown pattern id). Messages never
 * contain generated personal data.
 *
 * @example
 * ```ts
 * try { generateCase({ seed: 1, asOf: "2025-02-30" }); }
 * catch (e) { if (e instanceof TestkitError) console.log(e.code); } // "date.invalid"
 * ```
 */
export class TestkitError extends Error {
  /** Stable machine-readable code. */
  readonly code: TestkitErrorCode;

  /** @param code stable code; @param message English description without personal data. */
  constructor(code: TestkitErrorCode, message: string) {
    super(message);
    this.name = "TestkitError";
    this.code = code;
  }
}
