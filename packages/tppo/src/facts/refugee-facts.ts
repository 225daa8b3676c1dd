import * as z from "zod";
import type { FactContext, FactDefinition } from "../fact-definition.js";

/** Value of the `refugee` fact: a refugee or asylum-seeker registration and later sightings (A25). */
export interface RefugeeFacts {
  /** Registered as a refugee or asylum-seeker. */
  registered: boolean;
  /** Reported missing from the shelter. */
  missing: boolean;
  /** Last seen in another province than the shelter's, without an official relocation or resettlement. */
  seenInOtherProvince: boolean;
  /** Seen at a workplace. */
  seenAtWorkplace: boolean;
  /** Seen with a known transporter. */
  seenWithKnownTransporter: boolean;
}

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
  type: z.strictObject({
    registered: z.boolean(),
    missing: z.boolean(),
    seenInOtherProvince: z.boolean(),
    seenAtWorkplace: z.boolean(),
    seenWithKnownTransporter: z.boolean(),
  }),
  label: { id: "Pengungsi", en: "Refugee" },
  personal: false,
  protected: false,
  derive: deriveRefugee,
};
