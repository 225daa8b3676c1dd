import * as z from "zod";

/** A text in Indonesian (`id`) and English (`en`). */
export interface Labels {
  /** Indonesian text (Bahasa Indonesia). */
  id: string;
  /** English text. */
  en: string;
}

/** The two languages every label and message is given in: Indonesian first, the default. */
export const locales = ["id", "en"] as const;

/**
 * Zod schema of {@link Locale}.
 *
 * @example
 * ```ts
 * LocaleSchema.safeParse("en").success; // true
 * LocaleSchema.safeParse("fr").success; // false
 * ```
 */
export const LocaleSchema = z.enum(locales);

/** A language of labels and messages: `id` (Bahasa Indonesia) or `en` (English). */
export type Locale = z.infer<typeof LocaleSchema>;

/** A table giving the {@link Labels} of every value of a string enum. */
export type LabelTable<T extends string> = Readonly<Record<T, Labels>>;

/** Names of the two {@link Locale}s, for a language switch. */
export const localeLabels: LabelTable<Locale> = {
  id: { id: "Bahasa Indonesia", en: "Indonesian" },
  en: { id: "Bahasa Inggris", en: "English" },
};

/**
 * Zod schema of {@link Labels}: both texts non-empty, at most 512 characters, no other keys.
 *
 * @example
 * ```ts
 * LabelsSchema.parse({ id: "Paspor", en: "Passport" });
 * ```
 */
export const LabelsSchema = z.strictObject({
  id: z.string().min(1).max(512),
  en: z.string().min(1).max(512),
});

/**
 * The labels of one enum value, looked up in its label table.
 *
 * @example
 * ```ts
 * labelsOf(permitKindLabels, "itas").en; // "Limited stay permit (ITAS)"
 * ```
 */
export function labelsOf<T extends string>(table: LabelTable<T>, value: T): Labels {
  return table[value];
}
