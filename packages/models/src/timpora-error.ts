import type { Labels } from "./labels.js";

/**
 * Options of a {@link TimporaError}.
 *
 * @example
 * ```ts
 * // how a package makes its own subclass (as ModelsError does)
 * type ExampleCode = "example.invalid";
 * class ExampleError extends TimporaError<ExampleCode> {
 *   constructor(code: ExampleCode, options: TimporaErrorOptions = {}) {
 *     super(code, { id: "Contoh tidak valid", en: "Invalid example" }, options);
 *   }
 * }
 * new ExampleError("example.invalid", { field: "input" }).message; // "Invalid example (input)"
 * ```
 */
export interface TimporaErrorOptions {
  /** Name of the offending argument or field (never its value). */
  field?: string | undefined;
  /** The error that caused this one, if any. */
  cause?: unknown;
}

/**
 * The one error base of the Timpora SDK. Every package throws its own subclass (`ModelsError`,
 * `PermitsError`, `TppoError`, `TestkitError`) with a stable dotted `code` from that package's code table
 * and a fixed message in Indonesian and English taken from its message table. Errors are thrown only for
 * programmer errors (a call that is impossible on its face); bad data gets a result with issues instead.
 * Messages never contain the values given, only the name of the field.
 *
 * @typeParam C - the package's code union
 * @example
 * ```ts
 * try {
 *   addDays("2023-02-29", 1);
 * } catch (e) {
 *   if (e instanceof TimporaError) console.log(e.code, e.field, e.labels.id); // "date.invalid" "date" "…"
 * }
 * ```
 */
export class TimporaError<C extends string = string> extends Error {
  /** Stable, dotted, machine-readable code, e.g. `"date.invalid"`. */
  readonly code: C;
  /** The message in Indonesian and English (fixed text; never a value of the input). */
  readonly labels: Labels;
  /** Name of the offending argument or field, when one applies. */
  readonly field: string | undefined;

  /**
   * @param code - stable code
   * @param labels - fixed message in `id` and `en` (the English text becomes `message`)
   * @param options - the offending field and the cause
   */
  constructor(code: C, labels: Labels, options: TimporaErrorOptions = {}) {
    super(
      options.field === undefined ? labels.en : `${labels.en} (${options.field})`,
      options.cause === undefined ? undefined : { cause: options.cause },
    );
    this.name = "TimporaError";
    this.code = code;
    this.labels = labels;
    this.field = options.field;
  }
}
