import { describe, expect, it } from "vitest";
import { suppressApart } from "./apart-suppression.js";

// Order of the counts apart: outside, departed, not yet arrived, place unknown. Threshold 5.
describe("suppressApart", () => {
  it("publishes every count when none is from 1 to t - 1", () => {
    expect(
      suppressApart(
        [
          { placed: 60, placedHidden: false, apart: [0, 0, 20, 0] },
          { placed: 55, placedHidden: false, apart: [0, 25, 0, 0] },
        ],
        5,
      ),
    ).toEqual([
      [false, false, false, false],
      [false, false, false, false],
    ]);
  });

  it("adds a complement of the same date so that the hidden counts add up to at least the threshold", () => {
    // 2 place unknown: with 3 departed the hidden sum is 5; with 0 it would stay 2, and with 40 it costs more.
    expect(suppressApart([{ placed: 100, placedHidden: false, apart: [40, 3, 0, 2] }], 5)).toEqual([
      [false, true, false, true],
    ]);
  });

  it("when a date's counts apart add up to less than the threshold, hides two counts on every date", () => {
    // 60 people; 2 departed by the second date: N = 60 must not be derivable from the first date. Complements
    // are zeros: the departures first on the first date (hidden on the other one, so no change is lost), then
    // the first in order (outside).
    expect(
      suppressApart(
        [
          { placed: 60, placedHidden: false, apart: [0, 0, 0, 0] },
          { placed: 58, placedHidden: false, apart: [0, 2, 0, 0] },
        ],
        5,
      ),
    ).toEqual([
      [true, true, false, false],
      [true, true, false, false],
    ]);
  });

  it("counts a suppressed placed total (a small map) among the date's hidden counts", () => {
    // 3 placed (hidden by the region table) and 4 departed: 7 hidden in all, two counts; nothing more.
    expect(suppressApart([{ placed: 3, placedHidden: true, apart: [0, 4, 9, 0] }], 5)).toEqual([
      [false, true, false, false],
    ]);
  });
});
