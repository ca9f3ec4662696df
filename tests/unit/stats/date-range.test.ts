import { describe, expect, it } from "vitest";
import { compareNewestFirst, sortNewestFirst } from "../../../src/quotes/collect.js";
import { withinDates } from "../../../src/stats/date-range.js";

describe("withinDates", () => {
  it("takes both bounds inclusive, and every date when none is given", () => {
    expect(withinDates("2018-03-28", { since: "2018-03-28", until: "2018-03-28" })).toBe(true);
    expect(withinDates("2018-03-27", { since: "2018-03-28" })).toBe(false);
    expect(withinDates("2018-03-29", { until: "2018-03-28" })).toBe(false);
    expect(withinDates("2018-03-29", {})).toBe(true);
  });

  it("leaves an undated article out of any bound, and in when there is none", () => {
    expect(withinDates(null, { since: "2018-01-01" })).toBe(false);
    expect(withinDates(null, { until: "2030-01-01" })).toBe(false);
    expect(withinDates(null, {})).toBe(true);
  });

  it("takes a date that is not a real one written YYYY-MM-DD as no date", () => {
    expect(withinDates("26/02/1968", { since: "2018-01-01" })).toBe(false);
    expect(withinDates("2018-02-30", { since: "2018-01-01", until: "2018-12-31" })).toBe(false);
    expect(withinDates("2021-03-09T10:30:00Z", { until: "2030-01-01" })).toBe(false);
    expect(withinDates("26/02/1968", {})).toBe(true);
  });
});

describe("compareNewestFirst", () => {
  it("puts the newest first and the undated last, a date that is not a real one among the undated", () => {
    const articles = [
      { file: "a.md", date: "2018-03-28" },
      { file: "b.md", date: null },
      { file: "c.md", date: "26/02/1968" },
      { file: "d.md", date: "2021-03-09" },
      { file: "e.md", date: "2021-03-09T10:30:00Z" },
      { file: "f.md", date: "2018-03-28" },
      { file: "g.md", date: "2018-02-30" },
    ];
    expect([...articles].sort(compareNewestFirst).map((a) => a.file)).toEqual(["d.md", "a.md", "f.md", "b.md", "c.md", "e.md", "g.md"]);
    // The sort that checks each date once gives the same order, from any order.
    expect(sortNewestFirst([...articles].reverse()).map((a) => a.file)).toEqual(["d.md", "a.md", "f.md", "b.md", "c.md", "e.md", "g.md"]);
  });
});
