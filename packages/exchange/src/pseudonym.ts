import { ExchangeError } from "./exchange-error.js";
import { hmacBase64Url, hmacKey } from "./web-crypto.js";

/** Prefix of every pseudonym, so a pseudonym is never taken for an original id. */
export const PSEUDONYM_PREFIX = "ps-";

/** Domain-separation label of the HMAC input (changing it changes every pseudonym). */
const CONTEXT = "timpora.exchange.pseudonym.v1";

/**
 * Options of {@link pseudonymOf}.
 *
 * @example
 * ```ts
 * const key = crypto.getRandomValues(new Uint8Array(32)); // the team's secret, kept apart from the data
 * const options: PseudonymOptions = { key, recipientId: "polres-5171" };
 * (await pseudonymOf("person-17", options)) === (await pseudonymOf("person-17", options)); // true: stable per recipient
 * ```
 */
export interface PseudonymOptions {
  /** The team's secret pseudonym key: at least 32 random bytes, kept apart from the data and never shared. */
  key: Uint8Array;
  /** Id of the recipient agency: each recipient sees other pseudonyms. */
  recipientId: string;
}

/** Makes the pseudonyms of one recipient under one key (imports the key once). */
export async function pseudonymiser(
  key: Uint8Array,
  recipientId: string,
): Promise<(value: string) => Promise<string>> {
  if (typeof recipientId !== "string" || recipientId.length === 0) {
    throw new ExchangeError("option.invalid", { field: "recipientId" });
  }
  const cryptoKey = await hmacKey(key);
  const cache = new Map<string, Promise<string>>();
  return (value) => {
    let found = cache.get(value);
    if (found === undefined) {
      // The three parts are joined with NUL, which neither an agency id nor a record id contains.
      found = hmacBase64Url(cryptoKey, `${CONTEXT}\u0000${recipientId}\u0000${value}`).then(
        (mac) => `${PSEUDONYM_PREFIX}${mac}`,
      );
      cache.set(value, found);
    }
    return found;
  };
}

/**
 * The pseudonym a recipient sees for an identifier: `ps-` and the HMAC-SHA-256 (WebCrypto) of the identifier,
 * keyed with the team's key and bound to the recipient's id, in base64url. The same identifier gets the same
 * pseudonym for one recipient in every envelope, and unrelated pseudonyms for two recipients; without the key
 * nobody can link them or go back to the identifier. The team can: to find the case behind a recipient's reply,
 * compute the pseudonyms of its own ids.
 *
 * @throws {@link ExchangeError} `key.invalid` when the key is not at least 32 bytes.
 * @example
 * ```ts
 * const key = crypto.getRandomValues(new Uint8Array(32));
 * const p = await pseudonymOf("person-17", { key, recipientId: "disnaker-5171" });
 * p.startsWith("ps-"); // true
 * ```
 */
export async function pseudonymOf(identifier: string, options: PseudonymOptions): Promise<string> {
  const make = await pseudonymiser(options.key, options.recipientId);
  return make(identifier);
}
