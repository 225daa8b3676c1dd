import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { beforeAll, describe, expect, it } from "vitest";
import { defaultProfiles } from "./default-profiles.js";
import type { DisclosureRecord, Envelope } from "./disclosure.js";
import { appendDisclosure } from "./disclosure-log.js";
import { AT, KEY, realisticRecords, recipients } from "./exchange-cases.fixture.js";
import { exchangeJsonSchema, exchangeSchemas } from "./json-schema.js";
import type { SharingProfile } from "./profile.js";
import { share } from "./share.js";

const shipped = (name: string) =>
  JSON.parse(readFileSync(fileURLToPath(new URL(`../schemas/${name}.json`, import.meta.url)), "utf8"));
const ajv = new Ajv2020.default({ strict: false });
addFormats.default(ajv);
const compiled = new Map<string, ReturnType<typeof ajv.compile>>();
const check = (name: string) => {
  let validate = compiled.get(name);
  if (validate === undefined) {
    validate = ajv.compile(shipped(name));
    compiled.set(name, validate);
  }
  return validate;
};

let envelope: Envelope;
let disclosure: DisclosureRecord;
beforeAll(async () => {
  ({ envelope, disclosure } = await share(
    (await realisticRecords(80)).slice(0, 4),
    defaultProfiles[0] as SharingProfile,
    {
      recipient: recipients.disnaker,
      requestedBy: "officer-12",
      reason: "Pemeriksaan bersama",
      key: KEY,
      at: AT,
    },
  ));
});

describe("shipped JSON Schemas", () => {
  it.each(Object.keys(exchangeSchemas))(
    "schemas/%s.json matches the zod schema (run `pnpm generate` if not)",
    (name) => {
      expect(shipped(name)).toEqual(exchangeJsonSchema(name as keyof typeof exchangeSchemas));
    },
  );

  it.each(Object.keys(exchangeSchemas))("schemas/%s.json carries its import specifier as $id", (name) => {
    expect(shipped(name).$id).toBe(`@timpora/exchange/schemas/${name}.json`);
  });

  it("the profile schema accepts every default profile and refuses an unknown key or purpose", () => {
    const profile = check("sharing-profile");
    for (const p of defaultProfiles) expect(profile(p), p.id).toBe(true);
    expect(profile({ ...defaultProfiles[0], extra: 1 })).toBe(false);
    expect(profile({ ...defaultProfiles[0], purpose: "marketing" })).toBe(false);
  });

  it("the envelope, disclosure-record and log-record schemas accept what share and appendDisclosure make", async () => {
    expect(check("envelope")(envelope)).toBe(true);
    expect(check("disclosure-record")(disclosure)).toBe(true);
    expect(check("disclosure-record")(envelope.disclosure)).toBe(false); // no subjects in the envelope's copy
    const [record] = await appendDisclosure([], disclosure);
    expect(check("log-record")(record)).toBe(true);
    expect(check("envelope")({ ...envelope, extra: 1 })).toBe(false);
    expect(check("disclosure-record")({ ...disclosure, payloadSha256: "not a digest" })).toBe(false);
  });
});
