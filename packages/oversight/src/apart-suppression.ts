/**
 * Small-cell protection of the counts apart, together with the number of people placed on the map.
 *
 * The same people are counted on every date, each once: on each date, the people placed on the map (the
 * region table's `all` row) plus those outside, departed, not yet arrived and of unknown place add up to
 * the number of people N, the same on both dates. So each date's five counts are a table whose total is N:
 * known to a reader as soon as one date's five counts are all published (and to anyone who knows N from
 * elsewhere). Hiding a small count apart on its own then gives nothing: it is N minus the published ones.
 *
 * The rule (threshold t): a count apart from 1 to t - 1 is suppressed (primary); the placed count of a date
 * is suppressed exactly when the region table's `all` row is (then every row and dimension table of that
 * date is, region-suppression.ts). A date with a suppressed count gets complements from its counts apart
 * (never the placed count, which the region table would give back) until it has two or more suppressed
 * counts whose sum is at least t. For any suppressed count h of that date, moving all of the suppressed
 * people of the date into h, or h's people into another suppressed count, keeps N and every published
 * number (a change is published only where both dates' counts are), so h ranges over [0, sum]: at least t
 * wide.
 *
 * When a date's counts apart add up to less than t in all (then each non-zero one is suppressed already),
 * no complement from them reaches t: the date's suppressed counts then only add up to N minus its placed
 * count, a small number that the region table alone gives to anyone who knows N. The map does not publish
 * N, and the rule keeps it underivable instead: every date gets two or more suppressed counts (the smallest,
 * preferring zeros). Adding people to one suppressed count on each date changes N and nothing published, so
 * each suppressed count is unbounded above, and moving its people to another suppressed count of its date
 * takes it to 0. The property test (suppression.test.ts) checks both cases against an integer programme
 * with N as a variable shared by the dates.
 */

/** One date's counts: the people placed on the map, then the counts apart in a fixed order. */
export interface ApartTable {
  /** People placed on the map (the region table's `all` row). */
  placed: number;
  /** Whether the region table suppresses the placed count on this date. */
  placedHidden: boolean;
  /** The counts apart (outside, departed, not yet arrived, place unknown), in a fixed order. */
  apart: readonly number[];
}

/** Which counts apart are suppressed: `hidden[date][i]` for `apart[i]`. */
export function suppressApart(tables: readonly ApartTable[], t: number): boolean[][] {
  const primary = tables.map((d) => d.apart.map((x) => x >= 1 && x < t));
  const hiddenSum = (d: number, hidden: readonly boolean[]) => {
    const table = tables[d] as ApartTable;
    return (
      (table.placedHidden ? table.placed : 0) + table.apart.reduce((s, x, i) => s + (hidden[i] ? x : 0), 0)
    );
  };
  const hiddenCount = (d: number, hidden: readonly boolean[]) =>
    ((tables[d] as ApartTable).placedHidden ? 1 : 0) + hidden.filter(Boolean).length;
  const hiddenElsewhere = (d: number, i: number) => primary.some((h, e) => e !== d && h[i]);
  /** The cheapest count to add: the smallest, then one suppressed on another date (fewer changes lost). */
  const cheapest = (d: number, hidden: readonly boolean[], atLeast = 0): number => {
    const apart = (tables[d] as ApartTable).apart;
    let pick = -1;
    apart.forEach((x, i) => {
      if (hidden[i] || x < atLeast) return;
      const p = apart[pick] ?? 0;
      if (pick < 0 || x < p || (x === p && hiddenElsewhere(d, i) && !hiddenElsewhere(d, pick))) pick = i;
    });
    return pick;
  };
  // Each date on its own: two or more suppressed counts adding up to at least t, where its counts allow it.
  const byRule = primary.map((start, d) => {
    const hidden = [...start];
    if (hiddenCount(d, hidden) === 0) return hidden;
    while (hiddenCount(d, hidden) < 2 || hiddenSum(d, hidden) < t) {
      const need = t - hiddenSum(d, hidden);
      // Reaching t: the smallest count that does it alone, else the largest non-zero one; then any.
      let pick = need > 0 ? cheapest(d, hidden, need) : cheapest(d, hidden);
      if (pick < 0 && need > 0) {
        const apart = (tables[d] as ApartTable).apart;
        apart.forEach((x, i) => {
          if (!hidden[i] && x > 0 && (pick < 0 || x > (apart[pick] ?? 0))) pick = i;
        });
      }
      if (pick < 0) return undefined;
      hidden[pick] = true;
    }
    return hidden;
  });
  if (byRule.every((h) => h !== undefined)) return byRule;
  // Some date cannot reach t: keep N underivable, with two or more suppressed counts on every date.
  return primary.map((start, d) => {
    const hidden = [...start];
    while (hiddenCount(d, hidden) < 2) {
      const pick = cheapest(d, hidden);
      if (pick < 0) break;
      hidden[pick] = true;
    }
    return hidden;
  });
}
