// The parse path behind every parse function: the compiled accept path (issue 10), then the input guard and zod
// to explain a record that is not accepted. Internal: the public face is parse-result.ts.
import type * as z from "zod";
import { compiledParser, type InputShape, parseCounted, REJECTED } from "./compiled-schema.js";
import { defaultInputLimits, type InputLimits, inspectInput } from "./input-guard.js";
import { issueMessages } from "./issue-code.js";
import { type CodedIssue, codedIssuesOf } from "./issue-mapping.js";
import type { ParseIssue, ParseOptions, ParseResult } from "./parse-result.js";
import { withRegionTable } from "./region-scope.js";
import { assertRegionTable, type RegionTable } from "./region-table.js";

/** Records produced by a parse function of this package (their outputs are fresh objects zod built). */
const parsedRecords = new WeakSet<object>();

/** Whether a value is a record a parse function returned. */
export function isMarkedParsed(value: unknown): boolean {
  return typeof value === "object" && value !== null && parsedRecords.has(value);
}

function toParseIssue({ code, path }: CodedIssue): ParseIssue {
  return { code, path, message: issueMessages[code] };
}

/** Drops repeated issues (one field failing two checks that map to the same code). */
function distinct(issues: CodedIssue[]): CodedIssue[] {
  const seen = new Set<string>();
  return issues.filter((issue) => {
    const key = JSON.stringify([issue.code, issue.path]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function failure(all: CodedIssue[], maxIssues: number): { ok: false; issues: ParseIssue[] } {
  const issues = distinct(all);
  const reported = issues.slice(0, maxIssues).map(toParseIssue);
  if (issues.length > maxIssues) reported.push(toParseIssue({ code: "issues.truncated", path: [] }));
  return { ok: false, issues: reported };
}

function limitsOf(given: Partial<InputLimits> | undefined): InputLimits {
  if (typeof given !== "object" || given === null) return defaultInputLimits;
  const pick = (key: keyof InputLimits): number => {
    const v = given[key];
    return typeof v === "number" && Number.isSafeInteger(v) && v > 0 ? v : defaultInputLimits[key];
  };
  return { maxDepth: pick("maxDepth"), maxNodes: pick("maxNodes"), maxKeys: pick("maxKeys") };
}

/**
 * {@link parseWith} with or without the compiled accept path (without it: the input guard, then zod alone, as
 * before issue 10; the differential tests hold the two equal).
 */
export function parseThrough<S extends z.ZodType>(
  schema: S,
  input: unknown,
  options: ParseOptions,
  compiledPath: boolean,
): ParseResult<z.output<S>> {
  const opts: ParseOptions = typeof options === "object" && options !== null ? options : {};
  const maxIssues =
    typeof opts.maxIssues === "number" && opts.maxIssues >= 0 ? Math.floor(opts.maxIssues) : 100;
  const regions = opts.regions;
  assertRegionTable(regions);
  const limits = limitsOf(opts.limits);
  const fast = compiledPath ? acceptedFast(schema, input, regions) : undefined;
  if (fast !== undefined) {
    // what the accepting parse counted stands for the guard's walk when it saw the whole input
    const shape = fast.shape;
    const withinLimits =
      shape.complete &&
      shape.values <= limits.maxNodes &&
      shape.deepest < limits.maxDepth &&
      shape.widest <= limits.maxKeys;
    const guard = withinLimits ? undefined : inspectInput(input, limits);
    if (guard) return failure([guard], maxIssues);
    if (typeof fast.value === "object" && fast.value !== null) parsedRecords.add(fast.value);
    return { ok: true, value: fast.value as z.output<S> };
  }
  const guard = inspectInput(input, limits);
  if (guard) return failure([guard], maxIssues);
  let result: z.ZodSafeParseResult<z.output<S>>;
  try {
    result = withRegionTable(
      regions,
      () => schema.safeParse(input, { reportInput: true }) as z.ZodSafeParseResult<z.output<S>>,
    );
  } catch {
    return failure([{ code: "input.unreadable", path: [] }], maxIssues);
  }
  if (result.success) {
    if (typeof result.data === "object" && result.data !== null) parsedRecords.add(result.data);
    return { ok: true, value: result.data };
  }
  return failure(result.error.issues.flatMap(codedIssuesOf), maxIssues);
}

/**
 * The value the compiled parser of `schema` accepts `input` as (zod's output) and what it saw of the input, or
 * undefined when it does not accept it or reading the input throws: zod then decides and explains.
 */
function acceptedFast(
  schema: z.ZodType,
  input: unknown,
  regions: RegionTable | undefined,
): { value: unknown; shape: InputShape } | undefined {
  try {
    const parse = compiledParser(schema);
    const counted = withRegionTable(regions, () => parseCounted(parse, input));
    return counted.value === REJECTED ? undefined : counted;
  } catch {
    return undefined;
  }
}
