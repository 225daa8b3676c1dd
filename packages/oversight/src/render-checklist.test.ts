import { describe, expect, it } from "vitest";
import type { Checklist } from "./checklist.js";
import { questionLabels } from "./observation-questions.js";
import { renderChecklist } from "./render-checklist.js";

const form: Checklist = {
  target: { kind: "address", id: "a-<1>", rank: 2 },
  questions: [
    {
      key: "documentHolder",
      label: questionLabels.documentHolder,
      indicators: ["passport-withheld"],
      people: [3, 7],
    },
    {
      key: "canLeaveFreely",
      label: questionLabels.canLeaveFreely,
      indicators: ["movement-restricted"],
      people: [7],
    },
  ],
};

describe("renderChecklist", () => {
  it("prints each question in Indonesian and English with the people to ask, and nothing that loads", () => {
    const html = renderChecklist(form, { day: "2024-12-02" });
    expect(html).toContain("B1: Siapa yang memegang paspor atau identitas?");
    expect(html).toContain("B1: Who holds the passport or ID?");
    expect(html).toContain("#3, #7");
    expect(html).toContain("UU 21/2007 Pasal 18");
    expect(html).toContain("default-src 'none'");
    expect(html).toContain("a-&lt;1&gt;");
    expect(html).not.toMatch(/<script|<img|<link|url\(|https?:/i);
    expect(html.match(/<tr>/g)).toHaveLength(3);
  });

  it("in one language only, and says so when nothing is left to ask", () => {
    const en = renderChecklist({ ...form, questions: [] }, { locale: "en" });
    expect(en).toContain("No question left to ask.");
    expect(en).not.toContain("Tidak ada pertanyaan");
    expect(en).toContain('<html lang="en">');
  });
});
