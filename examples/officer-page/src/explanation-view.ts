/**
 * Shows an indicator's explanation tree: each group (all, any, not) and each fact condition with its fact, path,
 * operator, the value expected and the value on record, and whether it passed, failed or was not evaluated.
 * Personal values arrive from the evaluator as `{ redacted: true }` and are shown as hidden.
 */
import { defaultFacts, type ExplanationNode, type ShownValue } from "@timpora/tppo";
import { el } from "./element.js";
import type { MessageCode } from "./messages.js";
import type { PageLanguage } from "./page-language.js";

const factLabels = new Map(defaultFacts.map((f) => [f.id, f.label]));

const isMarker = (value: unknown, key: "redacted" | "absent"): boolean =>
  typeof value === "object" && value !== null && (value as Record<string, unknown>)[key] === true;

/** A value as the officer reads it: hidden personal data, not on record, or the value as JSON. */
export function shownValue(value: ShownValue, language: PageLanguage): string {
  if (value === undefined || isMarker(value, "absent")) return language.t("value.absent");
  if (isMarker(value, "redacted")) return language.t("value.redacted");
  return typeof value === "string" ? value : JSON.stringify(value);
}

function nodeView(node: ExplanationNode, language: PageLanguage): HTMLElement {
  const t = language.t;
  const state = el("span", { class: `state ${node.state}` }, t(`node.${node.state}` as MessageCode));
  if (node.kind !== "fact") {
    const children = el("ul", {});
    for (const child of node.children) children.append(nodeView(child, language));
    return el(
      "li",
      { "data-node": node.kind },
      `${t(`node.${node.kind}` as MessageCode)} — `,
      state,
      children,
    );
  }
  const label = factLabels.get(node.fact)?.[language.current];
  const subject = `${node.fact}${node.path ? `.${node.path}` : ""}`;
  return el(
    "li",
    { "data-node": "fact", "data-fact": subject },
    el("code", {}, subject),
    label ? ` (${label})` : "",
    " ",
    el("code", {}, node.operator),
    ` ${t("node.expected")}: `,
    el("span", { class: "value" }, shownValue(node.expected, language)),
    `; ${t("node.actual")}: `,
    el("span", { class: "value actual" }, shownValue(node.actual, language)),
    " — ",
    state,
  );
}

/**
 * The explanation tree as a nested list.
 *
 * @example
 * ```ts
 * explanationView(assessment.fired[0].explanation, language);
 * ```
 */
export function explanationView(root: ExplanationNode, language: PageLanguage): HTMLElement {
  return el("ul", { class: "explanation" }, nodeView(root, language));
}
