import { type Confidence, ConfidenceSchema, type Labels, type LabelTable } from "@timpora/models";
import { type PolicyTable, rowAsOf } from "@timpora/permits";
import * as z from "zod";
import type { ElementResult } from "./levels.js";
import type { Element, Strength } from "./rule-set.js";

/**
 * Where else a case belongs, beside its TPPO level (issue 9): `immigration` (immigration action: overstay,
 * work or activity outside the permit, false statements), `labour` (the manpower office: wages, hours or
 * deductions without TPPO means), `child-protection` (any minor with a fired indicator), `identity` (an
 * identity check: a biometric or identity match). A route never changes the level.
 *
 * @example
 * ```ts
 * RouteKindSchema.options; // ["immigration", "labour", "child-protection", "identity"]
 * ```
 */
export const RouteKindSchema = z.enum(["immigration", "labour", "child-protection", "identity"]);

/**
 * A route beside the level: where else the case belongs.
 *
 * @example
 * ```ts
 * const kind: RouteKind = "child-protection";
 * routeLabels[kind].en; // "Child protection (UPTD PPA, social services)"
 * ```
 */
export type RouteKind = z.infer<typeof RouteKindSchema>;

/**
 * Names of the routes in Indonesian and English.
 *
 * @example
 * ```ts
 * routeLabels.labour.id; // "Ketenagakerjaan (dinas tenaga kerja)"
 * ```
 */
export const routeLabels: LabelTable<RouteKind> = {
  immigration: { id: "Imigrasi (tindakan keimigrasian)", en: "Immigration (immigration action)" },
  labour: { id: "Ketenagakerjaan (dinas tenaga kerja)", en: "Labour (manpower office)" },
  "child-protection": {
    id: "Perlindungan anak (UPTD PPA, dinas sosial)",
    en: "Child protection (UPTD PPA, social services)",
  },
  identity: { id: "Pemeriksaan identitas", en: "Identity check" },
};

/**
 * What a rule's firing opens, as rule metadata (`routes` on an indicator rule): the immigration provisions of
 * UU 6/2011 (Pasal 78 overstay, 122 misuse of a permit, 123 false statements), labour conditions, an identity
 * match. The child-protection route is the case's (any minor with a fired indicator), not a rule's.
 *
 * @example
 * ```ts
 * RouteBasisSchema.options.includes("immigration.permit-misuse"); // true
 * ```
 */
export const RouteBasisSchema = z.enum([
  "immigration.overstay",
  "immigration.permit-misuse",
  "immigration.false-statement",
  "labour.working-conditions",
  "identity.match",
]);

/**
 * A basis a rule carries for a route.
 *
 * @example
 * ```ts
 * const overstay = defaultRuleSet.rules.find((r) => r.id === "overstay");
 * const bases: RouteBasis[] = (overstay?.routes ?? []).map((t) => t.basis);
 * bases; // ["immigration.overstay"]
 * ```
 */
export type RouteBasis = z.infer<typeof RouteBasisSchema>;

/**
 * zod schema of a {@link RouteTag}: a basis, and optionally a boolean fact path that must be `true` for the
 * tag to apply (e.g. `identity.earlierFalseStatementFinding` for Pasal 123 on `identity-fraud`).
 *
 * @example
 * ```ts
 * RouteTagSchema.parse({ basis: "immigration.false-statement", when: { fact: "identity", path: "earlierFalseStatementFinding" } });
 * ```
 */
export const RouteTagSchema = z.strictObject({
  /** The basis the rule's firing opens. */
  basis: RouteBasisSchema,
  /** Only when this boolean fact value is `true` (a plain dotted path into a fact). */
  when: z.strictObject({ fact: z.string().min(1).max(128), path: z.string().min(1).max(500) }).optional(),
});

/**
 * A route a rule opens when it fires (rule metadata).
 *
 * @example
 * ```ts
 * // as on `identity-fraud`: Pasal 123 (false statements) only when an earlier finding is on record
 * const tag: RouteTag = {
 *   basis: "immigration.false-statement",
 *   when: { fact: "identity", path: "earlierFalseStatementFinding" },
 * };
 * RouteTagSchema.safeParse(tag).success; // true
 * ```
 */
export type RouteTag = z.infer<typeof RouteTagSchema>;

