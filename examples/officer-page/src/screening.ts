/**
 * The screening flow's answer: a case file's text (one case, or a list of cases, as JSON) read with `parseCase`
 * and each valid case screened by @timpora/tppo's default evaluator on the evaluation date. In a list, the
 * cross-record indicators count among the file's own cases (a population index of the file). No DOM here:
 * screening-view.ts shows it.
 */
import { type IsoDate, type ParseIssue, parseCase } from "@timpora/models";
import { type Assessment, buildPopulationIndex, createEvaluator, type Evaluator } from "@timpora/tppo";

/** At most this many records are screened in the page (a larger file is for the command line). */
export const MAX_RECORDS = 2000;

/** One record of the file: its assessment, or the coded issues that kept it from being a case. */
export type RecordResult =
  | { ok: true; recordIndex: number; assessment: Assessment }
  | { ok: false; recordIndex: number; issues: ParseIssue[] };

/** The answer of the screening flow. */
export type ScreeningAnswer =
  | { ok: false; problem: "empty" | "json" }
  | { ok: false; problem: "too-many"; count: number }
  | {
      ok: true;
      asOf: IsoDate;
      /** The file held a list (cross-record indicators counted among its cases) rather than one case. */
      list: boolean;
      records: RecordResult[];
    };

const evaluators = new Map<IsoDate, Evaluator>();

/** The default evaluator for a date, made once per date while the page is open. */
function evaluatorOn(asOf: IsoDate): Evaluator {
  let evaluator = evaluators.get(asOf);
  if (evaluator === undefined) {
    evaluator = createEvaluator({ asOf });
    evaluators.set(asOf, evaluator);
  }
  return evaluator;
}

function readJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

/**
 * Screens the cases in a case file's text on `asOf`.
 *
 * @example
 * ```ts
 * const answer = await screenCaseFile(fileText, "2025-06-30");
 * if (answer.ok) for (const r of answer.records) if (r.ok) r.assessment.level; // "none" | "note" | "review" | "refer"
 * ```
 */
export async function screenCaseFile(text: string, asOf: IsoDate): Promise<ScreeningAnswer> {
  if (text.trim() === "") return { ok: false, problem: "empty" };
  const json = readJson(text);
  if (!json.ok) return { ok: false, problem: "json" };
  const list = Array.isArray(json.value);
  const values: unknown[] = Array.isArray(json.value) ? json.value : [json.value];
  if (values.length === 0) return { ok: false, problem: "empty" };
  if (values.length > MAX_RECORDS) return { ok: false, problem: "too-many", count: values.length };
  const parsed = values.map((value) => parseCase(value));
  const cases = parsed.flatMap((p) => (p.ok ? [p.value] : []));
  const index = list ? await buildPopulationIndex(cases, { asOf }) : undefined;
  const evaluator = evaluatorOn(asOf);
  const records: RecordResult[] = [];
  for (const [recordIndex, p] of parsed.entries()) {
    if (!p.ok) {
      records.push({ ok: false, recordIndex, issues: p.issues });
      continue;
    }
    const assessment = await evaluator.evaluate(p.value, index === undefined ? {} : { index });
    records.push({ ok: true, recordIndex, assessment });
  }
  return { ok: true, asOf, list, records };
}
