/**
 * The clean single-case profiles and how often each is drawn. Weights are illustrative (tourists
 * dominate, then workers), not statistics.
 */
import type { CaseContext } from "./case-context.js";
import type { CaseDraft } from "./case-draft.js";
import { cargoCrew, emergencyEntry, fishingCrew } from "./crew-profiles.js";
import type { ProfileId } from "./profile-id.js";
import type { Weighted } from "./random.js";
import {
  diplomat,
  investorVitas,
  permanentResident,
  remoteWorker,
  retiree,
  serviceOfficial,
  spouseOfIndonesian,
  student,
  worker,
  workerConverted,
} from "./resident-profiles.js";
import { touristVisaExempt, touristVoa, visitorVisaMultiple, visitorVisaSingle } from "./visitor-profiles.js";

/** A builder of one clean case. */
export type ProfileBuilder = (ctx: CaseContext) => CaseDraft;

/** Builders of the profiles that stand alone (family members come in family units). */
export const SINGLE_PROFILES: Readonly<Partial<Record<ProfileId, ProfileBuilder>>> = {
  "tourist-visa-exempt": touristVisaExempt,
  "tourist-voa": touristVoa,
  "visitor-visa-single": visitorVisaSingle,
  "visitor-visa-multiple": visitorVisaMultiple,
  worker: (ctx) => worker(ctx),
  "worker-converted": workerConverted,
  "investor-vitas": investorVitas,
  retiree,
  "remote-worker": remoteWorker,
  student,
  "spouse-of-indonesian": spouseOfIndonesian,
  "permanent-resident": permanentResident,
  diplomat,
  "service-official": serviceOfficial,
  "cargo-crew": cargoCrew,
  "fishing-crew": (ctx) => fishingCrew(ctx),
  "emergency-entry": emergencyEntry,
};

/** How often each stand-alone profile is drawn. */
export const PROFILE_WEIGHTS: readonly Weighted<ProfileId>[] = [
  { value: "tourist-visa-exempt", weight: 20 },
  { value: "tourist-voa", weight: 25 },
  { value: "visitor-visa-single", weight: 9 },
  { value: "visitor-visa-multiple", weight: 4 },
  { value: "worker", weight: 15 },
  { value: "worker-converted", weight: 3 },
  { value: "investor-vitas", weight: 2 },
  { value: "retiree", weight: 3 },
  { value: "remote-worker", weight: 3 },
  { value: "student", weight: 2 },
  { value: "spouse-of-indonesian", weight: 4 },
  { value: "permanent-resident", weight: 3 },
  { value: "diplomat", weight: 1 },
  { value: "service-official", weight: 1 },
  { value: "cargo-crew", weight: 2 },
  { value: "fishing-crew", weight: 2 },
  { value: "emergency-entry", weight: 0.3 },
];
