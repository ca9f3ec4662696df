import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { fixture, ROOT, runCli } from "../helpers/run-cli.js";

// The gold set of the quote engine is also a store of thirty articles.
const GOLD = path.join(ROOT, "tests/fixtures/quotes");

describe("irinsider quotes", () => {
  it("prints Theresa May's two quotes from the bundled store", () => {
    const result = runCli(ROOT, ["quotes", "--speaker", "Theresa May", "--json"]);
    expect(result.exitCode).toBe(0);
    const quotes = JSON.parse(result.stdout);
    expect(quotes).toHaveLength(2);
    expect(quotes[0]).toEqual({
      speaker: "Theresa May",
      role: "British Prime Minister",
      text: "the largest collective expulsion of Russian intelligence officers in history.",
      file: "articles/2018-03-28-nato-expels-russian-diplomats.md",
      line: 46,
      column: 88,
      title: "NATO Expels Russian Diplomats Following Spy Poisoning",
      date: "2018-03-28",
    });
    expect(quotes[1].text).toMatch(/^I have found great solidarity/);
  });

  it("matches any part of the name, case- and accent-insensitively", () => {
    expect(JSON.parse(runCli(ROOT, ["quotes", "--speaker", "may", "--json"]).stdout)).toHaveLength(2);
    expect(JSON.parse(runCli(fixture("quote-findings"), ["quotes", "--speaker", "galvez", "--json"]).stdout)).toHaveLength(2);
  });

  it("takes an article on standard input in its place by date among the store's (newest first)", () => {
    const input = "---\ntitle: Later\ndate: 2019-01-01\nauthors: [A]\nsection: Europe\nsummary: s\n---\n\n“We will not be moved,” said Jane Roe.\n";
    for (const range of [[], ["--until", "2030-12-31"]]) {
      const later = JSON.parse(runCli(ROOT, ["quotes", "--json", ...range, "-", "articles"], { input }).stdout);
      expect(later.map((q: { file: string }) => q.file)).toEqual(["<stdin>", ...Array(7).fill("articles/2018-03-28-nato-expels-russian-diplomats.md")]);
    }
    const earlier = JSON.parse(runCli(ROOT, ["quotes", "--json", "-", "articles"], { input: input.replace("2019-01-01", "2017-01-01") }).stdout);
    expect(earlier.map((q: { file: string }) => q.file).at(-1)).toBe("<stdin>");
    expect(earlier).toHaveLength(8);
  });

  it("orders by the front matter's date even when the front matter is long, not by the file name", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "irinsider-order-"));
    try {
      mkdirSync(path.join(dir, "articles"));
      const write = (name: string, date: string, extra: string, speaker: string) =>
        writeFileSync(path.join(dir, "articles", name), `---\ntitle: T\ndate: ${date}\nauthors: [A]\nsection: Europe\nsummary: s\n${extra}---\n\n“We will hold the line,” said ${speaker}.\n`);
      write("2001-01-01-long.md", "2020-05-05", `tags: [${Array.from({ length: 700 }, (_, i) => `tag${i}`).join(", ")}]\n`, "Ann Long");
      write("2010-01-01-short.md", "2010-01-01", "", "Bo Short");
      // Without a range the quotes are held and sorted; with one, every date is read first.
      for (const range of [[], ["--since", "2000-01-01"]]) {
        const quotes = JSON.parse(runCli(dir, ["quotes", "--json", ...range]).stdout);
        expect(quotes.map((q: { speaker: string }) => q.speaker)).toEqual(["Ann Long", "Bo Short"]);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("suggests the nearest speakers and exits 1 when nobody matches", () => {
    const result = runCli(ROOT, ["quotes", "--speaker", "Teresa Mey"]);
    expect(result).toEqual({ exitCode: 1, stdout: "", stderr: 'No quotes by "Teresa Mey". Did you mean Theresa May (2 quotes)?\n' });
  });

  it("lists every quote, newest article first, in a table that fits the terminal", () => {
    const result = runCli(GOLD, ["quotes", "--store", "."]);
    expect(result.exitCode).toBe(0);
    const lines = result.stdout.split("\n");
    expect(lines[1]).toMatch(/^│ Speaker +│ Quote +│ Article +│ Date +│$/);
    expect(result.stdout.indexOf("2024-06-03")).toBeLessThan(result.stdout.indexOf("2021-11-29"));
    expect(Math.max(...lines.map((line) => line.length))).toBeLessThanOrEqual(100);
  });

  it("filters by date and prints CSV and Markdown with the same rows", () => {
    const csv = runCli(GOLD, ["quotes", "--store", ".", "--since", "2023-09-01", "--until", "2023-09-30", "--format", "csv"]);
    expect(csv.stdout.split("\r\n")[0]).toBe("Speaker,Role,Quote,File,Line,Column,Article,Date");
    const rows = csv.stdout.trim().split("\r\n").slice(1);
    expect(rows.length).toBe(16);
    expect(rows.every((row) => /,2023-09-(12|14|20)$/.test(row))).toBe(true);
    const markdown = runCli(GOLD, ["quotes", "--store", ".", "--since", "2023-09-01", "--until", "2023-09-30", "--format", "markdown"]);
    expect(markdown.stdout.split("\n")[1]).toBe("| --- | --- | --- | --- | ---: | ---: | --- | --- |");
    expect(markdown.stdout.trim().split("\n").length).toBe(2 + 16);
  });

  it("with --since/--until, leaves out the files dated outside and still warns of a front matter it cannot read", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "irinsider-range-"));
    try {
      mkdirSync(path.join(dir, "articles"));
      const article = (date: string, speaker: string) => `---\ntitle: T\ndate: ${date}\nauthors: [A]\nsection: Europe\nsummary: s\n---\n\n“We will not be moved,” said ${speaker}.\n`;
      writeFileSync(path.join(dir, "articles/2019-01-01-inside.md"), article("2019-01-01", "Jane Roe"));
      writeFileSync(path.join(dir, "articles/2017-01-01-outside.md"), article("2017-01-01", "John Doe"));
      writeFileSync(path.join(dir, "articles/2019-02-02-broken.md"), "---\ntitle: [unclosed\n---\n\n“No,” said Ann Lee.\n");
      const input = article("2019-03-03", "Bo Kim");
      const result = runCli(dir, ["quotes", "--json", "--since", "2018-01-01", "-", "articles"], { input });
      expect(result.exitCode).toBe(0);
      expect(JSON.parse(result.stdout).map((q: { speaker: string }) => q.speaker)).toEqual(["Bo Kim", "Jane Roe"]);
      expect(result.stderr).toContain("articles/2019-02-02-broken.md");
      expect(result.stderr).toContain("counted without its front matter");
      // On a table, an empty answer says which articles no range can hold: the undated ones with quotes.
      writeFileSync(path.join(dir, "articles/undated-imported.md"), article('""', "Ann Lee"));
      expect(runCli(dir, ["quotes", "--since", "2030-01-01"])).toEqual({ exitCode: 0, stdout: "", stderr: expect.stringContaining("No quotes found. 2 articles with quotes but no date are left out by --since/--until.\n") });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("prints the empty form of a data format when no quote matches, and says so on a terminal table", () => {
    expect(runCli(GOLD, ["quotes", "--store", ".", "--since", "2030-01-01", "--format", "csv"])).toEqual({ exitCode: 0, stdout: "Speaker,Role,Quote,File,Line,Column,Article,Date\r\n", stderr: "" });
    expect(runCli(GOLD, ["quotes", "--store", ".", "--since", "2030-01-01", "--json"])).toEqual({ exitCode: 0, stdout: "[]\n", stderr: "" });
    expect(runCli(GOLD, ["quotes", "--store", ".", "--since", "2030-01-01"])).toEqual({ exitCode: 0, stdout: "", stderr: "No quotes found.\n" });
  });

  it("cannot run with a bad date or a missing store (exit 2)", () => {
    expect(runCli(ROOT, ["quotes", "--since", "2018-02-30"])).toMatchObject({ exitCode: 2, stderr: expect.stringContaining("expected a date written YYYY-MM-DD") });
    expect(runCli(ROOT, ["quotes", "--store", "missing"])).toMatchObject({ exitCode: 2, stderr: expect.stringContaining("does not exist") });
  });

  it.each(["quotes", "summary", "list"])("%s: a range that ends before it starts is a usage error that offers the swap (exit 2)", (command) => {
    const swapped = runCli(GOLD, [command, "--store", ".", "--since", "2024-01-01", "--until", "2020-12-31"]);
    expect(swapped).toEqual({
      exitCode: 2,
      stdout: "",
      stderr: `error: --since 2024-01-01 is after --until 2020-12-31, so no article can be in between. Did you mean --since 2020-12-31 --until 2024-01-01?\nRun \`irinsider ${command} --help\` for usage.\n`,
    });
    // One day is a range.
    expect(runCli(GOLD, [command, "--store", ".", "--since", "2023-09-12", "--until", "2023-09-12", "--json"]).exitCode).toBe(0);
  });

  it("still lists the quotes of an article with broken front matter, with a warning", () => {
    const result = runCli(fixture("bad-input"), ["quotes", "--json", "articles/2020-01-09-quoted-title.md"], {});
    expect(result.exitCode).toBe(0);
    expect(result.stderr).toContain("articles/2020-01-09-quoted-title.md: line 2: The value of \"title\" contains double quotes");
  });
});

describe("irinsider speakers", () => {
  it("lists the four speakers of the seed article", () => {
    const result = runCli(ROOT, ["speakers", "--json"]);
    expect(result.exitCode).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual([
      { speaker: "Raj Shah", quotes: 3, articles: 1, roles: "White House Press Secretary" },
      { speaker: "Theresa May", quotes: 2, articles: 1, roles: "British Prime Minister" },
      { speaker: "Jens Stoltenberg", quotes: 1, articles: 1, roles: "NATO Secretary General" },
      { speaker: "the Russian government", quotes: 1, articles: 1, roles: "" },
    ]);
  });

  it("counts each speaker's quotes and the articles they are quoted in, across the store", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "irinsider-speakers-"));
    try {
      mkdirSync(path.join(dir, "articles"));
      const write = (name: string, body: string) => writeFileSync(path.join(dir, "articles", name), `---\ntitle: T\ndate: 2020-01-01\nauthors: [A]\nsection: Europe\nsummary: s\n---\n\n${body}\n`);
      write("2020-01-01-one.md", "“We will hold the line,” said Ann Long, the minister. “And we will not move,” said Ann Long.");
      write("2020-01-02-two.md", "“Talks resume on Monday,” said Ann Long, the envoy.");
      expect(JSON.parse(runCli(dir, ["speakers", "--json"]).stdout)).toEqual([{ speaker: "Ann Long", quotes: 3, articles: 2, roles: "the minister; the envoy" }]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("prints a table by default", () => {
    const result = runCli(ROOT, ["speakers"]);
    expect(result.stdout).toContain("│ Raj Shah               │      3 │        1 │ White House Press Secretary │");
  });
});

describe("irinsider validate: quote rules", () => {
  it("reports unattributed, unbalanced, misquoted and misattributed quotes, and honours disable comments", () => {
    const result = runCli(fixture("quote-findings"), ["validate"]);
    expect(result.exitCode).toBe(1);
    const lines = result.stdout.split("\n").filter((line) => line.startsWith("articles/"));
    expect(lines).toEqual([
      "articles/2019-05-01-quote-problems.md:9:11  error    quote/declared-missing  The declared quote by Angela Merkel is not in the body word for word: the front matter adds “together”.",
      "articles/2019-05-01-quote-problems.md:10:14  error    quote/speaker-mismatch  This quote is declared as Boris Johnson's, but the text gives it to Emmanuel Macron (line 18).",
      "articles/2019-05-01-quote-problems.md:14:2  error    quote/unattributed  The quote “Nobody expected the vote to be this close, and nob…” has no speaker.",
      "articles/2019-05-01-quote-problems.md:23:32  error    quote/unbalanced  The quote opened here with “ is never closed in its paragraph.",
    ]);
    expect(result.stdout).toContain("hint: The closest passage in the body: “We will manage this.”. Copy the words exactly.");
  });

  it("passes the gold-set store, where every quote is attributed", () => {
    expect(runCli(GOLD, ["validate", "--store", "."])).toMatchObject({ exitCode: 0, stdout: "0 errors, 0 warnings in 30 files\n" });
  });
});
