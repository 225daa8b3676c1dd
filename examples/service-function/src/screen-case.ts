/**
 * A service function that screens one case: what a web handler, a queue consumer or a serverless function
 * calls with the body it received. The evaluator is created once for the process (rules validated once) and
 * reused; bad input gets a 400 with coded issues and field paths, never an exception and never the values.
 */
import { type Locale, type ParseIssue, parseCase } from "@timpora/models";
import { type Assessment, createEvaluator, type Evaluator } from "@timpora/tppo";

/** What the function answers: a status and a JSON body. */
export type ScreenResponse =
  | {
      status: 200;
      body: Pick<Assessment, "caseId" | "level" | "summary" | "routes"> & { indicators: string[] };
    }
  | {
      status: 400;
      body: { error: "case.invalid"; issues: Pick<ParseIssue, "code" | "path">[]; message: string };
    };

const evaluators = new Map<string, Evaluator>();

/** One evaluator per evaluation date and language, created on first use and kept (validation runs once). */
function evaluatorFor(asOf: string, locale: Locale): Evaluator {
  const key = `${asOf}|${locale}`;
  let evaluator = evaluators.get(key);
  if (evaluator === undefined) {
    evaluator = createEvaluator({ asOf, locale });
    evaluators.set(key, evaluator);
  }
  return evaluator;
}

/**
 * Screens the case in a request body (already JSON-decoded) as of a date. Cross-record indicators (a sponsor with
 * many foreigners, …) need counts over the population: the caller passes what its database knows, e.g.
 * `{ sponsorForeignerCount: 7 }`; without them those indicators are "not evaluated", never silently false.
 */
export async function screenCase(
  body: unknown,
  options: { asOf: string; locale?: Locale; counts?: Record<string, number> },
): Promise<ScreenResponse> {
  const parsed = parseCase(body);
  if (!parsed.ok) {
    const locale = options.locale ?? "id";
    return {
      status: 400,
      body: {
        error: "case.invalid",
        issues: parsed.issues.map(({ code, path }) => ({ code, path })),
        message: parsed.issues.map((i) => `${i.path.join(".")}: ${i.message[locale]}`).join("; "),
      },
    };
  }
  const assessment = await evaluatorFor(options.asOf, options.locale ?? "id").evaluate(parsed.value, {
    counts: options.counts ?? {},
  });
  return {
    status: 200,
    body: {
      caseId: assessment.caseId,
      level: assessment.level,
      summary: assessment.summary,
      routes: assessment.routes,
      indicators: assessment.fired.map((f) => f.id),
    },
  };
}
