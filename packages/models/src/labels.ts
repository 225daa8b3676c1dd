import * as z from "zod";

/**
 * A text in Indonesian (`id`) and English (`en`).
 *
 * @example
 * ```ts
 * const message: Labels = issueMessages["nik.invalid"];
 * const locale: Locale = "id";
 * message[locale]; // "NIK tidak valid"
 * ```
 */
export interface Labels {
  /** Indonesian text (Bahasa Indonesia). */
  id: string;
  /** English text. */
  en: string;
}

/**
 * The two languages every label and message is given in: Indonesian first, the default.
 *
 * Zod schema of {@link Locale}; `LocaleSchema.options` lists the values.
 *
 * @example
 * ```ts
 * LocaleSchema.options; // ["id", "en"]
 * LocaleSchema.safeParse("en").success; // true
 * LocaleSchema.safeParse("fr").success; // false
 * ```
 */
export const LocaleSchema = z.enum(["id", "en"]);

/**
 * A language of labels and messages: `id` (Bahasa Indonesia) or `en` (English).
 *
 * @example
 * ```ts
 * const locale: Locale = "id";
 * ```
 */
export type Locale = z.infer<typeof LocaleSchema>;

/**
 * A table giving the {@link Labels} of every value of a string enum.
 *
 * @example
 * ```ts
 * const labelOf = <T extends string>(table: LabelTable<T>, value: T, locale: Locale): string =>
 *   table[value][locale];
 * labelOf(sexLabels, "F", "id"); // "Perempuan"
 * labelOf(permitKindLabels, "itas", "en"); // "Limited stay permit (ITAS)"
 * ```
 */
export type LabelTable<T extends string> = Readonly<Record<T, Labels>>;

/**
 * Names of the two {@link Locale}s, for a language switch.
 *
 * @example
 * ```ts
 * LocaleSchema.options.map((locale) => localeLabels[locale][locale]); // ["Bahasa Indonesia", "English"]
 * localeLabels.en.id; // "Bahasa Inggris"
 * ```
 */
export const localeLabels: LabelTable<Locale> = {
  id: { id: "Bahasa Indonesia", en: "Indonesian" },
  en: { id: "Bahasa Inggris", en: "English" },
};
