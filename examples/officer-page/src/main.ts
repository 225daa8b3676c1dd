/**
 * The officer's page: wires the three forms (read an MRZ, check a permit, screen a case file) to the packages and
 * their answers to the page, in Indonesian by default and English on the switch. Everything stays in this page's
 * memory: nothing is written to storage and nothing is sent (see the Content-Security-Policy in index.html).
 */
import "./style.css";
import {
  type IsoDate,
  isIsoDate,
  type MrzParseResult,
  PermitBasisSchema,
  PermitKindSchema,
  parseMrz,
  permitBasisLabels,
  permitKindLabels,
} from "@timpora/models";
import { defaultHolidayCalendar, defaultPolicyTable } from "@timpora/permits";
import { defaultRuleSet } from "@timpora/tppo";
import { byId, el } from "./element.js";
import { mrzView } from "./mrz-view.js";
import { type OfflineState, startOffline } from "./offline.js";
import { createPageLanguage } from "./page-language.js";
import { checkPermit, type PermitAnswer } from "./permit-check.js";
import { permitView } from "./permit-view.js";
import { type ScreeningAnswer, screenCaseFile } from "./screening.js";
import { screeningView } from "./screening-view.js";
import { todayInJakarta } from "./today.js";

const language = createPageLanguage(document);
const t = language.t;

// Language switch.
byId("language-switch", HTMLButtonElement).addEventListener("click", () =>
  language.set(language.current === "id" ? "en" : "id"),
);

// Choices from the packages' own enums and label tables.
const kind = byId("permit-kind", HTMLSelectElement);
const basis = byId("permit-basis", HTMLSelectElement);
for (const k of PermitKindSchema.options) kind.append(el("option", { value: k }));
for (const b of PermitBasisSchema.options) basis.append(el("option", { value: b }));
language.onChange(() => {
  for (const option of kind.options)
    option.text = permitKindLabels[option.value as keyof typeof permitKindLabels][language.current];
  for (const option of basis.options)
    option.text = permitBasisLabels[option.value as keyof typeof permitBasisLabels][language.current];
});

// Dates default to today in WIB, computed here.
const today = todayInJakarta();
const permitOn = byId("permit-on", HTMLInputElement);
const screeningOn = byId("screening-on", HTMLInputElement);
permitOn.value = today;
screeningOn.value = today;
const dateOf = (input: HTMLInputElement): IsoDate | undefined =>
  isIsoDate(input.value) ? input.value : undefined;

// 1. MRZ.
const mrzInput = byId("mrz", HTMLTextAreaElement);
const mrzResult = byId("mrz-result", HTMLDivElement);
let mrz: { result: MrzParseResult | "empty"; on: IsoDate } | undefined;
const showMrz = () => {
  if (mrz === undefined) return mrzResult.replaceChildren();
  const { result, on } = mrz;
  const expiry = result !== "empty" && result.ok ? result.value.expiryDate.iso : undefined;
  mrzResult.replaceChildren(mrzView(result, language, expiry !== undefined && expiry < on));
};
byId("mrz-form", HTMLFormElement).addEventListener("submit", (event) => {
  event.preventDefault();
  const on = dateOf(permitOn) ?? today;
  const lines = mrzInput.value.trim();
  mrz = { result: lines === "" ? "empty" : parseMrz(lines, { referenceDate: on }), on };
  showMrz();
});
language.onChange(showMrz);

// 2. Permit.
const entry = byId("permit-entry", HTMLInputElement);
const lastDay = byId("permit-last-day", HTMLInputElement);
const permitResult = byId("permit-result", HTMLDivElement);
let permit: PermitAnswer | "required" | undefined;
const showPermit = () => {
  if (permit === undefined) return permitResult.replaceChildren();
  if (permit === "required")
    return permitResult.replaceChildren(el("p", { class: "problem" }, t("permit.required")));
  permitResult.replaceChildren(permitView(permit, language));
};
byId("permit-form", HTMLFormElement).addEventListener("submit", (event) => {
  event.preventDefault();
  const entryDate = dateOf(entry);
  const on = dateOf(permitOn);
  const read = mrz?.result;
  if (entryDate === undefined || on === undefined) permit = "required";
  else
    permit = checkPermit({
      kind: PermitKindSchema.parse(kind.value),
      basis: PermitBasisSchema.parse(basis.value),
      entry: entryDate,
      writtenLastDay: dateOf(lastDay),
      on,
      nationality: read !== undefined && read !== "empty" && read.ok ? read.value.nationality : undefined,
    });
  showPermit();
});
language.onChange(showPermit);

// 3. Screening.
const caseFile = byId("case-file", HTMLInputElement);
const caseText = byId("case-text", HTMLTextAreaElement);
const screeningResult = byId("screening-result", HTMLDivElement);
let fileText = "";
let screening: ScreeningAnswer | "date" | "working" | undefined;
const showScreening = () => {
  if (screening === undefined) return screeningResult.replaceChildren();
  if (screening === "date" || screening === "working") {
    const code = screening === "date" ? "screening.date" : "screening.working";
    return screeningResult.replaceChildren(
      el("p", { class: screening === "date" ? "problem" : "" }, t(code)),
    );
  }
  screeningResult.replaceChildren(screeningView(screening, language));
};
const screen = async () => {
  const asOf = dateOf(screeningOn);
  if (asOf === undefined) screening = "date";
  else {
    screening = "working";
    showScreening();
    screening = await screenCaseFile(caseText.value.trim() !== "" ? caseText.value : fileText, asOf);
  }
  showScreening();
};
caseFile.addEventListener("change", async () => {
  const file = caseFile.files?.[0];
  fileText = file ? await file.text() : "";
  caseText.value = "";
  await screen();
});
byId("case-form", HTMLFormElement).addEventListener("submit", (event) => {
  event.preventDefault();
  void screen();
});
language.onChange(showScreening);

// Versions of the law table, holiday calendar and rules the page carries.
const versions = byId("versions", HTMLParagraphElement);
language.onChange(() => {
  versions.textContent = t("app.versions", {
    policy: defaultPolicyTable.version,
    calendar: defaultHolidayCalendar.version,
    rules: defaultRuleSet.id,
    rulesVersion: defaultRuleSet.version,
  });
});

// Working without a network.
const offline = byId("offline-state", HTMLParagraphElement);
let offlineState: OfflineState = "pending";
const showOffline = () => {
  offline.dataset.state = offlineState;
  offline.textContent = t(`offline.${offlineState}`);
};
language.onChange(showOffline);

language.set("id");
if (import.meta.env.PROD) {
  startOffline((state) => {
    offlineState = state;
    showOffline();
  });
}
