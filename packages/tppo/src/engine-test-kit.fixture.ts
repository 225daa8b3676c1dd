// Test-only helpers for the engine tests (not exported from the package): a small fact catalogue whose
// values the tests set per case id, minimal synthetic cases, and a rule builder.
import * as z from "zod";
import { type AnyFactDefinition, crossRecordCount, type FactDefinition } from "./fact-definition.js";
import type { IndicatorRule, RuleSet, TopLevelCondition } from "./rule-set.js";

/** Values of the probe fact, set per case id by a test. */
export interface Probe {
  a: boolean;
  b: boolean;
  n: number;
  s: "x" | "y" | "z";
  d: string;
  tags: string[];
  nested: { k?: number | undefined };
}

export const ProbeSchema = z.object({
  a: z.boolean(),
  b: z.boolean(),
  n: z.number(),
  s: z.enum(["x", "y", "z"]),
  d: z.iso.date(),
  tags: z.array(z.string()),
  nested: z.object({ k: z.number().optional() }),
});

export const defaultProbe: Probe = {
  a: false,
  b: false,
  n: 0,
  s: "x",
  d: "2020-01-01",
  tags: [],
  nested: {},
};

const probes = new Map<string, Partial<Probe>>();
/** Sets the probe values of a case id (merged over {@link defaultProbe}). */
export function setProbe(caseId: string, values: Partial<Probe>): void {
  probes.set(caseId, values);
}

const label = (en: string) => ({ id: en, en });

export const probeFact: FactDefinition<Probe> = {
  id: "probe",
  type: ProbeSchema,
  label: label("probe"),
  personal: false,
  protected: false,
  derive: (ctx) => ({ ...defaultProbe, ...probes.get(ctx.case.id) }),
};

export const testFacts: AnyFactDefinition[] = [
  probeFact,
  {
    id: "contact",
    type: z.object({ phone: z.string() }),
    label: label("contact"),
    personal: true,
    protected: false,
    derive: (ctx) => ({ phone: ctx.case.person.contacts[0]?.value ?? "" }),
  },
  {
    id: "nationality",
    type: z.string(),
    label: label("nationality"),
    personal: false,
    protected: true,
    derive: (ctx) => ctx.case.person.nationality,
  },
  {
    id: "sex",
    type: z.enum(["F", "M", "X"]),
    label: label("sex"),
    personal: false,
    protected: true,
    derive: (ctx) => ctx.case.person.sex,
  },
  {
    id: "sector",
    type: z.string(),
    label: label("sector"),
    personal: false,
    protected: false,
    context: true,
    derive: () => "fishing",
  },
  {
    id: "sponsorCrowd",
    type: z.number(),
    label: label("foreigners per sponsor"),
    personal: false,
    protected: false,
    crossRecord: true,
    indexKeys: (ctx) => (ctx.case.person.sponsorId === undefined ? [] : [ctx.case.person.sponsorId]),
    derive: (ctx) =>
      crossRecordCount(
        ctx,
        "sponsorCrowd",
        ctx.case.person.sponsorId === undefined ? [] : [ctx.case.person.sponsorId],
      ) as number,
  },
];

/** A minimal valid case input (synthetic). */
export function caseInput(
  id: string,
  over: { birthDate?: string; sex?: "F" | "M"; sponsorId?: string } = {},
) {
  return {
    schemaVersion: 1,
    id,
    person: {
      schemaVersion: 1,
      id: `p-${id}`,
      names: { primary: "SINTETIS" },
      sex: over.sex ?? "F",
      birthDate: over.birthDate ?? "1990-06-05",
      nationality: "UTO",
      contacts: [{ kind: "phone", value: "+62 811 0000 0000" }],
      ...(over.sponsorId === undefined ? {} : { sponsorId: over.sponsorId }),
    },
  };
}

/** A rule with sensible metadata around the given conditions. */
export function rule(
  id: string,
  conditions: TopLevelCondition,
  over: Partial<IndicatorRule> = {},
): IndicatorRule {
  return {
    id,
    version: "1.0.0",
    label: label(id),
    strength: "medium",
    elements: ["means"],
    needsObservation: false,
    sources: [{ ref: "test", confidence: "low" }],
    validFrom: "2000-01-01",
    conditions,
    event: { type: "indicator", params: { indicator: id } },
    ...over,
  };
}

/** A rule set around the given rules. */
export function ruleSetOf(rules: IndicatorRule[]): RuleSet {
  return { id: "test-set", version: "1.0.0", rules };
}
