/**
 * The dimensions a map can cut the present population by, the value of each for a person, and the labels
 * of the values in Indonesian and English.
 */
import {
  EmployerSectorSchema,
  employerSectorLabels,
  icaoNationalityLabels,
  type Labels,
  type LabelTable,
  PermitKindSchema,
  PermitPurposeSchema,
  permitKindLabels,
  permitPurposeLabels,
} from "@timpora/models";
import {
  type Level,
  LevelSchema,
  levelLabels,
  type RouteKind,
  RouteKindSchema,
  routeLabels,
} from "@timpora/tppo";
import type { PresenceEntry } from "./presence.js";

/**
 * The dimensions of a map: nationality, permit kind, purpose, stay status (lawful, overstay, unknown),
 * employer sector, screening level and routes (of @timpora/tppo assessments).
 *
 * @example
 * ```ts
 * const d: DimensionName = "stay";
 * ```
 */
export type DimensionName =
  | "nationality"
  | "permitKind"
  | "purpose"
  | "stay"
  | "employerSector"
  | "screeningLevel"
  | "routes";

/**
 * Every dimension name, in the order a report shows them.
 *
 * @example
 * ```ts
 * dimensionNames.length; // 7
 * ```
 */
export const dimensionNames: readonly DimensionName[] = [
  "nationality",
  "permitKind",
  "purpose",
  "stay",
  "employerSector",
  "screeningLevel",
  "routes",
];

/**
 * Names of the dimensions in Indonesian and English.
 *
 * @example
 * ```ts
 * dimensionLabels.stay.en; // "Stay status"
 * ```
 */
export const dimensionLabels: LabelTable<DimensionName> = {
  nationality: { id: "Kewarganegaraan", en: "Nationality" },
  permitKind: { id: "Jenis izin tinggal", en: "Permit kind" },
  purpose: { id: "Tujuan", en: "Purpose" },
  stay: { id: "Status tinggal", en: "Stay status" },
  employerSector: { id: "Sektor pemberi kerja", en: "Employer sector" },
  screeningLevel: { id: "Tingkat penyaringan TPPO", en: "TPPO screening level" },
  routes: { id: "Rujukan lain", en: "Routes" },
};

/** The value `other` collects nationalities (and route combinations) too rare to have a column of their own. */
export const OTHER = "other";

const other: Labels = { id: "Lainnya (digabung)", en: "Other (merged)" };
const none: Labels = { id: "Tidak ada", en: "None" };

const stayLabels: LabelTable<"lawful" | "overstay" | "unknown"> = {
  lawful: { id: "Sah (izin berlaku)", en: "Lawful (permit in force)" },
  overstay: { id: "Melebihi izin tinggal (overstay)", en: "Overstay" },
  unknown: { id: "Tidak diketahui", en: "Unknown" },
};

const notScreened: Labels = { id: "Belum disaring", en: "Not screened" };

/** What a map knows of a present person: the presence entry and, if screened, the level and routes. */
export interface PersonFacts {
  /** The presence entry (present). */
  entry: PresenceEntry;
  /** Screening level, when an assessment was given. */
  level?: Level;
  /** Routes of the assessment, when given. */
  routes?: readonly RouteKind[];
}

/** The value of a dimension for a person. */
export function dimensionValue(dimension: DimensionName, facts: PersonFacts): string {
  const { entry } = facts;
  switch (dimension) {
    case "nationality":
      return entry.nationality;
    case "permitKind":
      return entry.permitKind;
    case "purpose":
      return entry.purpose;
    case "stay":
      return entry.stay === "lawful" || entry.stay === "overstay" ? entry.stay : "unknown";
    case "employerSector":
      return entry.employerSector;
    case "screeningLevel":
      return facts.level ?? "not-screened";
    case "routes": {
      if (facts.routes === undefined) return "not-screened";
      const kinds = RouteKindSchema.options.filter((k) => facts.routes?.includes(k));
      return kinds.length === 0 ? "none" : kinds.join("+");
    }
  }
}

/** The values a dimension always lists (`undefined`: the values seen, rare ones merged into {@link OTHER}). */
export function fixedValues(dimension: DimensionName): readonly string[] | undefined {
  switch (dimension) {
    case "permitKind":
      return [...PermitKindSchema.options, "none"];
    case "purpose":
      return [...PermitPurposeSchema.options, "none"];
    case "stay":
      return ["lawful", "overstay", "unknown"];
    case "employerSector":
      return [...EmployerSectorSchema.options, "none"];
    case "screeningLevel":
      return [...LevelSchema.options, "not-screened"];
    default:
      return undefined;
  }
}

/** The label of a dimension's value. */
export function valueLabel(dimension: DimensionName, value: string): Labels {
  if (value === OTHER && (dimension === "nationality" || dimension === "routes")) return other;
  if (value === "none") return none;
  if (value === "not-screened") return notScreened;
  switch (dimension) {
    case "nationality": {
      const label = icaoNationalityLabels(value);
      return label
        ? { id: `${label.id} (${value})`, en: `${label.en} (${value})` }
        : { id: value, en: value };
    }
    case "permitKind":
      return permitKindLabels[value as keyof typeof permitKindLabels];
    case "purpose":
      return permitPurposeLabels[value as keyof typeof permitPurposeLabels];
    case "stay":
      return stayLabels[value as keyof typeof stayLabels];
    case "employerSector":
      return employerSectorLabels[value as keyof typeof employerSectorLabels];
    case "screeningLevel":
      return levelLabels[value as Level];
    case "routes": {
      const parts = value.split("+").map((k) => routeLabels[k as RouteKind]);
      return { id: parts.map((p) => p.id).join(" + "), en: parts.map((p) => p.en).join(" + ") };
    }
  }
}
