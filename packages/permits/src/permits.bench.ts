import { type Permit, PermitSchema } from "@timpora/models";
import { bench, describe } from "vitest";
import { overstayCharge } from "./overstay-charge.js";
import { permitStatus } from "./permit-status.js";
import { stayStatus } from "./stay-status.js";
import { lastWorkingDayBefore } from "./working-days.js";

const voa: Permit = PermitSchema.parse({
  schemaVersion: 1,
  id: "b",
  kind: "itk",
  basis: "visa-on-arrival",
  validFrom: "2023-09-29",
  validUntil: "2023-11-27",
  extensions: [{ grantedOn: "2023-10-20", lastDayBefore: "2023-10-28", lastDayAfter: "2023-11-27" }],
  status: "active",
  purpose: "tourism",
});
const movements = [{ direction: "entry" as const, date: "2023-09-29" }];

describe("permits", () => {
  bench("permitStatus (date)", () => {
    permitStatus(voa, { on: "2023-12-05" });
  });
  bench("permitStatus (instant + zone)", () => {
    permitStatus(voa, { on: "2023-11-27T23:30:00+08:00", zone: "Asia/Makassar" });
  });
  bench("overstayCharge", () => {
    overstayCharge(voa, { on: "2023-12-05" });
  });
  bench("stayStatus", () => {
    stayStatus({ permits: [voa], movements }, { on: "2023-12-05" });
  });
  bench("lastWorkingDayBefore (Lebaran)", () => {
    lastWorkingDayBefore("2024-04-16");
  });
});
