import {
  compareDates,
  type IsoDate,
  MovementSchema,
  type Permit,
  PermitKindSchema,
  PermitSchema,
  parseWith,
  wasParsed,
} from "@timpora/models";
import * as z from "zod";
import { PermitsError } from "./permits-error.js";

/**
 * Zod schema of what `stayStatus` reads from a case: its permits (each a {@link Permit} as `PermitSchema`
 * checks it) and, optionally, its border movements (their `direction` and `date`, as `MovementSchema`
 * checks them). Other keys (a whole `Case`) are allowed and not read.
 *
 * @example
 * ```ts
 * StayCaseSchema.safeParse({ permits: [], movements: [{ direction: "entry", date: "2024-01-01" }] }).success; // true
 * ```
 */
export const StayCaseSchema = z.looseObject({
  permits: z.array(PermitSchema),
  movements: z.array(z.looseObject(MovementSchema.pick({ direction: true, date: true }).shape)).optional(),
});

/**
 * What `stayStatus` reads from a case: a parsed `Case` fits, as does `{ permits, movements }`.
 *
 * @example
 * ```ts
 * const stay: StayCase = {
 *   permits: [{ schemaVersion: 1, id: "pm-1", kind: "itk", basis: "visa-on-arrival", validFrom: "2024-03-01",
 *     validUntil: "2024-03-30", status: "active", purpose: "tourism" }],
 *   movements: [{ direction: "entry", date: "2024-03-01" }],
 * };
 * stayStatus(stay, { on: "2024-04-02" }).overstayDays; // 3
 * ```
 */
export type StayCase = z.input<typeof StayCaseSchema>;

/** A case whose permits and movements have been checked. */
export type CheckedStayCase = z.output<typeof StayCaseSchema>;

const KINDS: readonly unknown[] = PermitKindSchema.options;
const recordOf = (v: unknown): Record<string, unknown> | undefined =>
  typeof v === "object" && v !== null ? (v as Record<string, unknown>) : undefined;

/**
 * The permit to compute with: a permit returned by a parse function of @timpora/models (`wasParsed`) is
 * trusted as it is; anything else is validated with `PermitSchema` (and the validated copy is used).
 *
 * @throws PermitsError `permit.invalid` with the coded parse issues (never the values)
 * @example
 * ```ts
 * checkedPermit({ ...permit, extensions: null }); // throws permit.invalid, issues[0].path ["extensions"]
 * ```
 */
export function checkedPermit(value: unknown, field = "permit"): Permit {
  const record = recordOf(value);
  if (
    record !== undefined &&
    wasParsed(record) &&
    KINDS.includes(record.kind) &&
    Array.isArray(record.extensions)
  ) {
    return record as Permit;
  }
  const parsed = parseWith(PermitSchema, value);
  if (!parsed.ok) throw new PermitsError("permit.invalid", { field, issues: parsed.issues });
  return parsed.value;
}

/**
 * The case to compute with: a case returned by `parseCase` (`wasParsed`) is trusted as it is (the fast path
 * of the evaluator); anything else is validated with {@link StayCaseSchema}.
 *
 * @throws PermitsError `case.invalid` with the coded parse issues (never the values)
 * @example
 * ```ts
 * checkedStayCase({ permits: null }); // throws case.invalid, issues[0].path ["permits"]
 * ```
 */
export function checkedStayCase(value: unknown): CheckedStayCase {
  const record = recordOf(value);
  if (
    record !== undefined &&
    wasParsed(record) &&
    Array.isArray(record.permits) &&
    (record.movements === undefined || Array.isArray(record.movements))
  ) {
    return record as CheckedStayCase;
  }
  const parsed = parseWith(StayCaseSchema, value);
  if (!parsed.ok) throw new PermitsError("case.invalid", { field: "case", issues: parsed.issues });
  return parsed.value;
}

/**
 * Whether an application was filed and paid on or before `lastDay` (so no overstay accrues while it waits).
 *
 * @example
 * ```ts
 * timelyPending({ pendingApplication: { type: "conversion", filedOn: "2024-01-10", paidOn: "2024-01-11" } }, "2024-01-20"); // true
 * ```
 */
export function timelyPending(permit: Pick<Permit, "pendingApplication">, lastDay: IsoDate): boolean {
  const p = permit.pendingApplication;
  return p !== undefined && compareDates(p.filedOn, lastDay) <= 0 && compareDates(p.paidOn, lastDay) <= 0;
}
