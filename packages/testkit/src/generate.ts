/**
 * The public generators: one case, one group, or a lazy stream of labelled or plain cases.
 */
import { type Case, dayNumberOrUndefined } from "@timpora/models";
import type { CaseContext } from "./case-context.js";
import { type CaseDraft, finishCase } from "./case-draft.js";
import { PROFILE_WEIGHTS, SINGLE_PROFILES } from "./clean-profiles.js";
import { COMBINED_PATTERNS } from "./combined-patterns.js";
import { SECTOR_TABLE } from "./employer-sectors.js";
import { residentFamily, touristFamily } from "./family-unit.js";
import { GROUP_PATTERNS, type GroupContext } from "./group-patterns.js";
import { PATTERNS, type PatternId } from "./pattern-catalogue.js";
import { createPlantSchedule, type PlantRates } from "./plant-schedule.js";
import type { ProfileId } from "./profile-id.js";
import { createRandom, type Random } from "./random.js";
import type { SinglePattern } from "./single-pattern.js";
import { SINGLE_PATTERNS } from "./single-patterns.js";
import { createStayLaw, type StayLaw } from "./stay-law.js";
import { TestkitError } from "./testkit-error.js";

/**
 * The evaluation date used when none is given.
 *
 * @example
 * ```ts
 * generateCase({ seed: 1 }); // as it stands on DEFAULT_AS_OF, "2025-06-30"
 * ```
 */
export const DEFAULT_AS_OF = "2025-06-30";
/**
 * The earliest evaluation date the generator accepts (its permit rules follow the 2024 visa-index regime).
 *
 * @example
 * ```ts
 * generateCase({ seed: 1, asOf: "2023-12-31" }); // throws TestkitError "options.invalid" (field "asOf")
 * ```
 */
export const MIN_AS_OF = "2024-01-01";

/**
 * A generated case with what was planted in it.
 *
 * @example
 * ```ts
 * const l: LabelledCase = generateLabelledCase({ seed: 1, plant: ["overstay"] });
 * l.planted; // ["overstay"]
 * ```
 */
export interface LabelledCase {
  /** The case (a valid `Case` record). */
  readonly case: Case;
  /** Patterns planted in this case (empty for a clean case). */
  readonly planted: readonly PatternId[];
  /** Indicator ids (TPPO brief §5) the planted patterns are meant to fire. */
  readonly indicators: readonly string[];
  /** Indicator ids that may fire as a side effect (e.g. `high-risk-sector` for a clean worker in fishing). */
  readonly mayAlsoFire: readonly string[];
  /** The clean profile the case was built from. */
  readonly profile: ProfileId;
  /** Id shared by the cases of one group (group patterns and families). */
  readonly groupId?: string;
}

/**
 * Options of {@link generateCase} and {@link generateLabelledCase}.
 *
 * @example
 * ```ts
 * const options: GenerateCaseOptions = { seed: "demo", asOf: "2025-03-01", plant: ["passport-withheld"] };
 * ```
 */
export interface GenerateCaseOptions {
  /** Seed: the same seed and options give the same case. */
  readonly seed: number | string;
  /** Evaluation date (default {@link DEFAULT_AS_OF}). */
  readonly asOf?: string;
  /** Serial of the case under the seed (default 0); different serials give different cases and ids. */
  readonly index?: number;
  /** Single-case patterns to plant (applied in order on the base of the first). */
  readonly plant?: readonly PatternId[];
  /** Clean profile to build when nothing is planted (drawn by weight when absent). */
  readonly profile?: ProfileId;
}

/**
 * Options of {@link generateCases} and {@link generateLabelledCases}.
 *
 * @example
 * ```ts
 * const options: GenerateCasesOptions = { seed: 7, count: 1000, plant: { overstay: 0.02 }, familyRate: 0.05 };
 * ```
 */
export interface GenerateCasesOptions {
  /** Seed: the same seed and options give the same stream. */
  readonly seed: number | string;
  /** Number of cases to emit. */
  readonly count: number;
  /** Evaluation date (default {@link DEFAULT_AS_OF}). */
  readonly asOf?: string;
  /** Planting rates per pattern (fraction of cases); the rest are clean. */
  readonly plant?: PlantRates;
  /** Fraction of clean units that are families of 2–4 (default 0.04). */
  readonly familyRate?: number;
}

/**
 * Options of {@link generateGroup}.
 *
 * @example
 * ```ts
 * const options: GenerateGroupOptions = { seed: 3, pattern: "villa-cluster", size: 7 };
 * ```
 */
