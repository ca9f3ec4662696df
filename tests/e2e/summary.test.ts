import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { fixture, ROOT, runCli } from "../helpers/run-cli.js";

const GOLD = path.join(ROOT, "tests/fixtures/quotes");
const DIMENSIONS = ["section", "month", "year", "author", "speaker", "country", "tag", "status"];

describe("irinsider summary", () => {
  it("gives a one-screen overview of the bundled store", () => {
    const result = runCli(ROOT, ["summary"]);
    expect(result.exitCode).toBe(0);
    expect(result.stdout.split("\n").slice(0, 2)).toEqual(["1 article (1 published), 2018-03-28 to 2018-03-28", "1 author · 497 words · 7 quotes · 4 speakers"]);
    for (const title of ["Articles by section", "Articles by month (last 1 with articles)", "Top speakers", "Top countries covered"]) expect(result.stdout).toContain(title);
  });

  it("says when no article is dated instead of printing an empty range", () => {
    const input = '---\ntitle: Imported\ndate: ""\nauthors: []\nsection: ""\nsummary: ""\n---\n\nJapan and Germany met.\n';
    const result = runCli(ROOT, ["summary", "-"], { input });
    expect(result.exitCode).toBe(0);
    expect(result.stdout.split("\n")[0]).toBe("1 article (1 draft), none dated");
  });

  it("finds the twenty countries of the seed article, misspelt ones included", () => {
    const rows = JSON.parse(runCli(ROOT, ["summary", "--by", "country", "--json"]).stdout);
    expect(rows.map((row: { country: string }) => row.country.slice(-3, -1)).sort()).toEqual(
      ["AU", "CA", "CZ", "DE", "DK", "EE", "FI", "FR", "GB", "HR", "HU", "IT", "LT", "LV", "NL", "PL", "RO", "RU", "SE", "US"].sort(),
    );
  });

  it.each(DIMENSIONS)("prints one table --by %s, in every format with the same rows", (by) => {
    const json = JSON.parse(runCli(GOLD, ["summary", "--store", ".", "--by", by, "--json"]).stdout);
    expect(json.length).toBeGreaterThan(0);
    expect(Object.keys(json[0])).toEqual(by === "speaker" ? [by, "quotes", "articles"] : [by, "articles"]);
    const csv = runCli(GOLD, ["summary", "--store", ".", "--by", by, "--format", "csv"]).stdout.trim().split("\r\n");
    expect(csv.length).toBe(json.length + 1);
    const markdown = runCli(GOLD, ["summary", "--store", ".", "--by", by, "--format", "markdown"]).stdout.trim().split("\n");
    expect(markdown.length).toBe(json.length + 2);
    const table = runCli(GOLD, ["summary", "--store", ".", "--by", by]);
    expect(table.exitCode).toBe(0);
    expect(table.stdout).toContain(String(json[0].articles));
    if (by === "month" || by === "year") expect(table.stdout).toContain("#");
  });

  it("sorts by count, months in time order, and filters first", () => {
    const sections = JSON.parse(runCli(GOLD, ["summary", "--store", ".", "--by", "section", "--json"]).stdout);
    expect(sections.slice(0, 3)).toEqual([{ section: "Europe", articles: 6 }, { section: "Americas", articles: 5 }, { section: "Asia", articles: 5 }]);
    const months = JSON.parse(runCli(GOLD, ["summary", "--store", ".", "--by", "month", "--since", "2023-08-01", "--until", "2023-09-30", "--json"]).stdout);
    expect(months).toEqual([{ month: "2023-08", articles: 2 }, { month: "2023-09", articles: 3 }]);
    expect(JSON.parse(runCli(GOLD, ["stats", "--store", ".", "--section", "Africa", "--json"]).stdout).articles).toBe(4);
  });

  it("counts articles with broken front matter once, with one warning, and says so for an empty store", () => {
    const result = runCli(fixture("countries"), ["summary", "--json"]);
    expect(result.exitCode).toBe(0);
    expect(JSON.parse(result.stdout).articles).toBe(3);
    expect(result.stderr.match(/2023-01-10-broken\.md/g)).toHaveLength(1);
    expect(runCli(fixture("empty"), ["summary"])).toEqual({ exitCode: 0, stdout: "No articles yet. Create one with `irinsider new`.\n", stderr: "" });
  });

  it("counts by a front-matter field without reading bodies, by country without reading quotes, by speaker without countries, as the overview counts", () => {
    const overview = JSON.parse(runCli(fixture("countries"), ["summary", "--json"]).stdout);
    const bySection = runCli(fixture("countries"), ["summary", "--by", "section", "--json"]);
    expect(bySection.exitCode).toBe(0);
    expect(JSON.parse(bySection.stdout).map((row: { section: string; articles: number }) => ({ key: row.section, articles: row.articles }))).toEqual(
      overview.bySection.map((row: { key: string; articles: number }) => ({ key: row.key, articles: row.articles })),
    );
    expect(bySection.stderr.match(/2023-01-10-broken\.md/g)).toHaveLength(1);
    // The broken file has no status to read: it counts as a draft, as in the overview.
    const byStatus = JSON.parse(runCli(fixture("countries"), ["summary", "--by", "status", "--json"]).stdout);
    expect(Object.fromEntries(byStatus.map((row: { status: string; articles: number }) => [row.status, row.articles]))).toEqual(overview.byStatus);
    // By speaker, for their quotes only.
    const bySpeaker = JSON.parse(runCli(GOLD, ["summary", "--store", ".", "--by", "speaker", "--json"]).stdout);
    const goldOverview = JSON.parse(runCli(GOLD, ["summary", "--store", ".", "--json"]).stdout);
    expect(bySpeaker.length).toBeGreaterThan(10);
    expect(bySpeaker.slice(0, 10).map((row: { speaker: string; quotes: number; articles: number }) => [row.speaker, row.quotes, row.articles])).toEqual(
      goldOverview.topSpeakers.map((row: { label: string; quotes: number; articles: number }) => [row.label, row.quotes, row.articles]),
    );
    // By country, bodies are read for their countries only: declared and named ones, misspelt ones too.
    const byCountry = JSON.parse(runCli(fixture("countries"), ["summary", "--by", "country", "--json"]).stdout);
    expect(byCountry.length).toBeGreaterThan(3);
    expect(byCountry.slice(0, 10).map((row: { country: string; articles: number }) => ({ label: row.country, articles: row.articles }))).toEqual(
      overview.topCountries.map((row: { label: string; articles: number }) => ({ label: row.label, articles: row.articles })),
    );
  });

  it("warns about broken front matter on standard input as about a file, naming it", () => {
    const input = readFileSync(path.join(fixture("countries"), "articles/2023-01-10-broken.md"), "utf8");
    for (const args of [["summary", "--json", "-"], ["summary", "--by", "section", "-"], ["list", "-"]]) {
      const result = runCli(fixture("countries"), args, { input });
      expect(result.exitCode).toBe(0);
      expect(result.stderr).toMatch(/^warning <stdin>: line 2: .*; counted without its front matter \(run irinsider validate\)\.\n$/);
    }
  });

  it("reads only the articles its filters let through, and still warns about broken front matter", () => {
    // The filters are decided on the front matter first; a file whose front matter gives
    // nothing is still read, so that its warning is not lost to a filter.
    const filtered = runCli(fixture("countries"), ["summary", "--json", "--section", "Europe"]);
    expect(filtered.stderr.match(/2023-01-10-broken\.md/g)).toHaveLength(1);
    expect(JSON.parse(filtered.stdout)).toMatchObject({ articles: 1, bySection: [{ key: "Europe", articles: 1 }] });
    expect(runCli(fixture("countries"), ["summary", "--since", "2030-01-01"]).stdout).toBe("No articles match these filters.\n");
    expect(runCli(fixture("countries"), ["summary", "--by", "author", "--since", "2030-01-01"]).stdout).toBe("No articles match these filters.\n");
  });
});

