import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseArticle } from "../../../src/article.js";
import { articleStats } from "../../../src/stats/article-stats.js";
import { bar, countBy, filterStats, overview } from "../../../src/stats/summarize.js";

const article = (file: string, front: string, body = "Body text here.") => articleStats(parseArticle({ file, text: `---\n${front}\n---\n${body}\n` }));
const stats = [
  article("a.md", "title: A\ndate: 2018-03-28\nauthors: [Ann Lee]\nsection: Europe\nstatus: published\ntags: [nato]", "“We will win this,” said Jo Park. Germany agreed."),
  article("b.md", "title: B\ndate: 2018-04-02\nauthors: [Ann Lee, Bo Kim]\nsection: Asia\ntags: [nato, trade]", "Japan and Germany met."),
  article("c.md", "title: C\ndate: 2019-01-15\nauthors: [Bo Kim]\nsection: Europe\nstatus: review"),
];

describe("counting", () => {
  it("counts articles by each dimension, by count or in time order", () => {
    expect(countBy(stats, "section").map((r) => [r.label, r.articles])).toEqual([["Europe", 2], ["Asia", 1]]);
    expect(countBy(stats, "month").map((r) => r.key)).toEqual(["2018-03", "2018-04", "2019-01"]);
    expect(countBy(stats, "year").map((r) => [r.key, r.articles])).toEqual([["2018", 2], ["2019", 1]]);
    expect(countBy(stats, "author").map((r) => [r.key, r.articles])).toEqual([["Ann Lee", 2], ["Bo Kim", 2]]);
    expect(countBy(stats, "tag").map((r) => [r.key, r.articles])).toEqual([["nato", 2], ["trade", 1]]);
    expect(countBy(stats, "status").map((r) => r.key)).toEqual(["draft", "published", "review"]);
    expect(countBy(stats, "country").map((r) => r.label)).toEqual(["Germany (DE)", "Japan (JP)"]);
    expect(countBy(stats, "speaker")).toEqual([{ key: "Jo Park", label: "Jo Park", articles: 1, quotes: 1 }]);
  });

  it("filters by date, section, status, author and tag", () => {
    expect(filterStats(stats, { since: "2018-04-01" }).map((s) => s.file)).toEqual(["b.md", "c.md"]);
    expect(filterStats(stats, { section: "europe", status: "review" }).map((s) => s.file)).toEqual(["c.md"]);
    expect(filterStats(stats, { author: "kim", tag: "trade" }).map((s) => s.file)).toEqual(["b.md"]);
  });

  it("gives an overview with statuses, date range, authors, words, quotes and speakers", () => {
    expect(overview(stats)).toMatchObject({ articles: 3, byStatus: { published: 1, draft: 1, review: 1 }, from: "2018-03-28", to: "2019-01-15", authors: 2, quotes: 1, speakers: 1 });
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
