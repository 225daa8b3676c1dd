import { type LabelTable, TimporaError, type TimporaErrorOptions } from "@timpora/models";
import type { ProfileIssue } from "./profile-issue.js";

/**
 * Codes of {@link ExchangeError}, thrown only for programmer errors (bad data gets a result with issues instead):
 * - `profile.invalid`: `share` or `receive` was given a sharing profile that does not validate
 *   ({@link ProfileInvalidError});
 * - `option.invalid`: an option of `share`, `receive`, `verifyLog` or `expiredRecords` is missing or malformed
 *   (`field` names it);
 * - `key.invalid`: the pseudonym key is not a `Uint8Array` of at least 32 bytes;
 * - `recipient.not-in-profile`: the recipient's agency kind is not one the profile sends to;
 * - `record.mismatch`: a record's assessment is of another case (its `caseId` is not the case's `id`);
 * - `crypto.unavailable`: the platform has no WebCrypto (`globalThis.crypto.subtle`).
 *
 * @example
 * ```ts
 * const code: ExchangeErrorCode = "recipient.not-in-profile";
 * ```
 */
export type ExchangeErrorCode =
  | "profile.invalid"
  | "option.invalid"
  | "key.invalid"
  | "recipient.not-in-profile"
  | "record.mismatch"
  | "crypto.unavailable";

/**
 * The message of each {@link ExchangeErrorCode} in Indonesian and English (fixed texts, safe to log).
 *
 * @example
 * ```ts
 * exchangeErrorMessages["key.invalid"].en; // "The pseudonym key must be at least 32 random bytes"
 * ```
 */
export const exchangeErrorMessages: LabelTable<ExchangeErrorCode> = {
  "profile.invalid": { id: "Profil berbagi tidak valid", en: "The sharing profile is invalid" },
  "option.invalid": { id: "Opsi tidak valid", en: "Invalid option" },
  "key.invalid": {
    id: "Kunci pseudonim harus berupa paling sedikit 32 bita acak",
    en: "The pseudonym key must be at least 32 random bytes",
  },
  "recipient.not-in-profile": {
    id: "Jenis instansi penerima tidak termasuk dalam profil berbagi",
    en: "The recipient's agency kind is not one the sharing profile sends to",
  },
  "record.mismatch": {
    id: "Hasil skrining pada rekaman adalah milik kasus lain",
    en: "A record's assessment belongs to another case",
  },
  "crypto.unavailable": {
    id: "WebCrypto (globalThis.crypto.subtle) tidak tersedia",
    en: "WebCrypto (globalThis.crypto.subtle) is not available",
  },
};

/**
 * The error @timpora/exchange throws for programmer errors, with a stable code from {@link ExchangeErrorCode} and
 * its message from {@link exchangeErrorMessages}. Extends `TimporaError` of @timpora/models. Messages name the
 * offending option, never its value.
 *
 * @example
 * ```ts
 * try { await pseudonymOf("person-17", { key: new Uint8Array(8), recipientId: "polres-5171" }); }
 * catch (e) { if (e instanceof ExchangeError) console.log(e.code, e.labels.id); } // "key.invalid" "Kunci pseudonim harus berupa paling sedikit 32 bita acak"
 * ```
 */
export class ExchangeError extends TimporaError<ExchangeErrorCode> {
  /**
   * @param code - stable code; the message comes from {@link exchangeErrorMessages}
   * @param options - the offending field and the cause
   */
  constructor(code: ExchangeErrorCode, options: TimporaErrorOptions = {}) {
    super(code, exchangeErrorMessages[code], options);
    this.name = "ExchangeError";
  }
}

/**
 * Thrown by `share` and `receive` when the sharing profile does not validate (code `profile.invalid`); `issues`
 * say where and why, as `validateProfile` gives them.
 *
 * @example
 * ```ts
 * const profile = { ...defaultProfile("manpower-labour-inspection")!, fields: ["case.person.religion"] };
 * try { await receive({}, profile, { on: "2025-03-02" }); }
 * catch (e) { if (e instanceof ProfileInvalidError) console.log(e.code, e.issues[0]?.code); } // "profile.invalid" "field.protected"
 * ```
 */
export class ProfileInvalidError extends ExchangeError {
  /** The validation issues. */
  readonly issues: readonly ProfileIssue[];
  /** @param issues - the validation issues */
  constructor(issues: readonly ProfileIssue[]) {
    super("profile.invalid");
    this.name = "ProfileInvalidError";
    this.issues = issues;
  }
}
