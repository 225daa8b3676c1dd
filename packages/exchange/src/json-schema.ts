import * as z from "zod";
import { DisclosureRecordSchema, EnvelopeSchema } from "./disclosure.js";
import { LogRecordSchema } from "./disclosure-log.js";
import { SharingProfileSchema } from "./profile.js";

/**
 * A JSON Schema document (draft 2020-12).
 *
 * @example
 * ```ts
 * const schema: ExchangeJsonSchema = exchangeJsonSchema("sharing-profile");
 * ```
 */
export type ExchangeJsonSchema = Record<string, unknown>;

/**
 * The schemas shipped as `schemas/<name>.json`.
 *
 * @example
 * ```ts
 * Object.keys(exchangeSchemas); // ["sharing-profile", "envelope", "disclosure-record", "log-record"]
 * ```
 */
export const exchangeSchemas = {
  "sharing-profile": SharingProfileSchema,
  envelope: EnvelopeSchema,
  "disclosure-record": DisclosureRecordSchema,
  "log-record": LogRecordSchema,
} as const;

/**
 * Name of a shipped schema.
 *
 * @example
 * ```ts
 * const name: ExchangeSchemaName = "log-record";
 * ```
 */
export type ExchangeSchemaName = keyof typeof exchangeSchemas;

const titles: Record<ExchangeSchemaName, string> = {
  "sharing-profile": "SharingProfile",
  envelope: "Envelope",
  "disclosure-record": "DisclosureRecord",
  "log-record": "LogRecord",
};

/**
 * The JSON Schema (draft 2020-12) of a sharing profile, an envelope, a disclosure record or a log record. JSON
 * Schema cannot express what only the functions check: a profile's fields against the catalogue, protected
 * attributes, specific data and pseudonymity (`validateProfile`); an envelope's fields, digest and retention
 * against the profile (`receive`); the chain of a log (`verifyLog`). Its `$id` is the file's import specifier,
 * `@timpora/exchange/schemas/<name>.json` (an identifier, not a web address).
 *
 * @example
 * ```ts
 * exchangeJsonSchema("envelope").$id; // "@timpora/exchange/schemas/envelope.json"
 * ```
 */
export function exchangeJsonSchema(name: ExchangeSchemaName): ExchangeJsonSchema {
  const json = z.toJSONSchema(exchangeSchemas[name], {
    io: "input",
    target: "draft-2020-12",
    unrepresentable: "any",
  });
  const { $schema: _, ...rest } = json as Record<string, unknown>;
  return {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    $id: `@timpora/exchange/schemas/${name}.json`,
    title: titles[name],
    ...rest,
  };
}
