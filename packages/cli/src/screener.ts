import type { Locale } from "@timpora/models";
import { type BatchResult, createEvaluator, type PopulationIndex, type RuleSet } from "@timpora/tppo";

/** What screens a stream of records: the one place that chooses the engine. */
export interface Screener {
  /** The validated rule set in use. */
  readonly ruleSet: RuleSet;
  /** Ids of the rules in force on the evaluation date. */
  readonly activeRuleIds: readonly string[];
  /** How many records are screened at once (1 until parallel batches are available, see {@link createScreener}). */
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
  /** Records screened at once, as asked with `--concurrency` (1 or more). */
  concurrency: number;
}

/**
 * The screener of the command. Today it screens on one thread with `createEvaluator(…).evaluateMany`, whatever
 * `concurrency` asks: the parallel batches of issue 10 (`evaluateManyParallel` of `@timpora/tppo/node`, worker
 * threads, input order kept) are not on main yet. When they are, this is the one function to change:
 * `concurrency > 1` then returns `evaluateManyParallel(source, { asOf, index, concurrency, ruleSet, locale })`.
 * The results keep their shape and order, so nothing else in the command changes.
 */
export function createScreener(options: ScreenerOptions): Screener {
  const evaluator = createEvaluator({
    asOf: options.asOf,
    locale: options.locale,
    ...(options.ruleSet === undefined ? {} : { ruleSet: options.ruleSet }),
  });
  return {
    ruleSet: evaluator.ruleSet,
    activeRuleIds: evaluator.activeRuleIds,
    concurrency: 1,
    screen: (source, index) => evaluator.evaluateMany(source, index === undefined ? {} : { index }),
  };
}