export interface GenerateGroupOptions {
  /** Seed. */
  readonly seed: number | string;
  /** Evaluation date (default {@link DEFAULT_AS_OF}). */
  readonly asOf?: string;
  /** The pattern to plant. */
  readonly pattern: PatternId;
  /** Number of cases (default: the smallest size of the pattern). */
  readonly size?: number;
  /** Serial of the group under the seed (default 0). */
  readonly index?: number;
}

interface Setup {
  readonly root: Random;
  readonly asOf: string;
  readonly tag: string;
  readonly offset: number;
  readonly law: StayLaw;
}

function setup(seed: number | string, asOf: string | undefined): Setup {
  const date = asOf ?? DEFAULT_AS_OF;
  if (dayNumberOrUndefined(date) === undefined) throw new TestkitError("date.invalid", { field: "asOf" });
  if (date < MIN_AS_OF) throw new TestkitError("options.invalid", { field: "asOf" });
  const root = createRandom(seed);
  const ids = root.fork("ids");
  const tag = ids.int(0, 0xffffff).toString(16).padStart(6, "0");
  return { root, asOf: date, tag, offset: ids.int(0, 99_999_999), law: createStayLaw() };
}

function caseContext(s: Setup, random: Random, serial: number): CaseContext {
  return { random, asOf: s.asOf, caseId: `case-${s.tag}-${serial}`, serial, offset: s.offset, law: s.law };
}

/** Every single-case pattern: the plain ones and the combined ones. */
const CASE_PATTERNS: Readonly<Partial<Record<PatternId, SinglePattern>>> = {
  ...SINGLE_PATTERNS,
  ...COMBINED_PATTERNS,
};

const HIGH_RISK = new Set(SECTOR_TABLE.filter((r) => r.highRisk).map((r) => r.sector));

function label(draft: CaseDraft, planted: readonly PatternId[], groupId?: string): LabelledCase {
  const c = finishCase(draft);
  const indicators = [...new Set(planted.flatMap((p) => PATTERNS[p].indicators))];
  const also = new Set(planted.flatMap((p) => PATTERNS[p].mayAlsoFire));
  if (c.employers.some((e) => HIGH_RISK.has(e.sector))) also.add("high-risk-sector");
  for (const i of indicators) also.delete(i);
  return {
    case: c,
    planted,
    indicators,
    mayAlsoFire: [...also],
    profile: draft.profile,
    ...(groupId === undefined ? {} : { groupId }),
  };
}

function checkCount(n: number, what: string): void {
  if (!Number.isInteger(n) || n < 0) throw new TestkitError("options.invalid", { field: what });
}

/**
 * Generates one labelled case: clean (a weighted or given profile) or with single-case patterns planted.
 *
 * @throws {@link TestkitError} `pattern.needs-group` for a group pattern (use {@link generateGroup}),
 * `pattern.unknown`, `pattern.incompatible` for patterns whose bases do not fit together, `date.invalid` or
 * `options.invalid` for a bad `asOf`, `index` or profile.
 * @example
 * ```ts
 * const { case: c, indicators } = generateLabelledCase({ seed: 1, plant: ["passport-withheld"] });
 * indicators; // ["passport-withheld"]
 * ```
 */
export function generateLabelledCase(options: GenerateCaseOptions): LabelledCase {
  const s = setup(options.seed, options.asOf);
  const index = options.index ?? 0;
  checkCount(index, "index");
  const ctx = caseContext(s, s.root.fork(`case/${index}`), index);
  const plant = options.plant ?? [];
  if (plant.length === 0) {
    const profile = options.profile ?? ctx.random.weighted(PROFILE_WEIGHTS);
    const build = SINGLE_PROFILES[profile];
    if (!build) throw new TestkitError("options.invalid", { field: "profile" });
    return label(build(ctx), []);
  }
  const patterns = plant.map((id) => {
    if (!(id in PATTERNS)) throw new TestkitError("pattern.unknown", { field: "plant" });
    const p = CASE_PATTERNS[id];
    if (!p) throw new TestkitError("pattern.needs-group", { field: "plant" });
    return p;
  });
  const draft = patterns[0]!.base(ctx);
  for (const p of patterns) p.apply(ctx, draft);
  return label(draft, [...new Set(plant)]);
}

/**
 * Generates one case (the `case` of {@link generateLabelledCase}).
 *
 * @example
 * ```ts
 * const c = generateCase({ seed: "demo", plant: ["overstay"] });
 * parseCase(c).ok; // true
 * ```
 */
export function generateCase(options: GenerateCaseOptions): Case {
  return generateLabelledCase(options).case;
}

