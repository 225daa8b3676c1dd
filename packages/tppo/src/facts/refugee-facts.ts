import * as z from "zod";
import type { FactContext, FactDefinition } from "../fact-definition.js";

/** zod type of the `refugee` fact's value. */
const RefugeeFactsSchema = z.strictObject({
  /** Registered as a refugee or asylum-seeker. */
  registered: z.boolean(),
  /** Reported missing from the shelter. */
  missing: z.boolean(),
  /** Last seen in another province than the shelter's, without an official relocation or resettlement. */
  seenInOtherProvince: z.boolean(),
  /** Seen at a workplace. */
  seenAtWorkplace: z.boolean(),
  /** Seen with a known transporter. */
  seenWithKnownTransporter: z.boolean(),
});

/** Value of the `refugee` fact: a refugee or asylum-seeker registration and later sightings (A25). */
export type RefugeeFacts = z.infer<typeof RefugeeFactsSchema>;

/** Province part of a Kemendagri region code ("35.10.01" → "35"). */
function province(code: string): string {
  return code.split(".")[0] ?? code;
}

/** Derives the `refugee` fact. */
export function deriveRefugee(ctx: FactContext): RefugeeFacts {
  const r = ctx.case.refugee;
  if (r === undefined || r.registeredOn > ctx.asOf)
    return {
      registered: false,
      missing: false,
      seenInOtherProvince: false,
      seenAtWorkplace: false,
      seenWithKnownTransporter: false,
    };
  const officiallyMoved = r.status === "relocated" || r.status === "resettled";
  return {
    registered: true,
    missing: r.status === "missing",
    seenInOtherProvince:
      !officiallyMoved &&
      r.lastSeenRegionCode !== undefined &&
      province(r.lastSeenRegionCode) !== province(r.shelterRegionCode),
    seenAtWorkplace: r.seenAtWorkplace === true,
    seenWithKnownTransporter: r.seenWithKnownTransporter === true,
  };
}

/** `refugee`: registration status and sightings away from the shelter. */
export const refugeeFact: FactDefinition<RefugeeFacts> = {
  id: "refugee",
  type: RefugeeFactsSchema,
  label: { id: "Pengungsi", en: "Refugee" },
  personal: false,
  protected: false,
  derive: deriveRefugee,
};