describe("irinsider list", () => {
  it("lists one row per article, newest first", () => {
    const rows = JSON.parse(runCli(GOLD, ["list", "--store", ".", "--json"]).stdout);
    expect(rows).toHaveLength(30);
    expect(Object.keys(rows[0])).toEqual(["date", "title", "authors", "section", "words", "readingMinutes", "quotes", "status", "file"]);
    expect(rows[0].date).toBe("2025-03-04");
    expect(rows.at(-1).date).toBe("2021-11-29");
  });

  it("filters and sorts", () => {
    const rows = JSON.parse(runCli(fixture("countries"), ["list", "--author", "cole", "--json"]).stdout);
    expect(rows.map((r: { title: string }) => r.title)).toEqual(["Who Joined the Sanctions"]);
    const byWords = JSON.parse(runCli(GOLD, ["list", "--store", ".", "--sort", "words", "--json"]).stdout);
    expect(byWords[0].words).toBeGreaterThanOrEqual(byWords[1].words);
    const byTitle = JSON.parse(runCli(GOLD, ["list", "--store", ".", "--sort", "title", "--tag", "none", "--json"]).stdout);
    expect(byTitle).toEqual([]);
    expect(runCli(GOLD, ["list", "--store", ".", "--status", "live"])).toMatchObject({ exitCode: 2 });
  });

  it("prints a table that fits the terminal, and says so when nothing matches", () => {
    const result = runCli(ROOT, ["list"]);
    expect(result.stdout).toMatch(/│ Date +│ Title +│ Authors? ?… ?│|│ Date +│ Title/);
    expect(result.stdout).toContain("2018-03-28");
    expect(runCli(ROOT, ["list", "--section", "Asia"]).stdout).toBe("No articles match these filters.\n");
  });
});

describe("validate: names/country-spelling", () => {
  it("warns about misspelt countries in lists, never about ordinary words", () => {
    const result = runCli(fixture("countries"), ["validate"]);
    const warnings = result.stdout.split("\n").filter((line) => line.includes("names/country-spelling"));
    expect(warnings).toEqual([
      'articles/2022-12-05-sanctions-list.md:11:38  warning  names/country-spelling  "Frnace" looks like a misspelling of France.',
      'articles/2022-12-05-sanctions-list.md:11:80  warning  names/country-spelling  "Netherland" looks like a misspelling of Netherlands.',
      'articles/2022-12-05-sanctions-list.md:12:15  warning  names/country-spelling  "Hungry" looks like a misspelling of Hungary.',
    ]);
  });
});
