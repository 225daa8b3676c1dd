import { isAbsolute, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import type { Locale } from "@timpora/models";
import type { HolidayCalendar, PolicyTable } from "@timpora/permits";
import { EvaluatorOptionError, TppoError } from "./errors.js";
import type { EvaluatorOptions } from "./evaluator.js";
import type { AnyFactDefinition, PopulationIndex } from "./fact-definition.js";
import type { ElementPattern } from "./levels.js";
import type { OperatorDefinition } from "./operators.js";
import { type SharedPopulationIndex, sharedIndex } from "./shared-index.js";
import type { Thresholds } from "./thresholds.js";

/**
 * A module each worker thread (and the calling thread) imports for an option that is a function or holds
 * functions: an absolute or relative (to the working directory) file path, or a file URL. The module exports the
 * value under the option's name (`export const facts = …`) or as its default export.
 *
 * @example
 * ```ts
 * // team-facts.js beside this module: `export const facts = [...defaultFacts, teamFact];`
 * const facts: ModuleOption = new URL("./team-facts.js", import.meta.url);
 * const options: ParallelOptions = { asOf: "2025-03-01", facts };
 * ```
 */
export type ModuleOption = string | URL;

/**
 * Options of `evaluateManyParallel`: those of `createEvaluator` that are data, modules for the rest, and the
 * pool's.
 *
 * @example
 * ```ts
 * const options: ParallelOptions = {
 *   asOf: "2025-03-01",
 *   locale: "en",
 *   facts: "./team-facts.js", // a module path: a function cannot reach a worker thread
 *   concurrency: 4,
 *   batchSize: 256,
 * };
 * ```
 */
export interface ParallelOptions {
  /** Evaluation date (YYYY-MM-DD). */
  asOf: string;
  /** The population index, built once (`buildPopulationIndex`) and shared with every worker without copying. */
  index?: PopulationIndex;
  /** Worker threads. Default: one per core (`os.availableParallelism()`). */
  concurrency?: number;
  /** Records sent to a worker at a time. Default 256. */
  batchSize?: number;
  /**
   * Batches handed out and not yet yielded: with `batchSize`, what bounds memory (records and results held).
   * Default: two per worker.
   */
  maxBatchesInFlight?: number;
  /** Rule set (JSON), as for `createEvaluator`. */
  ruleSet?: unknown;
  /** Language of the summaries. */
  locale?: Locale;
  /** Threshold overrides. */
  thresholds?: Partial<Thresholds>;
  /** Element patterns of the combination rule. */
  combination?: readonly ElementPattern[];
  /** Permits policy table. */
  policy?: PolicyTable;
  /** Holiday calendar. */
  calendar?: HolidayCalendar;
  /** Show personal values in explanations. */
  revealPersonal?: boolean;
  /** Module exporting `facts`: the whole fact catalogue (e.g. `[...defaultFacts, ...yours]`). */
  facts?: ModuleOption;
  /** Module exporting `operators`: extra operators. */
  operators?: ModuleOption;
  /** Module exporting `zoneOf`: the zone of a case's place of stay. */
  zoneOf?: ModuleOption;
  /** The engine: only the compiled one runs in workers. */
  engine?: "compiled";
}

/** What every worker receives once, at its start: data only (the index's buffers are shared, not copied). */
export interface WorkerSetup {
  /** The evaluator's data options. */
  options: Omit<EvaluatorOptions, "facts" | "operators" | "zoneOf" | "engine">;
  /** File URLs of the option modules. */
  modules: { facts?: string; operators?: string; zoneOf?: string };
  /** The population index as shared buffers. */
  index?: SharedPopulationIndex;
}

const MODULE_OPTIONS = ["facts", "operators", "zoneOf"] as const;
const DATA_OPTIONS = [
  "asOf",
  "ruleSet",
  "locale",
  "thresholds",
  "combination",
  "policy",
  "calendar",
  "revealPersonal",
] as const;

function moduleUrl(field: string, value: unknown): string {
  if (value instanceof URL) return value.href;
  if (typeof value === "string" && value.startsWith("file:")) return new URL(value).href;
  if (typeof value === "string" && value !== "") {
    return pathToFileURL(isAbsolute(value) ? value : resolve(process.cwd(), value)).href;
  }
  // a function, or facts and operators given as values (they hold functions): they cannot reach a worker
  throw new TppoError("option.function", { field });
}

/** Data that can reach a worker: a structured clone of it must succeed (no function, no symbol). */
function transferable(field: string, value: unknown): void {
  try {
    structuredClone(value);
  } catch (cause) {
    throw new TppoError("option.function", { field, cause });
  }
}

/**
 * Checks the options of a worker-thread batch and turns them into a {@link WorkerSetup}: module options become
 * file URLs, data options are checked to cross to a worker, a function anywhere is refused with `TppoError`
 * `option.function` (naming the option).
 *
 * @throws TppoError `option.function`; EvaluatorOptionError for the pool's own options or an engine object
 */
export function workerSetup(options: ParallelOptions): WorkerSetup {
  if (options === null || typeof options !== "object") throw new EvaluatorOptionError("options");
  if (options.engine !== undefined && options.engine !== "compiled") {
    if (typeof options.engine === "object" || typeof options.engine === "function") {
      throw new TppoError("option.function", { field: "engine" });
    }
    throw new EvaluatorOptionError("engine");
  }
  const modules: WorkerSetup["modules"] = {};
  for (const field of MODULE_OPTIONS) {
    if (options[field] !== undefined) modules[field] = moduleUrl(field, options[field]);
  }
  const data: Record<string, unknown> = {};
  for (const field of DATA_OPTIONS) {
    const value = options[field];
    if (value === undefined) continue;
    transferable(field, value);
    data[field] = value;
  }
  const setup: WorkerSetup = { options: data as WorkerSetup["options"], modules };
  if (options.index !== undefined) setup.index = sharedIndex(options.index);
  return setup;
}

async function exported<T>(url: string, name: string): Promise<T> {
  const module = (await import(url)) as Record<string, unknown>;
  const value = Object.hasOwn(module, name) ? module[name] : module.default;
  if (value === undefined) throw new EvaluatorOptionError(name);
  return value as T;
}

/** The evaluator options of a setup, with the option modules imported. */
export async function evaluatorOptionsOf(setup: WorkerSetup): Promise<EvaluatorOptions> {
  const options: EvaluatorOptions = { ...setup.options };
  const { facts, operators, zoneOf } = setup.modules;
  if (facts !== undefined) options.facts = await exported<readonly AnyFactDefinition[]>(facts, "facts");
  if (operators !== undefined)
    options.operators = await exported<readonly OperatorDefinition[]>(operators, "operators");
  if (zoneOf !== undefined)
    options.zoneOf = await exported<NonNullable<EvaluatorOptions["zoneOf"]>>(zoneOf, "zoneOf");
  return options;
}
