/**
 * Places worth a visit in a joint operation (operasi gabungan, Permenimipas 2/2025 Art. 53): addresses,
 * employers, sponsors and vessels, ranked on the screening results of the people there (levels, indicator
 * strengths, counts), never on who the people are.
 */
import type { Case, LodgingKind, Reason } from "@timpora/models";
import type { Assessment, Level, RouteKind, Strength } from "@timpora/tppo";
import { type TargetReasonCode, targetReasonMessages } from "./operation-messages.js";
import { OversightError } from "./oversight-error.js";
import { checkedCase } from "./presence.js";

/**
 * What a target is: an address, an employer, a sponsor or a vessel.
 *
 * @example
 * ```ts
 * const kinds: TargetKind[] = ["employer", "vessel"];
 * operationTargets([], [], { kinds }); // []
 * ```
 */
export type TargetKind = "address" | "employer" | "sponsor" | "vessel";

/**
 * One person at a target, named by the position of the case in the input and its id (for the plan only).
 *
 * @example
 * ```ts
 * const toScreenFirst = (people: readonly TargetPerson[]): number[] =>
 *   people.filter((p) => p.meansOrPurpose || p.level === "refer").map((p) => p.index);
 * ```
 */
export interface TargetPerson {
  /** Position of the case in the input. */
  index: number;
  /** Case id. */
  caseId: string;
  /** The screening level. */
  level: Level;
  /** A minor on the evaluation date. */
  minor: boolean;
  /** A means or purpose indicator fired: victim screening comes before any immigration action. */
  meansOrPurpose: boolean;
  /** The routes beside the level. */
  routes: RouteKind[];
}

/**
 * An indicator behind a target: how many people there it fired for.
 *
 * @example
 * ```ts
 * const strongest = (target: OperationTarget): TargetIndicator | undefined => target.indicators[0]; // sorted strongest first
 * ```
 */
export interface TargetIndicator {
  /** Indicator id. */
  id: string;
  /** Name in Indonesian and English. */
  label: { id: string; en: string };
  /** The strongest strength it fired with there. */
  strength: Strength;
  /** People it fired for. */
  people: number;
}

/**
 * A place worth a visit, with why.
 *
 * @example
 * ```ts
 * const line = (t: OperationTarget): string =>
 *   `#${t.rank} ${t.kind} ${t.regionCode ?? "?"}: ${t.reasons.map((r) => r.message.id).join("; ")} (${t.people.length} orang)`;
 * ```
 */
export interface OperationTarget {
  /** 1 for the place most worth a visit. */
  rank: number;
  /** Address, employer, sponsor or vessel. */
  kind: TargetKind;
  /** The record id of the place (address, employer, sponsor or vessel id). */
  id: string;
  /** The Kemendagri code of the place, when a record gives one. */
  regionCode?: string;
  /** The lodging kind of an address (`"vessel"` makes it a vessel). */
  lodgingKind?: LodgingKind;
  /** Why the place is worth a visit. */
  reasons: Reason<TargetReasonCode>[];
  /** People at each level. */
  levels: Record<Level, number>;
  /** The indicators behind it, strongest and most frequent first. */
  indicators: TargetIndicator[];
  /** People on each route. */
  routes: Partial<Record<RouteKind, number>>;
  /** The people there. */
  people: TargetPerson[];
}

/**
 * Options of {@link operationTargets}.
 *
 * @example
 * ```ts
 * const options: TargetOptions = { kinds: ["address", "employer"], limit: 20 };
 * operationTargets([], [], options).length; // 0
 * ```
 */
export interface TargetOptions {
  /** Only these kinds of place (default all four). */
  kinds?: readonly TargetKind[];
  /** At most this many targets (default all). */
  limit?: number;
}

const STRENGTH_POINTS: Record<Strength, number> = { strong: 3, medium: 2, weak: 1 };
const KINDS: readonly TargetKind[] = ["address", "employer", "sponsor", "vessel"];

interface Place {
  kind: TargetKind;
  id: string;
  regionCode?: string;
  lodgingKind?: LodgingKind;
  people: Map<number, Assessment>;
}

