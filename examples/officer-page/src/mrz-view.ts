/**
 * Shows what `parseMrz` of @timpora/models read: the fields, every check digit, and the coded issues with their
 * place (line and position) in the page's language. The issue messages come from the package and never contain
 * MRZ text.
 */
import { icaoNationalityLabels, type MrzParseResult, type ParsedMrz, sexLabels } from "@timpora/models";
import { el, facts } from "./element.js";
import type { MessageCode } from "./messages.js";
import type { PageLanguage } from "./page-language.js";

/** A code with the name of its state or nationality, e.g. `MYS — Malaysia`. */
function stateName(code: string, language: PageLanguage): string {
  const labels = icaoNationalityLabels(code);
  return labels ? `${code} — ${labels[language.current]}` : code;
}

function fields(value: ParsedMrz, language: PageLanguage): HTMLElement {
  const t = language.t;
  const date = (d: ParsedMrz["birthDate"]) => (d.iso ? `${d.iso} (${d.raw})` : d.raw);
  return facts([
    [t("mrz.field.format"), value.format],
    [t("mrz.field.documentCode"), value.documentCode],
    [t("mrz.field.issuingState"), stateName(value.issuingState, language)],
    [t("mrz.field.primary"), value.names.primary],
    [t("mrz.field.secondary"), value.names.secondary],
    [t("mrz.field.documentNumber"), value.documentNumber],
    [t("mrz.field.nationality"), stateName(value.nationality, language)],
    [t("mrz.field.birthDate"), date(value.birthDate)],
    [t("mrz.field.sex"), sexLabels[value.sex][language.current]],
    [t("mrz.field.expiryDate"), date(value.expiryDate)],
    [t("mrz.field.optionalData"), value.optionalData],
  ]);
}

function checks(value: ParsedMrz, language: PageLanguage): HTMLElement {
  const t = language.t;
  const list = el("ul", { class: "checks" });
  for (const c of value.checks) {
    const state = c.valid
      ? t("mrz.check.ok", { actual: c.actual })
      : t("mrz.check.bad", { actual: c.actual, expected: c.expected });
    list.append(
      el(
        "li",
        { "data-check": c.name, "data-valid": String(c.valid) },
        `${t(`mrz.check.${c.name}` as MessageCode)}: ${state}`,
      ),
    );
  }
  return el("div", {}, el("h4", {}, t("mrz.checks")), list);
}

/**
 * The result of reading an MRZ, or `undefined` to clear the place.
 *
 * @example
 * ```ts
 * target.replaceChildren(mrzView(parseMrz(lines, { referenceDate: "2024-01-10" }), language));
 * ```
 */
export function mrzView(
  result: MrzParseResult | "empty",
  language: PageLanguage,
  expired = false,
): HTMLElement {
  const t = language.t;
  if (result === "empty") return el("p", { class: "problem" }, t("mrz.empty"));
  if (!result.ok) {
    const list = el("ul", { class: "issues" });
    for (const issue of result.issues) {
      const [, line, position] = issue.path;
      const at = line === undefined ? "" : ` (${t("mrz.at", { line, position: position ?? 1 })})`;
      list.append(
        el(
          "li",
          { "data-code": issue.code },
          el("code", {}, issue.code),
          ` ${issue.message[language.current]}${at}`,
        ),
      );
    }
    return el(
      "div",
      { class: "result invalid", "data-mrz": "invalid" },
      el("p", { class: "problem" }, t("mrz.invalid")),
      list,
    );
  }
  return el(
    "div",
    { class: "result", "data-mrz": "valid" },
    el("p", { class: "ok" }, t("mrz.valid")),
    expired ? el("p", { class: "problem" }, t("mrz.expired")) : null,
    fields(result.value, language),
    checks(result.value, language),
  );
}
