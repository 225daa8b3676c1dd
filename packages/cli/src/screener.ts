import type { Locale } from "@timpora/models";
import { type BatchResult, createEvaluator, type PopulationIndex, type RuleSet } from "@timpora/tppo";

/** What screens a stream of records: the one place that chooses the engine. */
export interface Screener {
  /** The validated rule set in use. */
  readonly ruleSet: RuleSet;
  /** Ids of the rules in force on the evaluation date. */
  readonly activeRuleIds: readonly string[];
  /** Worker threads that screen the records (1: this thread, no workers). */
  readonly concurrency: number;
  /** Screens the records of a source with the population index: one result per record, in input order. */
  screen(
    source: () => AsyncIterable<unknown>,
    index: PopulationIndex | undefined,
  ): AsyncIterable<BatchResult>;
}

/** Options of {@link createScreener}. */
export interface ScreenerOptions {
  /** Evaluation date. */
  asOf: string;
  /** A validated rule set (default: the shipped default rules). */
  ruleSet?: RuleSet;
  /** Language of each assessment's one-line summary. */
  locale: Locale;
  /** Worker threads (1 or more; 1 screens in this thread). */
  concurrency: number;
}

/**
 * The screener of the command, on the compiled engine of @timpora/tppo: with `concurrency` 1, in this thread
 * (`createEvaluator(…).evaluateMany`); above 1, over that many worker threads (`evaluateManyParallel` of
 * `@timpora/tppo/node`), the population index shared with them, not copied. Both yield the same results in input
 * order. The evaluator is created here in either case: it validates the options before anything is read.
 */
export function createScreener(options: ScreenerOptions): Screener {
  const evaluator = createEvaluator({
    asOf: options.asOf,
    locale: options.locale,
    ...(options.ruleSet === undefined ? {} : { ruleSet: options.ruleSet }),
  });
  const { concurrency } = options;
  return {
    ruleSet: evaluator.ruleSet,
    activeRuleIds: evaluator.activeRuleIds,
    concurrency,
    screen: (source, index) =>
      concurrency > 1
        ? screenInWorkers(source, index, { ...options, concurrency })
        : evaluator.evaluateMany(source, index === undefined ? {} : { index }),
  };
}

/** The parallel batches, imported when asked for: a run on one thread never loads the worker pool. */
async function* screenInWorkers(
  source: () => AsyncIterable<unknown>,
  index: PopulationIndex | undefined,
  options: ScreenerOptions,
): AsyncGenerator<BatchResult> {
  const { evaluateManyParallel } = await import("@timpora/tppo/node");
  yield* evaluateManyParallel(source, {
    asOf: options.asOf,
    locale: options.locale,
    concurrency: options.concurrency,
    ...(options.ruleSet === undefined ? {} : { ruleSet: options.ruleSet }),
    ...(index === undefined ? {} : { index }),
  });
}