/**
 * The stable codes of the reasons behind routes:
 * - `immigration.overstay`, `immigration.permit-misuse`, `immigration.false-statement`: UU 6/2011 Pasal 78,
 *   122, 123, cited from the dated rows of @timpora/permits' policy table;
 * - `immigration.screen-first`: the person carries a means or purpose indicator of at least medium strength, so
 *   victim screening comes before any immigration action (UU 21/2007 Pasal 18, non-punishment; TPPO brief §5.5
 *   item 7). Weak ones (overstay, living at the workplace) are very common outside trafficking (Delphi: W) and
 *   do not on their own hold immigration action back;
 * - `labour.working-conditions`: wage, hours or deduction indicators while TPPO means are not positive;
 * - `child-protection.minor-indicator`: a minor with any fired indicator;
 * - `identity.match`: a biometric or identity match.
 *
 * @example
 * ```ts
 * routeReasonCodes.length; // 7
 * ```
 */
export const routeReasonCodes = [
  "immigration.overstay",
  "immigration.permit-misuse",
  "immigration.false-statement",
  "immigration.screen-first",
  "labour.working-conditions",
  "child-protection.minor-indicator",
  "identity.match",
] as const;

/**
 * A reason behind a route.
 *
 * @example
 * ```ts
 * import { generateCase } from "@timpora/testkit";
 *
 * const asOf = "2025-03-01";
 * const c = generateCase({ seed: "demo", asOf, plant: ["overstay"] });
 * const assessment = await createEvaluator({ asOf }).evaluate(c);
 * const codes: RouteReasonCode[] = assessment.routes.flatMap((r) => r.reasons.map((x) => x.code));
 * codes; // ["immigration.overstay"]
 * ```
 */
export type RouteReasonCode = (typeof routeReasonCodes)[number];

/**
 * The message of each {@link RouteReasonCode} in Indonesian and English (fixed texts; the citation is given
 * beside it, from the policy table).
 *
 * @example
 * ```ts
 * routeReasonMessages["immigration.screen-first"].en;
 * // "A means or purpose indicator fired: victim screening before any immigration action (UU 21/2007 Art. 18)"
 * ```
 */
export const routeReasonMessages: LabelTable<RouteReasonCode> = {
  "immigration.overstay": {
    id: "Melebihi izin tinggal: biaya beban atau deportasi menurut undang-undang keimigrasian",
    en: "Overstay: a charge or deportation under the immigration law",
  },
  "immigration.permit-misuse": {
    id: "Bekerja atau berkegiatan di luar maksud izin tinggal",
    en: "Work or activity outside the purpose of the stay permit",
  },
  "immigration.false-statement": {
    id: "Keterangan palsu untuk memperoleh visa atau izin tinggal",
    en: "False information to obtain a visa or stay permit",
  },
  "immigration.screen-first": {
    id: "Ada indikator cara atau tujuan: skrining korban lebih dahulu sebelum tindakan keimigrasian (UU 21/2007 Pasal 18)",
    en: "A means or purpose indicator fired: victim screening before any immigration action (UU 21/2007 Art. 18)",
  },
  "labour.working-conditions": {
    id: "Upah, jam kerja atau potongan bermasalah tanpa unsur cara TPPO yang positif: untuk pengawas ketenagakerjaan",
    en: "Wages, hours or deductions at issue while TPPO means are not positive: for labour inspection",
  },
  "child-protection.minor-indicator": {
    id: "Anak (di bawah 18 tahun) dengan indikator: untuk layanan perlindungan anak",
    en: "A minor (under 18) with an indicator: for child-protection services",
  },
  "identity.match": {
    id: "Kecocokan biometrik, temuan keterangan palsu atau paspor yang pernah ditolak: untuk pemeriksaan identitas",
    en: "A biometric match, a false-statement finding or a denied passport: for an identity check",
  },
};

/** A legal provision cited by a route reason (from the policy table's dated rows). */
const CitationSchema = z.object({
  /** The instrument, e.g. "UU 6/2011". */
  instrument: z.string(),
  /** The article, e.g. "Pasal 122". */
  article: z.string(),
  /** Where the text or a report of it can be read. */
  url: z.string(),
});

/**
 * zod schema of a {@link RouteReason}.
 *
 * @example
 * ```ts
 * RouteReasonSchema.shape.code.options.includes("identity.match"); // true
 * ```
 */
export const RouteReasonSchema = z.object({
  /** Stable code. */
  code: z.enum(routeReasonCodes),
  /** The reason in Indonesian and English. */
  message: z.object({ id: z.string(), en: z.string() }),
  /** The fired indicators behind it. */
  indicators: z.array(z.string()),
  /** The provision cited, from the policy table row in force on the evaluation date. */
  citation: CitationSchema.optional(),
  /** Confidence of that row. */
  confidence: ConfidenceSchema.optional(),
});

