import type { Case } from "@timpora/models";
import { defaultHolidayCalendar, defaultPolicyTable, stayStatus } from "@timpora/permits";
import type { FactContext, PopulationIndex } from "../fact-definition.js";
import { defaultThresholds } from "../thresholds.js";
import { defaultZoneOf } from "../zone-of-case.js";

/** Cross-record input of a test context. */
export interface ContextExtras {
  /** Precomputed counts. */
  counts?: Record<string, number>;
  /** A population index. */
  index?: PopulationIndex;
}

function zoneFields(c: Case): { zone: string; zoneKnown: boolean } {
  const { zone, known } = defaultZoneOf(c);
  return { zone, zoneKnown: known };
}

/**
 * Builds the fact context the evaluator would build for a case (stay status from @timpora/permits, default
 * thresholds, bundled policy table and calendar), for testing fact derivations directly.
 */
export function contextFor(c: Case, asOf: string, extras: ContextExtras = {}): FactContext {
  const ctx: FactContext = {
    case: c,
    asOf,
    ...zoneFields(c),
    stay: stayStatus(c, { on: asOf }),
    policy: defaultPolicyTable,
    calendar: defaultHolidayCalendar,
    thresholds: defaultThresholds,
  };
  if (extras.counts !== undefined) ctx.counts = extras.counts;
  if (extras.index !== undefined) ctx.index = extras.index;
  return ctx;
}
