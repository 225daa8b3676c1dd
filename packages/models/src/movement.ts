import * as z from "zod";
import { IsoDateSchema } from "./dates.js";
import { IdSchema, listOf, SchemaVersionSchema } from "./fields.js";
import type { LabelTable } from "./labels.js";
import { IcaoNationalitySchema } from "./nationality.js";

/**
 * Directions of a border crossing.
 *
 * Zod schema of {@link MovementDirection}; `MovementDirectionSchema.options` lists the values.
 *
 * @example
 * ```ts
 * MovementDirectionSchema.options; // ["entry", "exit"]
 * ```
 */
export const MovementDirectionSchema = z.enum(["entry", "exit"]);
/**
 * Direction of a border crossing.
 *
 * @example
 * ```ts
 * const movementDirection: MovementDirection = "entry";
 * ```
 */
export type MovementDirection = z.infer<typeof MovementDirectionSchema>;
/**
 * Labels of {@link MovementDirection}.
 *
 * @example
 * ```ts
 * movementDirectionLabels.entry.en; // "Entry"
 * ```
 */
export const movementDirectionLabels: LabelTable<MovementDirection> = {
  entry: { id: "Kedatangan (masuk)", en: "Entry" },
  exit: { id: "Keberangkatan (keluar)", en: "Exit" },
};

/**
 * Modes of conveyance.
 *
 * Zod schema of {@link ConveyanceMode}; `ConveyanceModeSchema.options` lists the values.
 *
 * @example
 * ```ts
 * ConveyanceModeSchema.options; // ["air", "sea", "land"]
 * ```
 */
export const ConveyanceModeSchema = z.enum(["air", "sea", "land"]);
/**
 * Mode of conveyance.
 *
 * @example
 * ```ts
 * const conveyanceMode: ConveyanceMode = "air";
 * ```
 */
export type ConveyanceMode = z.infer<typeof ConveyanceModeSchema>;
/**
 * Labels of {@link ConveyanceMode}.
 *
 * @example
 * ```ts
 * conveyanceModeLabels.air.en; // "Air"
 * ```
 */
export const conveyanceModeLabels: LabelTable<ConveyanceMode> = {
  air: { id: "Udara", en: "Air" },
  sea: { id: "Laut", en: "Sea" },
  land: { id: "Darat", en: "Land" },
};

/**
 * Kinds of ticket held at a crossing.
 *
 * Zod schema of {@link TicketType}; `TicketTypeSchema.options` lists the values.
 *
 * @example
 * ```ts
 * TicketTypeSchema.options; // ["one-way", "return", "unknown"]
 * ```
 */
export const TicketTypeSchema = z.enum(["one-way", "return", "unknown"]);
/**
 * Kind of ticket held.
 *
 * @example
 * ```ts
 * const ticketType: TicketType = "one-way";
 * ```
 */
export type TicketType = z.infer<typeof TicketTypeSchema>;
/**
 * Labels of {@link TicketType}.
 *
 * @example
 * ```ts
 * ticketTypeLabels["one-way"].en; // "One-way"
 * ```
 */
export const ticketTypeLabels: LabelTable<TicketType> = {
  "one-way": { id: "Sekali jalan", en: "One-way" },
  return: { id: "Pulang-pergi", en: "Return" },
  unknown: { id: "Tidak diketahui", en: "Unknown" },
};

/**
 * With whom a minor crossed the border, as recorded at the check point (TPI) or by the carrier:
 * `parent-or-guardian`, `unrelated-adults` (adults who are not a parent or legal guardian), `alone`, or
 * `unknown` (the same as leaving it out). It is a positive record of the company, so a minor whose parents
 * are simply not linked in the data is never read as travelling without them.
 *
 * Zod schema of {@link Accompaniment}; `AccompanimentSchema.options` lists the values.
 *
 * @example
 * ```ts
 * AccompanimentSchema.options; // ["parent-or-guardian", "unrelated-adults", "alone", "unknown"]
 * ```
 */
export const AccompanimentSchema = z.enum(["parent-or-guardian", "unrelated-adults", "alone", "unknown"]);
/**
 * With whom a minor crossed the border.
 *
 * @example
 * ```ts
 * const accompaniment: Accompaniment = "parent-or-guardian";
 * ```
 */
export type Accompaniment = z.infer<typeof AccompanimentSchema>;
/**
 * Labels of {@link Accompaniment}.
 *
 * @example
 * ```ts
 * accompanimentLabels["parent-or-guardian"].en; // "Parent or guardian"
 * ```
 */
export const accompanimentLabels: LabelTable<Accompaniment> = {
  "parent-or-guardian": { id: "Orang tua atau wali", en: "Parent or guardian" },
  "unrelated-adults": { id: "Orang dewasa bukan keluarga", en: "Unrelated adults" },
  alone: { id: "Sendiri", en: "Alone" },
  unknown: { id: "Tidak diketahui", en: "Unknown" },
};

/**
 * Zod schema of the conveyance of a {@link Movement}.
 *
 * @example
 * ```ts
 * ConveyanceSchema.safeParse({ mode: "sea", number: "KM-0001" }).success; // true
 * ConveyanceSchema.safeParse({ mode: "rail" }).success; // false
 * ```
 */
export const ConveyanceSchema = z.strictObject({
  mode: ConveyanceModeSchema,
  number: z.string().min(1).max(32).optional(),
});
/**
 * The conveyance of a crossing: mode, and flight or vessel number if known.
 *
 * @example
 * ```ts
 * const flight: Conveyance = { mode: "air", number: "XX 123" };
 * conveyanceModeLabels[flight.mode].id; // "Udara"
 * ```
 */
export type Conveyance = z.output<typeof ConveyanceSchema>;

/**
 * Zod schema of a {@link Movement}: one crossing at an immigration check point (TPI).
 *
 * @example
 * ```ts
 * MovementSchema.parse({ schemaVersion: 1, id: "m-1", direction: "entry", date: "2024-03-01",
 *   tpi: "CGK", conveyance: { mode: "air" }, ticket: "return" });
 * ```
 */
export const MovementSchema = z.strictObject({
  schemaVersion: SchemaVersionSchema,
  id: IdSchema,
  direction: MovementDirectionSchema,
  date: IsoDateSchema,
  tpi: z.string().min(1).max(128),
  conveyance: ConveyanceSchema,
  ticket: TicketTypeSchema,
  fromCountry: IcaoNationalitySchema.optional(),
  toCountry: IcaoNationalitySchema.optional(),
  transitCountries: listOf(IcaoNationalitySchema),
  coTravellerIds: listOf(IdSchema),
  accompaniedBy: AccompanimentSchema.optional(),
});

/**
 * A border crossing (output type of {@link MovementSchema}).
 *
 * @example
 * ```ts
 * const lastEntry = (movements: readonly Movement[]): IsoDate | undefined =>
 *   movements.filter((m) => m.direction === "entry").map((m) => m.date).sort().at(-1);
 * const entry = MovementSchema.parse({ schemaVersion: 1, id: "m-1", direction: "entry", date: "2024-03-01",
 *   tpi: "CGK", conveyance: { mode: "air" }, ticket: "return" });
 * lastEntry([entry]); // "2024-03-01"
 * ```
 */
export type Movement = z.output<typeof MovementSchema>;
/** What {@link MovementSchema} accepts. */
export type MovementInput = z.input<typeof MovementSchema>;
