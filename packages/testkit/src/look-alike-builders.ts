/**
 * The builder of each look-alike kind (the catalogue, with what each kind resembles and its rate, is
 * look-alike-catalogue.ts).
 */
import { companyWorkforce } from "./company-workforce.js";
import { contractEndExit } from "./contract-end-exit.js";
import { familyHousehold, familySharedPhone, minorWithUnlinkedParents } from "./family-look-alikes.js";
import type { LookAlikeKind } from "./look-alike-catalogue.js";
import { eachCase, type LookAlikeBuilder } from "./look-alike-group.js";
import {
  businessVisitor,
  crewWithShoreLeave,
  entertainmentStaff,
  highRiskSectorWorker,
  passportInProcessing,
  shortOverstayTourist,
} from "./look-alike-singles.js";
import { studentLodging } from "./student-lodging.js";

/** The builder of every look-alike kind. */
export const LOOK_ALIKE_BUILDERS: Readonly<Record<LookAlikeKind, LookAlikeBuilder>> = {
  "company-many-workers": companyWorkforce,
  "family-household": familyHousehold,
  "students-shared-lodging": studentLodging,
  "family-shared-phone": familySharedPhone,
  "business-visitor": eachCase(businessVisitor),
  "minor-with-unlinked-parents": minorWithUnlinkedParents,
  "contract-end-group-exit": contractEndExit,
  "passport-in-processing": eachCase(passportInProcessing),
  "crew-with-shore-leave": eachCase(crewWithShoreLeave),
  "short-overstay-tourist": eachCase(shortOverstayTourist),
  "high-risk-sector-worker": eachCase(highRiskSectorWorker),
  "entertainment-staff": eachCase(entertainmentStaff),
};
