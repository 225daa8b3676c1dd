/**
 * A permit checker as a counter officer's tool would run it: a permit record (as a form or another system sends
 * it) is parsed, then asked what holds on a day under the law of that day: the status and last lawful day, the
 * overstay and its charge (or the deportation rule above 60 days), and whether it can be extended or converted.
 */
import { type Locale, type ParseIssue, parsePermit } from "@timpora/models";
import { extensionOptions, overstayCharge, permitStatus } from "@timpora/permits";

/** The answer of the checker for one permit on one day. */
export type PermitCheck =
  | {
      ok: true;
      status: string;
      lastDay: string | null;
      overstayDays: number;
      charge: string;
      extension: string;
      lines: string[];
    }
  | { ok: false; issues: ParseIssue[] };

/** Checks a permit record on a day; the lines are in `locale`. */
export function checkPermit(record: unknown, on: string, locale: Locale = "id"): PermitCheck {
  const parsed = parsePermit(record);
  if (!parsed.ok) return { ok: false, issues: parsed.issues };
  const status = permitStatus(parsed.value, { on });
  const charge = overstayCharge(parsed.value, { on });
  const extension = extensionOptions(parsed.value, { on });
  const rupiah = (n: number) => `Rp${n.toLocaleString("id-ID")}`;
  return {
    ok: true,
    status: status.status,
    lastDay: status.lastDay,
    overstayDays: status.overstayDays,
    charge: charge.status === "charge" && charge.amount !== undefined ? rupiah(charge.amount) : charge.status,
    extension: extension.extension,
    lines: [
      ...status.reasons.map((r) => r.message[locale]),
      ...charge.reasons.map((r) => r.message[locale]),
      extension.reason.message[locale],
      ...status.citations.map((c) => `${c.instrument}${c.article ? ` ${c.article}` : ""}`),
    ],
  };
}
