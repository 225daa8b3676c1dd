import * as z from "zod";
import { checkDateTimeOrder } from "./date-order.js";
import { IsoDateTimeSchema } from "./dates.js";
import { IdSchema, SchemaVersionSchema } from "./fields.js";

/**
 * Zod schema of a {@link LodgingReport}: a foreigner's stay reported by the host through APOA
 * (Aplikasi Pelaporan Orang Asing). Times are ISO date-times WITH offsets. Refinement (not in JSON
 * Schema): `checkIn` is not after `checkOut` (`date.order`).
 *
 * @example
 * ```ts
 * LodgingReportSchema.parse({ schemaVersion: 1, id: "l-1", addressId: "a-1",
 *   checkIn: "2024-03-01T14:00:00+08:00", reportedAt: "2024-03-01T18:05:00+08:00" });
 * ```
 */
export const LodgingReportSchema = z
  .strictObject({
    schemaVersion: SchemaVersionSchema,
    id: IdSchema,
    addressId: IdSchema,
    checkIn: IsoDateTimeSchema,
    checkOut: IsoDateTimeSchema.optional(),
    reportedAt: IsoDateTimeSchema.optional(),
  })
  .superRefine((report, ctx) => {
    checkDateTimeOrder(ctx, report.checkIn, report.checkOut, ["checkOut"]);
  });

/**
 * A lodging report (output type of {@link LodgingReportSchema}).
 *
 * @example
 * ```ts
 * const report: LodgingReport = LodgingReportSchema.parse({ schemaVersion: 1, id: "l-1", addressId: "a-1",
 *   checkIn: "2024-03-01T14:00:00+08:00", checkOut: "2024-03-04T11:00:00+08:00" });
 * report.reportedAt; // undefined (not known when the host reported)
 * ```
 */
export type LodgingReport = z.output<typeof LodgingReportSchema>;
/** What {@link LodgingReportSchema} accepts. */
export type LodgingReportInput = z.input<typeof LodgingReportSchema>;
