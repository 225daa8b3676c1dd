import * as z from "zod";
import { checkDateOrder } from "./date-order.js";
import { IsoDateSchema } from "./dates.js";
import type { LabelTable } from "./labels.js";
import { RegionCodeSchema } from "./region-code.js";

/**
 * Where a refugee or asylum seeker is registered.
 *
 * Zod schema of {@link RefugeeRegistrar}; `RefugeeRegistrarSchema.options` lists the values.
 *
 * @example
 * ```ts
 * RefugeeRegistrarSchema.options; // ["unhcr", "other"]
 * ```
 */
export const RefugeeRegistrarSchema = z.enum(["unhcr", "other"]);
/**
 * Where a refugee is registered.
 *
 * @example
 * ```ts
 * const refugeeRegistrar: RefugeeRegistrar = "unhcr";
 * ```
 */
export type RefugeeRegistrar = z.infer<typeof RefugeeRegistrarSchema>;
/**
 * Labels of {@link RefugeeRegistrar}.
 *
 * @example
 * ```ts
 * refugeeRegistrarLabels.unhcr.en; // "UNHCR"
 * ```
 */
export const refugeeRegistrarLabels: LabelTable<RefugeeRegistrar> = {
  unhcr: { id: "UNHCR", en: "UNHCR" },
  other: { id: "Lainnya", en: "Other" },
};

/**
 * Status of a registered refugee.
 *
 * Zod schema of {@link RefugeeStatus}; `RefugeeStatusSchema.options` lists the values.
 *
 * @example
 * ```ts
 * RefugeeStatusSchema.options; // ["in-shelter", "missing", "relocated", "resettled"]
 * ```
 */
export const RefugeeStatusSchema = z.enum(["in-shelter", "missing", "relocated", "resettled"]);
/**
 * Status of a registered refugee.
 *
 * @example
 * ```ts
 * const refugeeStatus: RefugeeStatus = "in-shelter";
 * ```
 */
export type RefugeeStatus = z.infer<typeof RefugeeStatusSchema>;
/**
 * Labels of {@link RefugeeStatus}.
 *
 * @example
 * ```ts
 * refugeeStatusLabels["in-shelter"].en; // "In shelter"
 * ```
 */
export const refugeeStatusLabels: LabelTable<RefugeeStatus> = {
  "in-shelter": { id: "Di tempat penampungan", en: "In shelter" },
  missing: { id: "Hilang dari penampungan", en: "Missing from shelter" },
  relocated: { id: "Dipindahkan", en: "Relocated" },
  resettled: { id: "Dimukimkan kembali di negara ketiga", en: "Resettled in a third country" },
};

/**
 * Zod schema of a {@link RefugeeRegistration}. Refinement (not in JSON Schema): `lastSeenOn` is not
 * before `registeredOn` (`date.order`).
 *
 * @example
 * ```ts
 * RefugeeRegistrationSchema.parse({ registeredWith: "unhcr", registeredOn: "2023-05-01",
 *   shelterRegionCode: "11.71", status: "in-shelter" });
 * ```
 */
export const RefugeeRegistrationSchema = z
  .strictObject({
    registeredWith: RefugeeRegistrarSchema,
    registeredOn: IsoDateSchema,
    shelterRegionCode: RegionCodeSchema,
    status: RefugeeStatusSchema,
    lastSeenRegionCode: RegionCodeSchema.optional(),
    lastSeenOn: IsoDateSchema.optional(),
    seenWithKnownTransporter: z.boolean().optional(),
    seenAtWorkplace: z.boolean().optional(),
  })
  .superRefine((reg, ctx) => {
    checkDateOrder(ctx, reg.registeredOn, reg.lastSeenOn, ["lastSeenOn"]);
  });

/**
 * A refugee or asylum-seeker registration (output type of {@link RefugeeRegistrationSchema}).
 *
 * @example
 * ```ts
 * const registration: RefugeeRegistration = RefugeeRegistrationSchema.parse({ registeredWith: "unhcr",
 *   registeredOn: "2023-05-01", shelterRegionCode: "11.71", status: "missing", lastSeenOn: "2024-01-10" });
 * refugeeStatusLabels[registration.status].en; // "Missing from shelter"
 * ```
 */
export type RefugeeRegistration = z.output<typeof RefugeeRegistrationSchema>;
