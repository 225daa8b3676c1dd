/** Hand-built synthetic cases for the presence and map tests (no real person's data). */
import { type Case, type CaseInput, type IcaoNationality, parseCase } from "@timpora/models";

/** What a test varies in a case. */
export interface CaseSketch {
  /** Case and person number. */
  n: number;
  /** ICAO nationality (default UTO). */
  nationality?: IcaoNationality;
  /** The ITK's region (default none). */
  permitRegion?: string;
  /** The ITK's first and last day (default 2024-11-15 to 2025-01-13). */
  permit?: [string, string];
  /** Entry date (default the permit's first day); `null`: no movement at all. */
  entry?: string | null;
  /** Exit date. */
  exit?: string;
  /** Residence region. */
  residence?: string;
  /** Lodging stays: region, check-in and check-out instants. */
  lodging?: readonly [string, string, string?][];
  /** Purpose (default tourism). */
  purpose?: "tourism" | "business" | "work";
  /** Same person as another case (the person id of case `samePersonAs`). */
  samePersonAs?: number;
}

/** A parsed synthetic case from a sketch. */
export function sketchCase(s: CaseSketch): Case {
  const [from, until] = s.permit ?? ["2024-11-15", "2025-01-13"];
  const lodging = s.lodging ?? [];
  const addresses: NonNullable<CaseInput["addresses"]> = lodging.map(([regionCode], i) => ({
    schemaVersion: 1,
    id: `a-${s.n}-${i}`,
    regionCode,
    line: `Jalan Sintetis No. ${s.n}${i}`,
    lodgingKind: "hotel",
    use: "lodging",
  }));
  if (s.residence)
    addresses.push({
      schemaVersion: 1,
      id: `a-${s.n}-home`,
      regionCode: s.residence,
      line: `Jalan Rumah Sintetis ${s.n}`,
      lodgingKind: "house",
      use: "residence",
    });
  const movements: NonNullable<CaseInput["movements"]> = [];
  const entry = s.entry === undefined ? from : s.entry;
  const move = (direction: "entry" | "exit", date: string) => ({
    schemaVersion: 1 as const,
    id: `m-${s.n}-${direction}`,
    direction,
    date,
    tpi: "TPI Bandara Juanda",
    conveyance: { mode: "air" as const, number: `GA ${400 + s.n}` },
    ticket: "return" as const,
  });
  if (entry !== null) movements.push(move("entry", entry));
  if (s.exit) movements.push(move("exit", s.exit));
  const input: CaseInput = {
    schemaVersion: 1,
    id: `case-${s.n}`,
    person: {
      schemaVersion: 1,
      id: `person-${s.samePersonAs ?? s.n}`,
      names: { primary: `SINTETIS${s.n}`, secondary: "CONTOH" },
      sex: s.n % 2 === 0 ? "F" : "M",
      birthDate: "1990-06-05",
      nationality: s.nationality ?? "UTO",
      contacts: [{ kind: "phone", value: `+62 811 0000 ${String(1000 + s.n)}` }],
    },
    documents: [
      {
        schemaVersion: 1,
        id: `d-${s.n}`,
        kind: "passport",
        number: `X${1000000 + s.n}`,
        issuingState: s.nationality ?? "UTO",
        issuedOn: "2020-01-01",
        expiresOn: "2030-01-01",
      },
    ],
    permits: [
      {
        schemaVersion: 1,
        id: `pm-${s.n}`,
        kind: "itk",
        basis: "visa-on-arrival",
        validFrom: from,
        validUntil: until,
        status: "active",
        purpose: s.purpose ?? "tourism",
        ...(s.permitRegion ? { regionCode: s.permitRegion } : {}),
      },
    ],
    addresses,
    movements,
    lodgingReports: lodging.map(([, checkIn, checkOut], i) => ({
      schemaVersion: 1,
      id: `l-${s.n}-${i}`,
      addressId: `a-${s.n}-${i}`,
      checkIn,
      ...(checkOut ? { checkOut } : {}),
    })),
  };
  const parsed = parseCase(input);
  if (!parsed.ok)
    throw new Error(`bad sketch ${s.n}: ${JSON.stringify(parsed.issues.map((i) => [i.code, i.path]))}`);
  return parsed.value;
}