/**
 * A reason behind a route, with the indicators and the provision behind it.
 *
 * @example
 * ```ts
 * import { generateCase } from "@timpora/testkit";
 *
 * const asOf = "2025-03-01";
 * const c = generateCase({ seed: "demo", asOf, plant: ["overstay"] });
 * const assessment = await createEvaluator({ asOf }).evaluate(c);
 * const reason: RouteReason | undefined = assessment.routes[0]?.reasons[0];
 * reason?.indicators; // ["overstay"]
 * reason?.citation?.article; // "Pasal 78" (of UU 6/2011, from the policy table row in force)
 * reason?.confidence; // "medium"
 * ```
 */
export type RouteReason = z.infer<typeof RouteReasonSchema>;

/**
 * zod schema of a {@link Route}.
 *
 * @example
 * ```ts
 * import { generateCase } from "@timpora/testkit";
 *
 * const asOf = "2025-03-01";
 * const c = generateCase({ seed: "demo", asOf, plant: ["overstay"] });
 * const assessment = await createEvaluator({ asOf }).evaluate(c);
 * RouteSchema.safeParse(assessment.routes[0]).success; // true
 * ```
 */
export const RouteSchema = z.object({
  /** The route. */
  route: RouteKindSchema,
  /** Its name in Indonesian and English. */
  label: z.object({ id: z.string(), en: z.string() }),
  /** Why, each with its code. */
  reasons: z.array(RouteReasonSchema),
});

/**
 * Where else a case belongs, and why. A route never changes the TPPO level.
 *
 * @example
 * ```ts
 * import { generateCase } from "@timpora/testkit";
 *
 * const asOf = "2025-03-01";
 * const c = generateCase({ seed: "demo", asOf, plant: ["overstay"] });
 * const assessment = await createEvaluator({ asOf }).evaluate(c);
 * const route: Route | undefined = assessment.routes[0];
 * route?.route; // "immigration"
 * route?.label.id; // "Imigrasi (tindakan keimigrasian)"
 * assessment.level; // "note" (the route does not raise it)
 * ```
 */
export type Route = z.infer<typeof RouteSchema>;

/**
 * A fired indicator as the route rule reads it.
 *
 * @example
 * ```ts
 * import { defaultRuleSet, type IndicatorRule } from "@timpora/tppo";
 *
 * const routable = (r: IndicatorRule): RoutableIndicator =>
 *   ({ id: r.id, elements: r.elements, context: r.context === true, strength: r.strength, routes: r.routes });
 * const wages = defaultRuleSet.rules.find((r) => r.id === "wages-withheld");
 * wages === undefined ? undefined : routable(wages).routes; // [{ basis: "labour.working-conditions" }]
 * ```
 */
export interface RoutableIndicator {
  /** Indicator id. */
  id: string;
  /** Elements it evidences. */
  elements: readonly Element[];
  /** Context only. */
  context: boolean;
  /** Strength after overrides. */
  strength: Strength;
  /** The routes its rule opens (rule metadata). */
  routes?: readonly RouteTag[] | undefined;
}

/**
 * What {@link routesOf} reads.
 *
 * @example
 * ```ts
 * import { defaultPolicyTable } from "@timpora/permits";
 *
 * const none = { positive: false, counted: [] };
 * const input: RouteInput = {
 *   fired: [
 *     {
 *       id: "wages-withheld",
 *       elements: ["purpose"],
 *       context: false,
 *       strength: "medium",
 *       routes: [{ basis: "labour.working-conditions" }],
 *     },
 *   ],
 *   elements: { act: none, means: none, purpose: none },
 *   minor: true,
 *   values: new Map(),
 *   policy: defaultPolicyTable,
 *   asOf: "2025-03-01",
 * };
 * routesOf(input).map((r) => r.route); // ["labour", "child-protection"]
 * ```
 */
export interface RouteInput {
  /** The fired indicators. */
  fired: readonly RoutableIndicator[];
  /** The level rule's element outcomes. */
  elements: Readonly<Record<Element, ElementResult>>;
  /** The person was a minor on the evaluation date. */
  minor: boolean;
  /** Derived fact values by fact id (for the tags' `when`): a `Map`, or anything with its `get`. */
  values: Pick<ReadonlyMap<string, unknown>, "get">;
  /** The policy table whose provisions are cited. */
  policy: PolicyTable;
  /** The evaluation date. */
  asOf: string;
}

