/** Levenshtein distance between two strings (insertions, deletions and substitutions each cost 1). */
function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(
        previous[j]! + 1,
        current[j - 1]! + 1,
        previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * The known names closest to `given` ("did you mean"): those within an edit distance of a third of the longer
 * name (at least 2, case ignored), or that contain it or are contained in it (from 3 characters), closest first,
 * at most `max`. The rule-set validation suggests with it, and so can any tool that names what it knows (the
 * `timpora` command for its columns, facts and indicators).
 *
 * @example
 * ```ts
 * closestNames("workplce", ["workplace", "employer", "sponsor"]); // ["workplace"]
 * ```
 */
export function closestNames(given: string, known: Iterable<string>, max = 3): string[] {
  const g = given.toLowerCase();
  const scored: { name: string; score: number }[] = [];
  for (const name of known) {
    const n = name.toLowerCase();
    const distance = editDistance(g, n);
    const near = distance <= Math.max(2, Math.floor(Math.max(g.length, n.length) / 3));
    const inside = g.length >= 3 && (n.includes(g) || g.includes(n));
    if (near || inside) scored.push({ name, score: inside && !near ? distance + 0.5 : distance });
  }
  return scored
    .sort((x, y) => x.score - y.score || x.name.localeCompare(y.name))
    .slice(0, max)
    .map((s) => s.name);
}
