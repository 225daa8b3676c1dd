import { createEvaluator } from "@timpora/tppo";
import { describe, expect, it } from "vitest";
import { defaultProfile } from "./default-profiles.js";
import { AT, KEY, realisticRecords, recipients } from "./exchange-cases.fixture.js";
import type { SharingProfile } from "./profile.js";
import { share } from "./share.js";

const leaf = (fact: string, path: string | undefined, actual: unknown) => ({
  kind: "fact",
  fact,
  ...(path === undefined ? {} : { path }),
  operator: "equal",
  expected: true,
  actual,
  state: "passed",
});

/** Every explanation leaf of an envelope's records, as `fact.path` with its shown actual value. */
function shownLeaves(value: unknown, out: [string, unknown][] = []): [string, unknown][] {
  if (Array.isArray(value)) for (const v of value) shownLeaves(v, out);
  else if (value !== null && typeof value === "object") {
    const node = value as Record<string, unknown>;
    if (node.kind === "fact" && typeof node.fact === "string") {
      out.push([node.path === undefined ? node.fact : `${node.fact}.${String(node.path)}`, node.actual]);
    }
    for (const v of Object.values(node)) shownLeaves(v, out);
  }
  return out;
}

describe("restricted data in screening explanations", () => {
  it("visible injuries (health data, UU 27/2022 Art. 4(2)) do not reach the police through an explanation", async () => {
    const pool = await realisticRecords(120);
    const base = pool.find((r) => (r.case.observations?.length ?? 0) > 0 && r.assessment?.minor === false);
    expect(base).toBeDefined();
    const c = structuredClone(base!.case);
    const first = c.observations[0]!;
    first.answers = { ...first.answers, injuriesVisible: true, violenceReported: true };
    const assessment = await createEvaluator({ asOf: "2025-03-01" }).evaluate(c);
    // The screening itself read the injuries: the unredacted explanation holds the leaf.
    expect(shownLeaves(assessment.fired)).toContainEqual(["observation.injuriesVisible", true]);
    const police = defaultProfile("police-law-enforcement") as SharingProfile;
    const { envelope } = await share([{ case: c, assessment }], police, {
      recipient: recipients.polres,
      requestedBy: "officer-12",
      reason: "Penyidikan",
      key: KEY,
      at: AT,
    });
    const shown = shownLeaves(envelope.records);
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.filter(([p]) => p === "observation.injuriesVisible")).toEqual(
      shown.filter(([p]) => p === "observation.injuriesVisible").map(([p]) => [p, { redacted: true }]),
    );
    expect(JSON.stringify(envelope.records)).not.toMatch(
      /"path":"injuriesVisible","operator":"[^"]*","expected":[^,]*,"actual":true/,
    );
  });

  it("enforcement history and a biometric match do not reach a TPPO referral through an explanation", async () => {
    const { redactExplanation } = await import("./minimise.js");
    const tree = {
      kind: "any",
      state: "passed",
      children: [
        leaf("enforcement", "personTip", true),
        leaf("identity", "biometricMatchOtherIdentity", true),
        leaf("identity", "earlierFalseStatementFinding", true),
        leaf("identity", "anyFlag", true),
        leaf("identity", "earlierPassportDenied", true),
        leaf("observation", "injuriesVisible", true),
        leaf("stay", "overstayDays", 45),
      ],
    };
    const referral = redactExplanation(structuredClone(tree), "tppo-referral");
    expect(shownLeaves(referral)).toEqual([
      ["enforcement.personTip", { redacted: true }],
      ["identity.biometricMatchOtherIdentity", { redacted: true }],
      ["identity.earlierFalseStatementFinding", { redacted: true }],
      ["identity.anyFlag", { redacted: true }],
      ["identity.earlierPassportDenied", true],
      ["observation.injuriesVisible", true],
      ["stay.overstayDays", 45],
    ]);
    const police = redactExplanation(structuredClone(tree), "law-enforcement");
    expect(shownLeaves(police)).toEqual([
      ["enforcement.personTip", true],
      ["identity.biometricMatchOtherIdentity", true],
      ["identity.earlierFalseStatementFinding", true],
      ["identity.anyFlag", true],
      ["identity.earlierPassportDenied", true],
      ["observation.injuriesVisible", { redacted: true }],
      ["stay.overstayDays", 45],
    ]);
    // Debts are personal financial data: not for child protection (an explanation never goes there, but the
    // table holds for every purpose).
    expect(
      shownLeaves(redactExplanation(leaf("observation", "debtToControllingParty", true), "child-protection")),
    ).toEqual([["observation.debtToControllingParty", { redacted: true }]]);
    expect(
      shownLeaves(redactExplanation(leaf("observation", "repaidThroughWork", true), "law-enforcement")),
    ).toEqual([["observation.repaidThroughWork", true]]);
    // A leaf on the whole fact reads every path of it.
    expect(
      shownLeaves(
        redactExplanation(leaf("observation", undefined, { injuriesVisible: true }), "law-enforcement"),
      ),
    ).toEqual([["observation", { redacted: true }]]);
  });
});