const PROVISION_OF = {
  "immigration.overstay": "overstayProvision",
  "immigration.permit-misuse": "permitMisuseProvision",
  "immigration.false-statement": "falseStatementProvision",
} as const;

const ORDER: readonly RouteKind[] = RouteKindSchema.options;

function whenHolds(tag: RouteTag, values: RouteInput["values"]): boolean {
  if (tag.when === undefined) return true;
  let v: unknown = values.get(tag.when.fact);
  for (const seg of tag.when.path.split(".")) {
    if (v === null || typeof v !== "object" || !Object.hasOwn(v, seg)) return false;
    v = (v as Record<string, unknown>)[seg];
  }
  return v === true;
}

function reason(code: RouteReasonCode, indicators: readonly string[]): RouteReason {
  return { code, message: routeReasonMessages[code], indicators: [...indicators] };
}

function cited(r: RouteReason, input: RouteInput, basis: keyof typeof PROVISION_OF): RouteReason {
  const found = rowAsOf(input.policy.parameters[PROVISION_OF[basis]], input.asOf);
  if (found.status !== "known") return r;
  const { instrument, article, url } = found.row.source;
  const confidence: Confidence = found.row.confidence;
  const message: Labels = {
    id: `${r.message.id} (${instrument} ${article})`,
    en: `${r.message.en} (${instrument} ${article})`,
  };
  return { ...r, message, citation: { instrument, article, url }, confidence };
}

/**
 * The routes of a case beside its level: each basis its fired rules open (an immigration basis cited from the
 * dated provision rows of the policy table), labour only while means are not positive, child protection for a
 * minor with any fired indicator, and, on the immigration route, victim screening first for anyone carrying a
 * means or purpose indicator of at least medium strength. Routes are listed in a fixed order and never change the level.
 *
 * @example
 * ```ts
 * import { defaultPolicyTable } from "@timpora/permits";
 *
 * const none = { positive: false, counted: [] };
 * const fired: RoutableIndicator[] = [
 *   { id: "overstay", elements: ["means"], context: false, strength: "weak", routes: [{ basis: "immigration.overstay" }] },
 *   { id: "passport-withheld", elements: ["means"], context: false, strength: "strong" }, // no route of its own
 * ];
 * const elements = { act: none, means: none, purpose: none };
 * const input = { fired, elements, minor: false, values: new Map(), policy: defaultPolicyTable, asOf: "2025-03-01" };
 * routesOf(input)[0]?.reasons.map((r) => r.code);
 * // ["immigration.overstay", "immigration.screen-first"]: victim screening before any immigration action
 * ```
 */
export function routesOf(input: RouteInput): Route[] {
  const byBasis = new Map<RouteBasis, string[]>();
  for (const ind of input.fired) {
    for (const tag of ind.routes ?? []) {
      if (!whenHolds(tag, input.values)) continue;
      const ids = byBasis.get(tag.basis) ?? [];
      if (!ids.includes(ind.id)) ids.push(ind.id);
      byBasis.set(tag.basis, ids);
    }
  }
  const reasons = new Map<RouteKind, RouteReason[]>();
  const add = (route: RouteKind, r: RouteReason) => reasons.set(route, [...(reasons.get(route) ?? []), r]);
  for (const basis of RouteBasisSchema.options) {
    const ids = byBasis.get(basis);
    if (ids === undefined) continue;
    if (basis === "labour.working-conditions") {
      if (!input.elements.means.positive) add("labour", reason(basis, ids));
    } else if (basis === "identity.match") {
      add("identity", reason(basis, ids));
    } else {
      add("immigration", cited(reason(basis, ids), input, basis));
    }
  }
  const protective = input.fired.filter(
    (i) =>
      !i.context && i.strength !== "weak" && (i.elements.includes("means") || i.elements.includes("purpose")),
  );
  if (reasons.has("immigration") && protective.length > 0) {
    add(
      "immigration",
      reason(
        "immigration.screen-first",
        protective.map((i) => i.id),
      ),
    );
  }
  if (input.minor && input.fired.length > 0) {
    add(
      "child-protection",
      reason(
        "child-protection.minor-indicator",
        input.fired.map((i) => i.id),
      ),
    );
  }
  return ORDER.filter((route) => reasons.has(route)).map((route) => ({
    route,
    label: routeLabels[route],
    reasons: reasons.get(route)!,
  }));
}
