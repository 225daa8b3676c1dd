import * as z from "zod";
import { compareDates } from "./calendar-date.js";
import { IsoDateSchema, isIsoDate } from "./dates.js";
import { IdSchema, issue, SchemaVersionSchema } from "./fields.js";
import type { LabelTable } from "./labels.js";
import { parseMrz } from "./mrz.js";
import { IcaoNationalitySchema } from "./nationality.js";

/**
 * Kinds of travel documents.
 *
 * Zod schema of {@link TravelDocumentKind}; `TravelDocumentKindSchema.options` lists the values.
 *
 * @example
 * ```ts
 * TravelDocumentKindSchema.options.includes("passport"); // true
 * ```
 */
export const TravelDocumentKindSchema = z.enum([
  "passport",
  "travel-document",
  "seaman-book",
  "laissez-passer",
]);
/**
 * Kind of a travel document.
 *
 * @example
 * ```ts
 * const travelDocumentKind: TravelDocumentKind = "passport";
 * ```
 */
export type TravelDocumentKind = z.infer<typeof TravelDocumentKindSchema>;
/**
 * Labels of {@link TravelDocumentKind}.
 *
 * @example
 * ```ts
 * travelDocumentKindLabels.passport.en; // "Passport"
 * ```
 */
export const travelDocumentKindLabels: LabelTable<TravelDocumentKind> = {
  passport: { id: "Paspor", en: "Passport" },
  "travel-document": { id: "Dokumen perjalanan", en: "Travel document" },
  "seaman-book": { id: "Buku pelaut", en: "Seaman's book" },
  "laissez-passer": { id: "Laissez-passer", en: "Laissez-passer" },
};

/**
 * The form of a machine readable zone: 2 or 3 lines of `A-Z`, `0-9` and `<`, joined by `"\n"`
 * (TD1 3×30, TD2 2×36, TD3 2×44, MRV-A 2×44, MRV-B 2×36). Check digits are checked by the MRZ module.
 */
export const MrzTextSchema = z
  .string()
  .max(200, issue("mrz.invalid"))
  .regex(
    /^(?:[A-Z0-9<]{30}\n[A-Z0-9<]{30}\n[A-Z0-9<]{30}|[A-Z0-9<]{36}\n[A-Z0-9<]{36}|[A-Z0-9<]{44}\n[A-Z0-9<]{44})$/,
    issue("mrz.invalid"),
  );

/**
 * Zod schema of a {@link TravelDocument}. Refinements (not in JSON Schema): `issuedOn` is not after
 * `expiresOn` (`date.order`); the MRZ, when given, passes every ICAO 9303 check digit
 * (`mrz.check-digit`) and the other checks of {@link parseMrz} (`mrz.invalid`).
 *
 * @example
 * ```ts
 * TravelDocumentSchema.parse({ schemaVersion: 1, id: "d-1", kind: "passport", number: "L898902C3",
 *   issuingState: "UTO", issuedOn: "2002-04-16", expiresOn: "2012-04-15",
 *   mrz: "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10" });
 * TravelDocumentSchema.safeParse({ schemaVersion: 1, id: "d-1", kind: "passport", number: "L898902C3",
 *   issuingState: "UTO", issuedOn: "2012-04-16", expiresOn: "2012-04-15" }).success; // false (date.order)
 * ```
 */
export const TravelDocumentSchema = z
  .strictObject({
    schemaVersion: SchemaVersionSchema,
    id: IdSchema,
    kind: TravelDocumentKindSchema,
    number: z.string().min(1).max(64),
    issuingState: IcaoNationalitySchema,
    issuedOn: IsoDateSchema.optional(),
    expiresOn: IsoDateSchema,
    mrz: MrzTextSchema.optional(),
  })
  .superRefine((doc, ctx) => {
    if (
      isIsoDate(doc.issuedOn) &&
      isIsoDate(doc.expiresOn) &&
      compareDates(doc.issuedOn, doc.expiresOn) > 0
    ) {
      ctx.addIssue({ code: "custom", message: "date.order", path: ["expiresOn"] });
    }
    const mrzCode = mrzIssueCode(doc.mrz);
    if (mrzCode) ctx.addIssue({ code: "custom", message: mrzCode, path: ["mrz"] });
  });

/** The issue code of an MRZ that fails {@link parseMrz}, or undefined when it passes or is absent. */
function mrzIssueCode(mrz: string | undefined): "mrz.check-digit" | "mrz.invalid" | undefined {
  if (mrz === undefined || !MrzTextSchema.safeParse(mrz).success) return undefined;
  const result = parseMrz(mrz.split("\n"));
  if (result.ok) return undefined;
  return result.issues.some((i) => i.code === "mrz.check-digit") ? "mrz.check-digit" : "mrz.invalid";
}

/**
 * A passport or other travel document (output type of {@link TravelDocumentSchema}).
 *
 * @example
 * ```ts
 * const expiredOn = (doc: TravelDocument, day: IsoDate): boolean => compareDates(doc.expiresOn, day) < 0;
 * const r = parseTravelDocument({ schemaVersion: 1, id: "d-1", kind: "passport", number: "L898902C3",
 *   issuingState: "UTO", expiresOn: "2012-04-15" });
 * r.ok && expiredOn(r.value, "2012-04-16"); // true
 * ```
 */
export type TravelDocument = z.output<typeof TravelDocumentSchema>;
/** What {@link TravelDocumentSchema} accepts. */
export type TravelDocumentInput = z.input<typeof TravelDocumentSchema>;