function buildGroup(
  s: Setup,
  pattern: PatternId,
  size: number,
  groupSerial: number,
  firstSerial: number,
): LabelledCase[] {
  const random = s.root.fork(`group/${groupSerial}`);
  const members = Array.from({ length: size }, (_, i) => caseContext(s, random, firstSerial + i));
  const groupId = `grp-${s.tag}-${groupSerial}`;
  const builder = GROUP_PATTERNS[pattern];
  if (builder) {
    const group: GroupContext = { random, asOf: s.asOf, groupId, groupSerial, offset: s.offset, law: s.law };
    return builder(group, members).map((d) => label(d, [pattern], groupId));
  }
  const single = CASE_PATTERNS[pattern]!;
  return members.map((ctx) => {
    const d = single.base(ctx);
    single.apply(ctx, d);
    return label(d, [pattern]);
  });
}

/**
 * Generates one group of consecutive cases planted with `pattern` (a single-case pattern gives
 * `size` independent planted cases).
 *
 * @example
 * ```ts
 * const villa = generateGroup({ seed: 3, pattern: "villa-cluster", size: 7 });
 * new Set(villa.map((l) => l.case.person.addressIds[0])).size; // 1
 * ```
 */
export function generateGroup(options: GenerateGroupOptions): LabelledCase[] {
  const s = setup(options.seed, options.asOf);
  const info = PATTERNS[options.pattern];
  if (!info) throw new TestkitError("pattern.unknown", { field: "pattern" });
  const size = options.size ?? info.groupSize[0];
  const index = options.index ?? 0;
  checkCount(size, "size");
  checkCount(index, "index");
  if (size > 20) throw new TestkitError("options.invalid", { field: "size" });
  return buildGroup(s, options.pattern, size, index, index * 20);
}

function cleanUnit(
  s: Setup,
  unit: number,
  serial: number,
  remaining: number,
  familyRate: number,
): LabelledCase[] {
  const random = s.root.fork(`unit/${unit}`);
  if (remaining >= 2 && random.chance(familyRate)) {
    const resident = remaining >= 3 && random.chance(0.5);
    const size = Math.min(remaining, resident ? random.int(3, 4) : random.int(2, 4));
    const members = Array.from({ length: size }, (_, i) => caseContext(s, random, serial + i));
    const groupId = `fam-${s.tag}-${unit}`;
    const drafts = resident ? residentFamily(members) : touristFamily(members);
    return drafts.map((d) => label(d, [], groupId));
  }
  const ctx = caseContext(s, random, serial);
  const profile = random.weighted(PROFILE_WEIGHTS);
  return [label(SINGLE_PROFILES[profile]!(ctx), [])];
}

/**
 * Streams `count` labelled cases, lazily: only the current unit (one case, a family of up to 4, or a
 * planted group of up to 9) is held, so memory stays constant however many cases are drawn. Group
 * members are emitted consecutively. Deterministic: the same options give identical JSON.
 *
 * @example
 * ```ts
 * for (const { case: c, planted } of generateLabelledCases({ seed: 7, count: 1000, plant: { overstay: 0.02 } })) {
 *   if (planted.includes("overstay")) console.log(c.id);
 * }
 * ```
 */
export function* generateLabelledCases(
  options: GenerateCasesOptions,
): Generator<LabelledCase, void, undefined> {
  const s = setup(options.seed, options.asOf);
  checkCount(options.count, "count");
  const familyRate = options.familyRate ?? 0.04;
  if (!(familyRate >= 0 && familyRate <= 1))
    throw new TestkitError("options.invalid", { field: "familyRate" });
  const schedule = createPlantSchedule(options.plant ?? {}, s.root.fork("schedule"));
  let serial = 0;
  let unit = 0;
  while (serial < options.count) {
    const remaining = options.count - serial;
    const next = schedule.next(remaining);
    const cases =
      next.kind === "pattern"
        ? buildGroup(s, next.pattern, next.size, unit, serial)
        : cleanUnit(s, unit, serial, remaining, familyRate);
    schedule.record(next, cases.length);
    serial += cases.length;
    unit += 1;
    yield* cases;
  }
}

/**
 * Streams `count` plain `Case` records (the `case` of each {@link generateLabelledCases} item).
 *
 * @example
 * ```ts
 * let n = 0;
 * for (const c of generateCases({ seed: 1, count: 100_000 })) n += c.permits.length;
 * ```
 */
export function* generateCases(options: GenerateCasesOptions): Generator<Case, void, undefined> {
  for (const labelled of generateLabelledCases(options)) yield labelled.case;
}
