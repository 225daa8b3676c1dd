/**
 * Codes carried by {@link TimporaUsageError}: each names a call that is impossible on its face.
 */
export type UsageErrorCode =
  | "zone.required"
  | "zone.invalid"
  | "date.invalid"
  | "datetime.invalid"
  | "date.order"
  | "days.invalid"
  | "months.invalid"
  | "permit.kind-unknown"
  | "permit.basis-unknown"
  | "permit.status-from-required"
  | "nationality.invalid"
  | "option.unknown"
  | "option.invalid";

/**
 * Thrown for programmer errors (an instant without a zone, a date that does not exist, an end before a
 * start, an unknown option). Questions the law cannot answer never throw: they return `unknown`.
 * Messages never echo personal data, only the name of the offending field.
 *
 * @example
 * ```ts
 * try { toCalendarDate("2023-02-29"); } catch (e) { if (e instanceof TimporaUsageError) e.code; } // "date.invalid"
 * ```
 */
export class TimporaUsageError extends Error {
  /** Stable machine-readable code, e.g. `"zone.required"`. */
  readonly code: UsageErrorCode;
  /** Name of the offending argument or field, when one applies (never its value). */
  readonly field: string | undefined;

  /**
   * @param code - stable error code
   * @param message - English explanation without personal data
   * @param field - name of the offending argument or field
   */
  constructor(code: UsageErrorCode, message: string, field?: string) {
    super(message);
    this.name = "TimporaUsageError";
    this.code = code;
    this.field = field;
  }
}
