import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixture, runCli, type CliResult } from "../helpers/run-cli.js";

// The bad-input catalogue (README: "Bad input"). The committed fixtures are in
// tests/fixtures/stores/catalogue; files that are binary or large are written here.
const head = "---\ntitle: Generated\ndate: 2021-04-01\nauthors: [Ann Lee]\nsection: Europe\nsummary: s\n---\n";
let dir: string;
let result: CliResult;

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "irinsider-catalogue-"));
  cpSync(fixture("catalogue"), dir, { recursive: true });
  const write = (name: string, data: string | Buffer) => writeFileSync(path.join(dir, "articles", name), data);
  write("2021-04-01-utf16.md", Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(head.replace("2021-04-01", "2021-04-01") + "Body.\n", "utf16le")]));
  write("2021-04-02-nul-bytes.md", head.replace("2021-04-01", "2021-04-02") + "Binary\0junk.\n");
  write("2021-04-03-long-line.md", head.replace("2021-04-01", "2021-04-03") + "word ".repeat(40_000) + "\n");
  write("2021-04-04-million-marks.md", head.replace("2021-04-01", "2021-04-04") + '"'.repeat(1_000_000) + "\n");
  write("2021-04-06-many-quotes.md", head.replace("2021-04-01", "2021-04-06") + '“a,” he said. '.repeat(6_000) + "\n");
  write("2021-04-05-backticks.md", head.replace("2021-04-01", "2021-04-05") + "`".repeat(200_000) + "\n");
  result = runCli(dir, ["validate"]);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const lines = () => result.stdout.split("\n").filter((line) => line.startsWith("articles/"));
const findingsOf = (file: string) => lines().filter((line) => line.startsWith(`articles/${file}:`));

describe("bad input: every case reported, nothing crashes, the rest still checked", () => {
  it("exits 1 with findings and no stack trace", () => {
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toBe("");
    expect(result.stdout).not.toMatch(/^\s+at .*:\d+:\d+\)?$/m);
    expect(result.stdout.trimEnd().split("\n").at(-1)).toMatch(/^\d+ errors, \d+ warnings in 25 files$/);
  });

  it.each([
    ["2021-03-01-dashes-in-body.md", []],
    ["2021-03-12-anchors.md", ['articles/2021-03-12-anchors.md:8:1  warning  frontmatter/unknown-key  Unknown key "keywords".']],
    ["2021-03-15-name with spaces.md", []],
    ["2021-03-16-what:next?.md", []],
    ["2021-03-17-élection-côte.md", []],
    ["2021-03-19-quote-spanning-article.md", []],
    ["2021-04-03-long-line.md", []],
    ["2021-04-05-backticks.md", []],
  ])("%s: as expected", (file, expected) => {
    expect(findingsOf(file)).toEqual(expected);
  });

  it.each([
    ["2021-03-02-empty-front-matter.md", "1:1  error    frontmatter/required  Missing required field \"title\"."],
    ["2021-03-03-list-front-matter.md", "2:1  error    frontmatter/type  The front matter must be a set of \"key: value\" lines, not a list."],
    ["2021-03-04-string-front-matter.md", "2:1  error    frontmatter/type  The front matter must be a set of \"key: value\" lines, not a string."],
    ["2021-03-05-duplicate-key.md", "7:1  error    frontmatter/duplicate-key  This key appears twice; YAML keeps only one of them."],
    ["2021-03-06-tabs.md", "3:1  error    frontmatter/yaml  A tab is used for indentation"],
    ["1968-02-30-impossible-date.md", '3:7  error    frontmatter/date  "1968-02-30" is not a real calendar date.'],
    ["1968-02-26-slashed-date.md", '3:7  error    frontmatter/date  "26/02/1968" is not a date written YYYY-MM-DD.'],
    ["2021-03-09-timestamp.md", '3:7  error    frontmatter/date  "2021-03-09T10:30:00Z" is not a date written YYYY-MM-DD.'],
    ["2021-03-10-null-values.md", '2:8  error    frontmatter/required  Required field "title" is empty.'],
    ["2021-03-11-billion-laughs.md", "1:1  error    frontmatter/yaml  The front matter could not be read: Excessive alias count"],
    ["2021-03-13-coffee.md", "1:1  error    frontmatter/yaml  Front matter in ---coffee is not supported and is never executed."],
    ["2021-03-14-mixed-line-endings.md", '7:1  warning  frontmatter/unknown-key  Unknown key "subtitle".'],
    ["2021-03-14-mixed-line-endings.md", "12:6  error    quote/unbalanced  The quote opened here with “ is never closed in its paragraph."],
    ["2021-03-18-quote-marks.md", "12:8  error    quote/unbalanced  This ” closes no quote."],
    ["2021-03-18-quote-marks.md", "12:20  error    quote/unbalanced  The quote opened here with “ is never closed in its paragraph."],
    ["2021-04-01-utf16.md", "1:1  error    store/encoding  The file is saved as UTF-16LE; articles must be UTF-8."],
    ["2021-04-02-nul-bytes.md", "8:7  error    store/encoding  The file contains NUL bytes; it looks binary, not a Markdown article."],
    ["2021-04-04-million-marks.md", "1:1  warning  quote/limit  This file has 999,998 unbalanced quotation marks; the first 100 are listed."],
    ["2021-04-06-many-quotes.md", "1:1  warning  quote/limit  This file has more quoted passages than irinsider checks (5,000); 1,000 were not checked."],
  ])("%s: %s", (file, expected) => {
    expect(findingsOf(file).some((line) => line.startsWith(`articles/${file}:${expected}`))).toBe(true);
  });

  it("explains the fix for the common mistakes", () => {
    expect(result.stdout).toContain("hint: Write it as: date: 1968-02-26");
    expect(result.stdout).toContain("hint: YAML indents with spaces only: replace the tab with two spaces.");
    expect(result.stdout).toContain("hint: Re-save it as UTF-8");
  });
});