/** The places of a case: its addresses, employers, sponsors and vessels (each once). */
function placesOf(
  c: Case,
): { kind: TargetKind; id: string; regionCode?: string; lodgingKind?: LodgingKind }[] {
  const regionOf = (addressId: string | undefined) => c.addresses.find((a) => a.id === addressId)?.regionCode;
  const out: { kind: TargetKind; id: string; regionCode?: string; lodgingKind?: LodgingKind }[] = [];
  for (const a of c.addresses)
    out.push({ kind: "address", id: a.id, regionCode: a.regionCode, lodgingKind: a.lodgingKind });
  for (const e of c.employers) {
    const regionCode = regionOf(e.addressId);
    out.push({ kind: "employer", id: e.id, ...(regionCode === undefined ? {} : { regionCode }) });
  }
  for (const s of c.sponsors) {
    const regionCode = regionOf(s.addressId);
    out.push({ kind: "sponsor", id: s.id, ...(regionCode === undefined ? {} : { regionCode }) });
  }
  for (const k of c.crew) out.push({ kind: "vessel", id: k.vesselId });
  return out;
}

/** Whether the screening gave the person anything to look at: a level above none, an indicator, a route. */
const flagged = (a: Assessment) => a.level !== "none" || a.fired.length > 0 || a.routes.length > 0;
const counted = (a: Assessment) => a.fired.filter((f) => !f.context);
const hasMeansOrPurpose = (a: Assessment) =>
  a.fired.some((f) => f.elements.includes("means") || f.elements.includes("purpose"));

/** The ranking keys, most important first: referred, reviewed, people with a strong indicator, strength points, people with an indicator. */
function keysOf(people: readonly Assessment[]): number[] {
  let refer = 0;
  let review = 0;
  let strongPeople = 0;
  let points = 0;
  let withIndicator = 0;
  for (const a of people) {
    if (a.level === "refer") refer++;
    if (a.level === "review") review++;
    const fired = counted(a);
    if (fired.some((f) => f.strength === "strong")) strongPeople++;
    if (fired.length > 0) withIndicator++;
    for (const f of fired) points += STRENGTH_POINTS[f.strength];
  }
  return [refer, review, strongPeople, points, withIndicator];
}

function compareKeys(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return (b[i] ?? 0) - (a[i] ?? 0);
  return 0;
}

const reasonOf = (code: TargetReasonCode): Reason<TargetReasonCode> => ({
  code,
  message: targetReasonMessages[code],
});

function targetOf(place: Place, rank: number): OperationTarget {
  const entries = [...place.people.entries()].sort(([a], [b]) => a - b);
  const levels: Record<Level, number> = { none: 0, note: 0, review: 0, refer: 0 };
  const indicators = new Map<string, TargetIndicator>();
  const routes: Partial<Record<RouteKind, number>> = {};
  const people: TargetPerson[] = [];
  for (const [index, a] of entries) {
    levels[a.level]++;
    for (const f of a.fired) {
      const known = indicators.get(f.id);
      if (!known) indicators.set(f.id, { id: f.id, label: f.label, strength: f.strength, people: 1 });
      else {
        known.people++;
        if (STRENGTH_POINTS[f.strength] > STRENGTH_POINTS[known.strength]) known.strength = f.strength;
      }
    }
    for (const r of a.routes) routes[r.route] = (routes[r.route] ?? 0) + 1;
    people.push({
      index,
      caseId: a.caseId,
      level: a.level,
      minor: a.minor,
      meansOrPurpose: hasMeansOrPurpose(a),
      routes: a.routes.map((r) => r.route),
    });
  }
  const assessments = entries.map(([, a]) => a);
  const reasons: Reason<TargetReasonCode>[] = [];
  if (levels.refer > 0) reasons.push(reasonOf("target.refer"));
  if (levels.review > 0) reasons.push(reasonOf("target.review"));
  if (assessments.some((a) => counted(a).some((f) => f.strength === "strong")))
    reasons.push(reasonOf("target.strong-indicator"));
  if (assessments.filter((a) => a.fired.length > 0).length > 1)
    reasons.push(reasonOf("target.several-people"));
  if (assessments.some((a) => a.minor && flagged(a))) reasons.push(reasonOf("target.minor"));
  if (assessments.some((a) => a.routes.some((r) => r.route !== "identity")))
    reasons.push(reasonOf("target.route"));
  return {
    rank,
    kind: place.kind,
    id: place.id,
    ...(place.regionCode === undefined ? {} : { regionCode: place.regionCode }),
    ...(place.lodgingKind === undefined ? {} : { lodgingKind: place.lodgingKind }),
    reasons,
    levels,
    indicators: [...indicators.values()].sort(
      (x, y) =>
        STRENGTH_POINTS[y.strength] - STRENGTH_POINTS[x.strength] ||
        y.people - x.people ||
        (x.id < y.id ? -1 : 1),
    ),
    routes,
    people,
  };
}

