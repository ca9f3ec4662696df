import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseArticle } from "../../../src/article.js";
import { articleStats } from "../../../src/stats/article-stats.js";
import { bar, DIMENSIONS, matchesFilter, Tally, type StatsFilter } from "../../../src/stats/summarize.js";

const article = (file: string, front: string, body = "Body text here.") => articleStats(parseArticle({ file, text: `---\n${front}\n---\n${body}\n` }));
const stats = [
  article("a.md", "title: A\ndate: 2018-03-28\nauthors: [Ann Lee]\nsection: Europe\nstatus: published\ntags: [nato]", "“We will win this,” said Jo Park. Germany agreed."),
  article("b.md", "title: B\ndate: 2018-04-02\nauthors: [Ann Lee, Bo Kim]\nsection: Asia\ntags: [nato, trade]", "Japan and Germany met."),
  article("c.md", "title: C\ndate: 2019-01-15\nauthors: [Bo Kim]\nsection: Europe\nstatus: review"),
];

const tally = new Tally(DIMENSIONS);
for (const s of stats) tally.add(s);
const countBy = (by: Parameters<Tally["countBy"]>[0]) => tally.countBy(by);
const filtered = (filter: StatsFilter) => stats.filter((s) => matchesFilter(s, filter)).map((s) => s.file);

describe("counting", () => {
  it("counts articles by each dimension, by count or in time order", () => {
    expect(countBy("section").map((r) => [r.label, r.articles])).toEqual([["Europe", 2], ["Asia", 1]]);
    expect(countBy("month").map((r) => r.key)).toEqual(["2018-03", "2018-04", "2019-01"]);
    expect(countBy("year").map((r) => [r.key, r.articles])).toEqual([["2018", 2], ["2019", 1]]);
    expect(countBy("author").map((r) => [r.key, r.articles])).toEqual([["Ann Lee", 2], ["Bo Kim", 2]]);
    expect(countBy("tag").map((r) => [r.key, r.articles])).toEqual([["nato", 2], ["trade", 1]]);
    expect(countBy("status").map((r) => r.key)).toEqual(["draft", "published", "review"]);
    expect(countBy("country").map((r) => r.label)).toEqual(["Germany (DE)", "Japan (JP)"]);
    expect(countBy("speaker")).toEqual([{ key: "Jo Park", label: "Jo Park", articles: 1, quotes: 1 }]);
  });

  it("filters by date, section, status, author and tag", () => {
    expect(filtered({ since: "2018-04-01" })).toEqual(["b.md", "c.md"]);
    expect(filtered({ section: "europe", status: "review" })).toEqual(["c.md"]);
    expect(filtered({ author: "kim", tag: "trade" })).toEqual(["b.md"]);
  });

  it("takes an empty date or section (an imported article) as none", () => {
    const imported = new Tally();
    imported.add(article("d.md", 'title: D\ndate: ""\nsection: ""'));
    expect(imported.overview()).toMatchObject({ articles: 1, from: null, to: null });
    expect(imported.countBy("section").map((r) => r.key)).toEqual(["(none)"]);
    expect(imported.countBy("month")).toEqual([]);
  });

  it("places in time only real dates written YYYY-MM-DD (validate reports the others)", () => {
    const mixed = new Tally(DIMENSIONS);
    for (const date of ['"26/02/1968"', "2018-02-30", '"2021-03-09T10:30:00Z"', "2019-05-01"]) mixed.add(article("e.md", `title: E\ndate: ${date}`));
    expect(mixed.overview()).toMatchObject({ articles: 4, from: "2019-05-01", to: "2019-05-01" });
    expect(mixed.countBy("month").map((r) => [r.key, r.articles])).toEqual([["2019-05", 1]]);
    expect(mixed.countBy("year").map((r) => r.key)).toEqual(["2019"]);
  });

  it("counts by the dimensions it is given, the overview's unless told", () => {
    const bySection = new Tally(["section"]);
    for (const s of stats) bySection.add(s);
    expect(bySection.countBy("section")).toEqual(tally.countBy("section"));
    expect(() => bySection.countBy("tag")).toThrow("does not count by tag");
    const overview = new Tally();
    for (const s of stats) overview.add(s);
    expect(overview.overview()).toEqual(tally.overview());
  });

  it("gives an overview with statuses, date range, authors, words, quotes and speakers", () => {
    expect(tally.overview()).toMatchObject({ articles: 3, byStatus: { published: 1, draft: 1, review: 1 }, from: "2018-03-28", to: "2019-01-15", authors: 2, quotes: 1, speakers: 1 });
  });

  it("draws bars in blocks on a terminal and # elsewhere", () => {
    expect(bar(5, 10, 10, false)).toBe("#####");
    expect(bar(1, 100, 10, false)).toBe("#");
    expect(bar(10, 10, 4, true)).toBe("████");
    expect(bar(3, 8, 1, true)).toBe("▍");
  });
});

describe("countWords", () => {
  it("counts runs of text that hold a letter or digit", async () => {
    const { countWords } = await import("../../../src/stats/article-stats.js");
    expect(countWords("The U.S. and the tit-for-tat — 25 countries’ envoys.")).toBe(8);
    expect(countWords("  \n\t ")).toBe(0);
    expect(countWords("Côte d’Ivoire élection")).toBe(3);
    // A word may open with punctuation; punctuation alone, or inside a word, starts none.
    expect(countWords("“We —— (agree)” a—b … “ ”")).toBe(3);
    // From an offset on, as if the text started there (a word cut in two counts once).
    expect(countWords("Front matter. The body here", 13)).toBe(3);
    expect(countWords("Front matter. The body here", 16)).toBe(3);
  });

  it("counts what splitting on spaces and keeping the pieces with a letter or digit counts", async () => {
    const { countWords } = await import("../../../src/stats/article-stats.js");
    const piece = fc.constantFrom(" ", "\n", "\t", "\r", "\u00a0", "a", "Z", "7", "é", "ж", "中", "—", "“", "’", ".", "-", "\u2003", "\u2070", "\u00bf");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), (pieces) => {
        const text = pieces.join("");
        const expected = text.split(/[ \n\r\t\u00a0]+/).filter((word) => /[0-9A-Za-z\u00c0-\u1fff\u2070-\uffff]/.test(word)).length;
        expect(countWords(text)).toBe(expected);
      }),
      { numRuns: 2000 },
    );
  });
});
