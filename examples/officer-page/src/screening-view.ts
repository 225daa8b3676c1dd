/**
 * Shows the screening flow's answer: for each case its level with the reasons, the TPPO elements, the routes
 * beside the level, each fired indicator with its strength, sources and explanation, and the data gaps; for a
 * record that is not a case, its coded issues. The sentence that indicators are evidence, not verdicts, stands
 * above the form (index.html).
 */
import { type Assessment, ElementSchema, type FiredIndicator } from "@timpora/tppo";
import { el } from "./element.js";
import { explanationView } from "./explanation-view.js";
import type { MessageCode } from "./messages.js";
import type { PageLanguage } from "./page-language.js";
import type { RecordResult, ScreeningAnswer } from "./screening.js";
import { MAX_RECORDS } from "./screening.js";

function firedView(f: FiredIndicator, language: PageLanguage): HTMLElement {
  const t = language.t;
  const locale = language.current;
  const tags = [
    t(`strength.${f.strength}` as MessageCode),
    ...f.elements.map((e) => t(`element.${e}` as MessageCode)),
    f.needsObservation ? t("indicator.observed") : "",
    f.context ? t("indicator.context") : "",
  ].filter((s) => s !== "");
  const sources = el("ul", { class: "sources" });
  for (const s of f.sources) sources.append(el("li", {}, s.ref, s.url ? ` — ${s.url}` : ""));
  return el(
    "li",
    { class: "indicator", "data-indicator": f.id },
    el("strong", {}, f.label[locale]),
    ` (${tags.join(", ")}) `,
    el("code", {}, f.id),
    el(
      "details",
      { open: "" },
      el("summary", {}, t("indicator.explanation")),
      explanationView(f.explanation, language),
    ),
    el("details", {}, el("summary", {}, t("indicator.sources")), sources),
  );
}

function assessmentView(a: Assessment, language: PageLanguage): HTMLElement {
  const t = language.t;
  const locale = language.current;
  const elements = el("ul", { class: "elements" });
  for (const name of ElementSchema.options) {
    const e = a.elements[name];
    elements.append(
      el(
        "li",
        { "data-element": name, "data-positive": String(e.positive) },
        `${t(`element.${name}` as MessageCode)}: ${t(e.positive ? "element.positive" : "element.notPositive")}`,
      ),
    );
  }
  const routes = el("ul", { class: "routes" });
  for (const r of a.routes) {
    const reasons = el("ul", {});
    for (const why of r.reasons) {
      // The message names its provision already where it has one; add the citation only where it does not.
      const c = why.citation;
      const cite = c && !why.message[locale].includes(c.article) ? ` (${c.instrument} ${c.article})` : "";
      reasons.append(el("li", { "data-code": why.code }, `${why.message[locale]}${cite}`));
    }
    routes.append(el("li", { "data-route": r.route }, el("strong", {}, r.label[locale]), reasons));
  }
  const fired = el("ul", { class: "fired" });
  for (const f of a.fired) fired.append(firedView(f, language));
  const gaps = el("ul", { class: "gaps" });
  for (const n of a.notEvaluated) {
    gaps.append(
      el(
        "li",
        { "data-indicator": n.id, "data-code": n.reason.code },
        el("strong", {}, n.label[locale]),
        ` — ${n.reason.message[locale]}`,
      ),
    );
  }
  const levelReasons = el("ul", { class: "level-reasons" });
  for (const r of a.levelReasons) levelReasons.append(el("li", { "data-code": r.code }, r.message[locale]));
  return el(
    "article",
    { class: `assessment level-${a.level}`, "data-case": a.caseId, "data-level": a.level },
    el("h4", {}, t("screening.case", { id: a.caseId })),
    el(
      "p",
      { class: "headline" },
      `${t("screening.level")}: `,
      el("strong", { class: "level" }, a.levelLabel[locale]),
    ),
    a.levelReasons.length > 0 ? el("h5", {}, t("screening.levelReasons")) : null,
    a.levelReasons.length > 0 ? levelReasons : null,
    el("h5", {}, t("screening.elements")),
    elements,
    el("h5", {}, t("screening.routes")),
    a.routes.length > 0 ? routes : el("p", {}, t("screening.noRoutes")),
    el("h5", {}, t("screening.fired")),
    a.fired.length > 0 ? fired : el("p", {}, t("screening.noneFired")),
    el("h5", {}, t("screening.gaps")),
    a.notEvaluated.length > 0 ? gaps : el("p", {}, t("screening.noGaps")),
  );
}

function invalidView(r: Extract<RecordResult, { ok: false }>, language: PageLanguage): HTMLElement {
  const list = el("ul", { class: "issues" });
  for (const i of r.issues) {
    list.append(
      el(
        "li",
        { "data-code": i.code },
        el("code", {}, i.code),
        ` ${i.path.join(".")}: ${i.message[language.current]}`,
      ),
    );
  }
  return el(
    "article",
    { class: "assessment invalid", "data-record": String(r.recordIndex + 1) },
    el(
      "h4",
      {},
      `${language.t("screening.record", { n: r.recordIndex + 1 })} — ${language.t("screening.record.invalid")}`,
    ),
    list,
  );
}

/**
 * The screening flow's answer, in the page's language.
 *
 * @example
 * ```ts
 * target.replaceChildren(screeningView(await screenCaseFile(text, "2025-06-30"), language));
 * ```
 */
export function screeningView(answer: ScreeningAnswer, language: PageLanguage): HTMLElement {
  const t = language.t;
  if (!answer.ok) {
    const message =
      answer.problem === "too-many"
        ? t("screening.tooMany", { count: answer.count, max: MAX_RECORDS })
        : t(answer.problem === "json" ? "screening.json" : "screening.empty");
    return el(
      "div",
      { class: "result invalid", "data-problem": answer.problem },
      el("p", { class: "problem" }, message),
    );
  }
  const valid = answer.records.filter((r) => r.ok).length;
  return el(
    "div",
    { class: "result", "data-screened": String(valid) },
    el("p", {}, t("screening.count", { valid, count: answer.records.length, asOf: answer.asOf })),
    el("p", { class: "small" }, t(answer.list ? "screening.crossRecord.file" : "screening.crossRecord.one")),
    ...answer.records.map((r) => (r.ok ? assessmentView(r.assessment, language) : invalidView(r, language))),
  );
}
