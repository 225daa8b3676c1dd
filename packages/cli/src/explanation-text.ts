import type { Locale } from "@timpora/models";
import type { ExplanationNode } from "@timpora/tppo";

const MARK = { passed: "✔", failed: "✘", "not-evaluated": "·" } as const;

function shown(value: unknown): string {
  if (value !== null && typeof value === "object" && (value as { redacted?: unknown }).redacted === true)
    return "(redacted)";
  const text = JSON.stringify(value) ?? "undefined";
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}

const notEvaluatedWords: Record<Locale, Record<string, string>> = {
  id: {
    "short-circuit": "tidak dievaluasi",
    "cross-record-missing": "perlu indeks populasi",
    "data-gap": "data tidak tercatat",
  },
  en: {
    "short-circuit": "not evaluated",
    "cross-record-missing": "needs the population index",
    "data-gap": "not recorded",
  },
};

/**
 * An explanation tree as indented lines: `✔` passed, `✘` failed, `·` not evaluated; each fact condition with its
 * operator, the value it was compared with and the actual value (`(redacted)` for personal facts).
 */
export function explanationLines(node: ExplanationNode, locale: Locale, indent = "    "): string[] {
  const actualWord = locale === "id" ? "nilai" : "actual";
  const walk = (n: ExplanationNode, depth: number): string[] => {
    const pad = indent + "  ".repeat(depth);
    const why =
      n.state === "not-evaluated" && n.reason !== undefined
        ? ` (${notEvaluatedWords[locale][n.reason] ?? n.reason})`
        : "";
    if (n.kind === "fact") {
      const where = n.path === undefined ? n.fact : `${n.fact}.${n.path}`;
      const expected =
        n.expectedRef === undefined
          ? shown(n.expected)
          : `{fact: ${n.expectedRef.fact}${n.expectedRef.path ? `.${n.expectedRef.path}` : ""}}`;
      const actual =
        n.state === "not-evaluated" && n.actual === undefined ? "" : ` (${actualWord} ${shown(n.actual)})`;
      return [`${pad}${MARK[n.state]} ${where} ${n.operator} ${expected}${actual}${why}`];
    }
    return [`${pad}${MARK[n.state]} ${n.kind}${why}`, ...n.children.flatMap((c) => walk(c, depth + 1))];
  };
  return walk(node, 0);
}
