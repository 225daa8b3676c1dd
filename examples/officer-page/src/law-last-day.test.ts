import { describe, expect, it } from "vitest";
import { lastDayUnderLaw } from "./law-last-day.js";

describe("lastDayUnderLaw", () => {
  it("gives the visit rule's initial stay with the entry day as day 1", () => {
    expect(lastDayUnderLaw("itk", "visa-on-arrival", "2023-09-29")).toMatchObject({
      status: "known",
      lastDay: "2023-10-28",
      days: 30,
    });
    expect(lastDayUnderLaw("itk", "visit-visa-single", "2024-02-01")).toMatchObject({
      lastDay: "2024-03-31",
      days: 60,
    });
  });

  it("answers unknown before the tables reach the entry day (visa exemption from 10 Mar 2016)", () => {
    expect(lastDayUnderLaw("itk", "visa-exempt", "2016-03-09").status).toBe("unknown");
    expect(lastDayUnderLaw("itk", "visa-exempt", "2016-03-10")).toMatchObject({ lastDay: "2016-04-08" });
  });

  it("has no answer for permits the law does not time from their entry", () => {
    expect(lastDayUnderLaw("itas", "limited-stay-visa", "2024-01-10")).toEqual({ status: "none" });
    expect(lastDayUnderLaw("itk", "crew", "2024-01-10")).toEqual({ status: "none" });
  });
});