function checkTargetOptions(options: TargetOptions): { kinds: Set<TargetKind>; limit: number } {
  if (typeof options !== "object" || options === null)
    throw new OversightError("option.invalid", { field: "options" });
  for (const key of Object.keys(options))
    if (key !== "kinds" && key !== "limit") throw new OversightError("option.unknown", { field: key });
  const kinds = options.kinds ?? KINDS;
  if (!Array.isArray(kinds) || kinds.some((k) => !KINDS.includes(k)))
    throw new OversightError("option.invalid", { field: "kinds" });
  const limit = options.limit ?? Number.POSITIVE_INFINITY;
  if (limit !== Number.POSITIVE_INFINITY && (!Number.isInteger(limit) || limit < 1))
    throw new OversightError("option.invalid", { field: "limit" });
  return { kinds: new Set(kinds), limit };
}

/**
 * The places worth a visit in a joint operation: every address, employer, sponsor and vessel on the cases
 * where someone's screening gave a level above `none`, an indicator or a route, each with reason codes, the
 * indicators and routes behind it, and everyone there (by case position and id: for the plan, never for a
 * meeting report). The ranking reads only screening results: first people referred for victim screening,
 * then people at `review`, people with a strong indicator, strength points (strong 3, medium 2, weak 1;
 * context indicators 0), people with any indicator; ties by kind and id. Nationality, sex, religion and
 * ethnicity are never read, neither is anything standing in for them (a country, a name, a language).
 * Assessments are matched to cases by `caseId`; a case without one is skipped.
 *
 * @param cases - the cases (records from `parseCase`, or values it accepts)
 * @param assessments - their screening results (`evaluate` of @timpora/tppo)
 * @param options - `kinds` of place, and a `limit`
 * @throws {@link OversightError} `case.invalid`, `option.unknown`, `option.invalid`
 * @example
 * ```ts
 * import { generateCases } from "@timpora/testkit";
 * import { createEvaluator } from "@timpora/tppo";
 * const cases = [...generateCases({ seed: "op", count: 300, plant: { "forced-labour-observed": 0.02 } })];
 * const evaluator = createEvaluator({ asOf: "2025-06-30" });
 * const assessments = await Promise.all(cases.map((c) => evaluator.evaluate(c)));
 * const targets = operationTargets(cases, assessments, { limit: 10 });
 * targets[0]?.reasons.map((r) => r.code); // ["target.refer", "target.strong-indicator", "target.route"]
 * targets[0]?.indicators.map((i) => i.id).slice(0, 3); // ["excessive-hours-quotas", "movement-restricted", "passport-withheld"]
 * ```
 */
export function operationTargets(
  cases: Iterable<Case>,
  assessments: Iterable<Assessment>,
  options: TargetOptions = {},
): OperationTarget[] {
  const { kinds, limit } = checkTargetOptions(options);
  const byCase = new Map<string, Assessment>();
  for (const a of assessments) byCase.set(a.caseId, a);
  const places = new Map<string, Place>();
  let index = 0;
  for (const raw of cases) {
    const c = checkedCase(raw, index);
    const a = byCase.get(c.id);
    if (a !== undefined)
      for (const p of placesOf(c)) {
        if (!kinds.has(p.kind)) continue;
        const key = `${p.kind}\u0000${p.id}`;
        let place = places.get(key);
        if (!place) {
          place = { ...p, people: new Map() };
          places.set(key, place);
        }
        place.people.set(index, a);
      }
    index++;
  }
  const ranked = [...places.values()]
    .filter((p) => [...p.people.values()].some(flagged))
    .map((p) => ({ p, keys: keysOf([...p.people.values()]) }));
  ranked.sort(
    (x, y) =>
      compareKeys(x.keys, y.keys) ||
      KINDS.indexOf(x.p.kind) - KINDS.indexOf(y.p.kind) ||
      (x.p.id < y.p.id ? -1 : x.p.id > y.p.id ? 1 : 0),
  );
  return ranked.slice(0, limit).map(({ p }, i) => targetOf(p, i + 1));
}
