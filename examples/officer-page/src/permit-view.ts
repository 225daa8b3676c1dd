/**
 * Shows the permit flow's answer: the status on the date checked, the last day (and where it came from), the
 * overstay and its charge, the reasons and notes in the page's language, and the law applied, each citation with
 * its instrument, article and source address (as text: the page opens nothing by itself).
 */
import { confidenceLabels, type Locale } from "@timpora/models";
import type { Citation } from "@timpora/permits";
import { el, facts } from "./element.js";
import type { MessageCode } from "./messages.js";
import type { PageLanguage } from "./page-language.js";
import type { PermitAnswer } from "./permit-check.js";

/** Rupiah as an officer writes it: `Rp10.000.000` in Indonesian, `IDR 10,000,000` in English. */
export function rupiah(amount: number, locale: Locale): string {
  return locale === "id" ? `Rp${amount.toLocaleString("id-ID")}` : `IDR ${amount.toLocaleString("en-GB")}`;
}

function citationList(citations: readonly Citation[]): HTMLElement {
  const list = el("ul", { class: "citations" });
  for (const c of citations) {
    list.append(
      el("li", {}, el("strong", {}, c.instrument), `, ${c.article} — `, el("span", { class: "url" }, c.url)),
    );
  }
  return list;
}

/**
 * The permit flow's answer, in the page's language.
 *
 * @example
 * ```ts
 * target.replaceChildren(permitView(checkPermit(query), language));
 * ```
 */
export function permitView(answer: PermitAnswer, language: PageLanguage): HTMLElement {
  const t = language.t;
  const locale = language.current;
  if (!answer.ok && answer.problem === "needs-last-day") {
    return el(
      "div",
      { class: "result invalid", "data-problem": answer.problem },
      el("p", { class: "problem" }, t("permit.needsLastDay")),
      answer.law.status === "unknown" ? el("p", {}, answer.law.reason[locale]) : null,
    );
  }
  if (!answer.ok) {
    const list = el("ul", { class: "issues" });
    for (const i of answer.issues) {
      list.append(
        el(
          "li",
          { "data-code": i.code },
          el("code", {}, i.code),
          ` ${i.path.join(".")}: ${i.message[locale]}`,
        ),
      );
    }
    return el(
      "div",
      { class: "result invalid", "data-problem": answer.problem },
      el("p", { class: "problem" }, t("permit.invalid")),
      list,
    );
  }
  const { status, charge } = answer;
  const lastDay =
    status.lastDay === null
      ? t("permit.lastDay.unlimited")
      : answer.lastDaySource === "law" && answer.law.status === "known"
        ? t("permit.lastDay.law", { lastDay: status.lastDay, days: answer.law.days })
        : t("permit.lastDay.stored", { lastDay: status.lastDay });
  const chargeText =
    charge.status === "charge" && charge.amount !== undefined && charge.ratePerDay !== undefined
      ? t("permit.charge.charge", {
          amount: rupiah(charge.amount, locale),
          days: charge.days,
          rate: rupiah(charge.ratePerDay, locale),
        })
      : t(`permit.charge.${charge.status}` as MessageCode);
  const eligibility = answer.eligibility;
  const reasons = el("ul", { class: "reasons" });
  for (const r of [...status.reasons, ...charge.reasons]) {
    reasons.append(el("li", { "data-code": r.code }, r.message[locale]));
  }
  const warnings = el("ul", { class: "warnings" });
  for (const w of status.warnings) {
    const message =
      w.code === "valid-until.mismatch" && w.expected !== undefined && w.stored !== undefined
        ? t("permit.warning.mismatch", { stored: w.stored, expected: w.expected })
        : w.message[locale];
    warnings.append(el("li", { "data-code": w.code }, message));
  }
  return el(
    "div",
    {
      class: `result status-${status.status}`,
      "data-status": status.status,
      "data-last-day": status.lastDay ?? "",
      "data-overstay-days": String(status.overstayDays),
    },
    el(
      "p",
      { class: "headline" },
      `${t("permit.status", { on: status.on })}: `,
      el("strong", {}, t(`permit.status.${status.status}` as MessageCode)),
    ),
    facts([
      [t("permit.lastDayResult"), lastDay],
      [
        t("permit.remaining"),
        status.daysRemaining === null ? null : t("permit.days", { n: status.daysRemaining }),
      ],
      [t("permit.overstay"), t("permit.days", { n: status.overstayDays })],
      [t("permit.charge"), chargeText],
      [t("permit.confidence"), confidenceLabels[charge.confidence][locale]],
      [
        eligibility
          ? t("permit.eligibility", { nationality: eligibility.nationality, on: eligibility.on })
          : "",
        eligibility
          ? `${t(`permit.eligibility.${eligibility.result.status}` as MessageCode)} — ${eligibility.result.reason.message[locale]}`
          : null,
      ],
    ]),
    el("h4", {}, t("permit.reasons")),
    reasons,
    status.warnings.length > 0 ? el("h4", {}, t("permit.warnings")) : null,
    status.warnings.length > 0 ? warnings : null,
    el("h4", {}, t("permit.citations")),
    citationList(answer.citations),
    el("p", { class: "small" }, `${t("permit.policyVersion")}: ${status.policyVersion}`),
  );
}
