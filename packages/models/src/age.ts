import { dayNumberOf } from "./calendar-date.js";
import type { IsoDate } from "./dates.js";
import { ModelsError } from "./models-error.js";

/**
 * Age in completed years on a day: the number of birthdays that have passed, the birthday itself counting.
 *
 * A birthday on 29 February falls on **1 March in common years**: a person born on 2008-02-29 is 17 on
 * 2026-02-28 and 18 on 2026-03-01. No Indonesian rule on this was found (UU 35/2014 Art. 1(1) defines a
 * child as a person not yet 18 years old and says nothing of leap days). The SDK takes 1 March because a
 * person has then lived through the whole of that year's February (the reading reported for Hong Kong's
 * Age of Majority (Related Provisions) Ordinance, Cap. 410 s. 5, and for English practice; not verified
 * against their texts here), and because, where the question is whether someone is still a child, the later
 * day keeps a child's protection one day longer rather than ending it early. A reading of ours, recorded in
 * docs/decisions.md. This is the one age rule of every package.
 *
 * @param birthDate - `YYYY-MM-DD`
 * @param on - `YYYY-MM-DD`, not before `birthDate`
 * @throws ModelsError `date.invalid` for a malformed or non-existent date, `date.order` when `on` is before
 *   `birthDate`
 * @example
 * ```ts
 * ageOn("2008-02-29", "2026-02-28"); // 17
 * ageOn("2008-02-29", "2026-03-01"); // 18
 * ageOn("2007-06-30", "2025-06-30"); // 18 (the birthday counts)
 * ```
 */
export function ageOn(birthDate: IsoDate, on: IsoDate): number {
  const birth = dayNumberOf(birthDate, "birthDate");
  const day = dayNumberOf(on, "on");
  if (day < birth) throw new ModelsError("date.order", { field: "on" });
  // MM-DD strings order as dates; "02-28" < "02-29" keeps a 29 February birthday until 1 March.
  const years = Number(on.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return on.slice(5) < birthDate.slice(5) ? years - 1 : years;
}
