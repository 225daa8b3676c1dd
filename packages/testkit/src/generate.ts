/**
 * The public generators: one case, one group, or a lazy stream of labelled or plain cases (a look-alike group
 * on its own is in look-alike-generation.ts).
 */
import type { Case } from "@timpora/models";
import { CHILD_PATTERNS } from "./child-patterns.js";
import { PROFILE_WEIGHTS, SINGLE_PROFILES } from "./clean-profiles.js";
import { COMBINED_PATTERNS } from "./combined-patterns.js";
import { accompanyChildren, linkFamilyBothWays } from "./family-links.js";
import { residentFamily, touristFamily } from "./family-unit.js";
import {
  caseContext,
  checkCount,
  DEFAULT_AS_OF,
  type Setup,
  setup,
  withProtectedAttributes,
} from "./generator-setup.js";
import { GROUP_PATTERNS, type GroupContext } from "./group-patterns.js";
import { type LabelledCase, label } from "./labelled-case.js";
import { LOOK_ALIKE_KINDS, LOOK_ALIKES, type LookAlikeRates } from "./look-alike-catalogue.js";
import { lookAlikeUnit } from "./look-alike-generation.js";
import { PATTERNS, type PatternId } from "./pattern-catalogue.js";
import { createPlantSchedule, type PlantRates } from "./plant-schedule.js";
import type { ProfileId } from "./profile-id.js";
import { REALISTIC_PLANT_RATES } from "./realistic-population.js";
import type { SinglePattern } from "./single-pattern.js";
import { SINGLE_PATTERNS } from "./single-patterns.js";
import { TestkitError } from "./testkit-error.js";

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
 * const realistic: GenerateCasesOptions = { seed: 7, count: 10_000, population: "realistic" };
 * ```
 */
export interface GenerateCasesOptions {
  /** Seed: the same seed and options give the same stream. */
  readonly seed: number | string;
  /** Number of cases to emit. */
  readonly count: number;
  /** Evaluation date (default {@link DEFAULT_AS_OF}). */
  readonly asOf?: string;
  /**
   * Planting rates per pattern (fraction of cases); the rest are clean. Default: none, or
   * `REALISTIC_PLANT_RATES` in a realistic population.
   */
  readonly plant?: PlantRates;
  /** Fraction of clean units that are families of 2–4 (default 0.04). */
  readonly familyRate?: number;
  /**
   * `"realistic"`: beside clean cases and planted patterns, plant benign look-alikes (`LOOK_ALIKES`, about a
   * third of the cases), fill in religion and ethnicity on a share of all cases, and record family relations
   * on both sides. Absent: clean cases and planted patterns only, as before (the same seed gives the same
   * stream as in earlier versions).
   */
  readonly population?: "realistic";
  /**
   * Realistic population only: rates per look-alike kind (fraction of cases), each replacing the kind's
   * `defaultRate`; a kind left out keeps its default, `0` turns it off.
   */
  readonly lookAlikes?: LookAlikeRates;
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

/** Every single-case pattern: the plain ones, the combined ones and the child ones. */
const CASE_PATTERNS: Readonly<Partial<Record<PatternId, SinglePattern>>> = {
  ...SINGLE_PATTERNS,
  ...COMBINED_PATTERNS,
  ...CHILD_PATTERNS,
};

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
 * import { parseCase } from "@timpora/models";
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
  realistic: boolean,
): LabelledCase[] {
  const random = s.root.fork(`unit/${unit}`);
  if (remaining >= 2 && random.chance(familyRate)) {
    const resident = remaining >= 3 && random.chance(0.5);
    const size = Math.min(remaining, resident ? random.int(3, 4) : random.int(2, 4));
    const members = Array.from({ length: size }, (_, i) => caseContext(s, random, serial + i));
    const groupId = `fam-${s.tag}-${unit}`;
    const drafts = resident ? residentFamily(members) : touristFamily(members);
    if (realistic) {
      linkFamilyBothWays(drafts);
      accompanyChildren(drafts);
    }
    return drafts.map((d) => label(d, [], groupId));
  }
  const ctx = caseContext(s, random, serial);
  const profile = random.weighted(PROFILE_WEIGHTS);
  return [label(SINGLE_PROFILES[profile]!(ctx), [])];
}

/**
 * Streams `count` labelled cases, lazily: only the current unit (one case, a family, a planted group of up to
 * 9, or the current member of a look-alike group, whose shared records are all that is kept of it) is held,
 * so memory stays constant however many cases are drawn. Group members are emitted consecutively.
 * Deterministic: the same options give identical JSON. With `population: "realistic"` the stream also holds
 * benign look-alikes (`LOOK_ALIKES`), labelled in `lookAlikes`.
 *
 * @throws {@link TestkitError} `options.invalid` for a bad `count`, `familyRate`, rate or `population`, or
 * `lookAlikes` without a realistic population; `pattern.unknown`, `look-alike.unknown`; `date.invalid`.
 * @example
 * ```ts
 * for (const { case: c, planted } of generateLabelledCases({ seed: 7, count: 1000, plant: { overstay: 0.02 } })) {
 *   if (planted.includes("overstay")) console.log(c.id);
 * }
 * for (const { lookAlikes } of generateLabelledCases({ seed: 7, count: 1000, population: "realistic" })) {
 *   if (lookAlikes.length > 0) console.log(lookAlikes[0]); // e.g. "business-visitor"
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
  if (options.population !== undefined && options.population !== "realistic")
    throw new TestkitError("options.invalid", { field: "population" });
  const realistic = options.population === "realistic";
  if (options.lookAlikes !== undefined && !realistic)
    throw new TestkitError("options.invalid", { field: "lookAlikes" });
  const plant = options.plant ?? (realistic ? REALISTIC_PLANT_RATES : {});
  const lookAlikes: LookAlikeRates = realistic ? { ...defaultLookAlikeRates(), ...options.lookAlikes } : {};
  const schedule = createPlantSchedule(plant, s.root.fork("schedule"), lookAlikes);
  let serial = 0;
  let unit = 0;
  while (serial < options.count) {
    const remaining = options.count - serial;
    const next = schedule.next(remaining);
    const cases: Iterable<LabelledCase> =
      next.kind === "pattern"
        ? buildGroup(s, next.pattern, next.size, unit, serial)
        : next.kind === "look-alike"
          ? lookAlikeUnit(s, next.lookAlike, next.size, unit, serial)
          : cleanUnit(s, unit, serial, remaining, familyRate, realistic);
    const first = serial;
    let emitted = 0;
    for (const labelled of cases) {
      emitted += 1;
      yield realistic ? withProtectedAttributes(s, labelled, first + emitted - 1) : labelled;
    }
    schedule.record(next, emitted);
    serial += emitted;
    unit += 1;
  }
}

/** The default rate of every look-alike kind (`LOOK_ALIKES[kind].defaultRate`). */
function defaultLookAlikeRates(): LookAlikeRates {
  return Object.fromEntries(LOOK_ALIKE_KINDS.map((k) => [k, LOOK_ALIKES[k].defaultRate]));
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
