import {
  type Case,
  type Permit,
  PermitBasisSchema,
  PermitKindSchema,
  PermitPurposeSchema,
} from "@timpora/models";
import * as z from "zod";
import type { FactContext, FactDefinition } from "../fact-definition.js";

/** zod type of the `stay` fact's value. */
const StayFactsSchema = z.strictObject({
  /** Status on the evaluation date. */
  status: z.enum(["lawful", "overstay", "departed", "not-yet-arrived", "unknown"]),
  /** The status could be decided (not "unknown"). */
  statusKnown: z.boolean(),
  /** Lawfully present on the evaluation date (false when unknown). */
  lawful: z.boolean(),
  /** Overstaying on the evaluation date. */
  overstaying: z.boolean(),
  /** Days of overstay (0 when none). */
  overstayDays: z.number().int().min(0),
});

/** Value of the `stay` fact: the answer of `stayStatus` from @timpora/permits, shared with every tool. */
export type StayFacts = z.infer<typeof StayFactsSchema>;

/** Derives the `stay` fact from the context's stay status. */
export function deriveStay(ctx: FactContext): StayFacts {
  const { status, overstayDays } = ctx.stay;
  return {
    status,
    statusKnown: status !== "unknown",
    lawful: ctx.stay.lawfullyPresent === true,
    overstaying: status === "overstay",
    overstayDays: Math.max(0, overstayDays),
  };
}

/** `stay`: lawful presence and overstay on the evaluation date (from `stayStatus`). */
export const stayFact: FactDefinition<StayFacts> = {
  id: "stay",
  type: StayFactsSchema,
  label: { id: "Status izin tinggal", en: "Stay status" },
  description: {
    id: "Keberadaan sah dan lama melebihi izin tinggal pada tanggal evaluasi, dari @timpora/permits.",
    en: "Lawful presence and days of overstay on the evaluation date, from @timpora/permits.",
  },
  personal: false,
  protected: false,
  derive: deriveStay,
};

const kinds = [...PermitKindSchema.options, "none"] as const;
const bases = [...PermitBasisSchema.options, "none"] as const;
const purposes = [...PermitPurposeSchema.options, "none"] as const;

/** zod type of the `permit` fact's value. */
const PermitFactsSchema = z.strictObject({
  /** A permit is recorded. */
  known: z.boolean(),
  /** Kind, or "none". */
  kind: z.enum(kinds),
  /** Basis, or "none". */
  basis: z.enum(bases),
  /** Purpose, or "none". */
  purpose: z.enum(purposes),
  /** A visit stay permit (ITK) other than a crew permit: visa-free, visa on arrival or visit visa. */
  isVisitType: z.boolean(),
  /** A limited stay permit (ITAS). */
  isLimitedStay: z.boolean(),
  /** Granted for work or religious work. */
  isWorkPurpose: z.boolean(),
  /** Granted for investment. */
  isInvestor: z.boolean(),
  /** Granted for retirement. */
  isRetirement: z.boolean(),
  /** The permit names an employer. */
  namesEmployer: z.boolean(),
  /** The permit names a sponsor. */
  namesSponsor: z.boolean(),
});

/** Value of the `permit` fact: the permit in force (or the latest one), with absence explicit. */
export type PermitFacts = z.infer<typeof PermitFactsSchema>;

/**
 * The permit in force: the one named `inForceId` (from the stay status), else the latest active one that has
 * started by `asOf`, else the latest that has started, else the latest on file.
 */
export function permitInForce(c: Case, asOf: string, inForceId?: string): Permit | undefined {
  const named = inForceId === undefined ? undefined : c.permits.find((p) => p.id === inForceId);
  if (named !== undefined) return named;
  const latest = (list: Permit[]): Permit | undefined =>
    list.reduce<Permit | undefined>(
      (a, p) => (a === undefined || p.validFrom > a.validFrom ? p : a),
      undefined,
    );
  const started = c.permits.filter((p) => p.validFrom <= asOf);
  return latest(started.filter((p) => p.status === "active")) ?? latest(started) ?? latest(c.permits);
}

/** The permit in force for a fact context (the stay status decides when it names one). */
export function currentPermit(ctx: FactContext): Permit | undefined {
  return permitInForce(ctx.case, ctx.asOf, ctx.stay.permitInForce?.id);
}

/** True when a permit is a visit stay permit (ITK) other than a crew permit. */
export function isVisitPermit(p: Permit | undefined): boolean {
  return p !== undefined && p.kind === "itk" && p.basis !== "crew";
}

const noPermit: PermitFacts = {
  known: false,
  kind: "none",
  basis: "none",
  purpose: "none",
  isVisitType: false,
  isLimitedStay: false,
  isWorkPurpose: false,
  isInvestor: false,
  isRetirement: false,
  namesEmployer: false,
  namesSponsor: false,
};

/** Derives the `permit` fact. */
export function derivePermit(ctx: FactContext): PermitFacts {
  const p = currentPermit(ctx);
  if (p === undefined) return noPermit;
  return {
    known: true,
    kind: p.kind,
    basis: p.basis,
    purpose: p.purpose,
    isVisitType: isVisitPermit(p),
    isLimitedStay: p.kind === "itas",
    isWorkPurpose: p.purpose === "work" || p.purpose === "religious-work",
    isInvestor: p.purpose === "investment",
    isRetirement: p.purpose === "retirement",
    namesEmployer: p.employerId !== undefined,
    namesSponsor: p.sponsorId !== undefined,
  };
}

/** `permit`: kind, basis and purpose of the permit in force, and what it names. */
export const permitFact: FactDefinition<PermitFacts> = {
  id: "permit",
  type: PermitFactsSchema,
  label: { id: "Izin tinggal", en: "Stay permit" },
  personal: false,
  protected: false,
  derive: derivePermit,
};

/** Every sponsor id linked to the person: on the person and on each permit. */
export function sponsorIdsOf(c: Case): string[] {
  const ids = new Set<string>();
  if (c.person.sponsorId !== undefined) ids.add(c.person.sponsorId);
  for (const p of c.permits) if (p.sponsorId !== undefined) ids.add(p.sponsorId);
  return [...ids];
}

/** Every employer id linked to the person: on the person and on each permit. */
export function employerIdsOf(c: Case): string[] {
  const ids = new Set<string>();
  if (c.person.employerId !== undefined) ids.add(c.person.employerId);
  for (const p of c.permits) if (p.employerId !== undefined) ids.add(p.employerId);
  return [...ids];
}
