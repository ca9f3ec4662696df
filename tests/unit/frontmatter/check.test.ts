import { describe, expect, it } from "vitest";
import { DEFAULT_SECTIONS } from "../../../src/config.js";
import { checkFrontmatter } from "../../../src/frontmatter/check.js";
import { isCalendarDate, suggestDate } from "../../../src/frontmatter/dates.js";

const valid = { title: "T", date: "2018-03-28", authors: ["A"], section: "Europe", summary: "S" };
const check = (data: unknown) => checkFrontmatter(data, { sections: DEFAULT_SECTIONS });
const rules = (data: unknown) => check(data).map((issue) => issue.ruleId);

describe("checkFrontmatter", () => {
  it("accepts a complete article", () => {
    expect(check({ ...valid, status: "published", tags: ["x"], countries: ["GB"], images: [{ caption: "c", credit: "d" }], quotes: [{ speaker: "s", text: "t" }], slug: "a-b" })).toEqual([]);
  });

  it("names every missing required field", () => {
    expect(check({}).map((issue) => issue.message)).toEqual([
      'Missing required field "title".',
      'Missing required field "date".',
      'Missing required field "authors".',
      'Missing required field "section".',
      'Missing required field "summary".',
    ]);
    expect(rules({ ...valid, title: null })).toEqual(["frontmatter/required"]);
  });

  it("suggests the key meant by a typo", () => {
    expect(check({ ...valid, auther: ["A"] })).toEqual([expect.objectContaining({ ruleId: "frontmatter/unknown-key", message: 'Unknown key "auther". Did you mean "authors"?', path: ["auther"], at: "key" })]);
    // Renamed, the typo fixes the article; where the key is already set, renaming would write it twice.
    expect(check({ ...valid, tagz: ["t"] })[0].hint).toBe('Rename it to "tags".');
    expect(check({ ...valid, tags: ["t"], tagz: ["u"] })[0].hint).toBe('"tags" is already set: keep the right value there and remove this line.');
  });

  it("rejects a single author string with a hint to write a list", () => {
    const [issue] = check({ ...valid, authors: "Jane Doe" });
    expect(issue.ruleId).toBe("frontmatter/type");
    expect(issue.hint).toContain('authors: ["Jane Doe"]');
  });

  it("checks dates, sections, status, lengths, countries and image credits", () => {
    expect(rules({ ...valid, date: "2018-02-30" })).toEqual(["frontmatter/date"]);
    expect(check({ ...valid, section: "Eurpoe" })[0].message).toBe('"Eurpoe" is not a section. Did you mean "Europe"?');
    expect(rules({ ...valid, status: "live" })).toEqual(["frontmatter/status"]);
    expect(rules({ ...valid, title: "x".repeat(151) })).toEqual(["frontmatter/length"]);
    expect(rules({ ...valid, summary: "x".repeat(300) })).toEqual([]);
    expect(check({ ...valid, countries: ["UK", "GB"] })).toEqual([expect.objectContaining({ ruleId: "frontmatter/country", path: ["countries", 0], message: '"UK" is not an ISO 3166-1 alpha-2 country code. Did you mean GB?' })]);
    expect(check({ ...valid, images: [{ caption: "c" }] })).toEqual([expect.objectContaining({ ruleId: "image/credit", path: ["images", 0] })]);
  });

  it("rejects front matter that is a list or a string", () => {
    expect(rules(["a"])).toEqual(["frontmatter/type"]);
    expect(rules("title")).toEqual(["frontmatter/type"]);
  });
});

describe("dates", () => {
  it("knows real calendar dates", () => {
    expect(isCalendarDate("2020-02-29")).toBe(true);
    expect(isCalendarDate("2018-02-30")).toBe(false);
    expect(isCalendarDate("1968-02-30")).toBe(false);
    expect(isCalendarDate("2018-3-28")).toBe(false);
  });
  it("suggests the ISO form of common spellings", () => {
    expect(suggestDate("26/02/1968")).toBe("1968-02-26");
    expect(suggestDate("2018-03-28T10:00:00Z")).toBe("2018-03-28");
    expect(suggestDate("03/04/2018")).toBeUndefined();
  });
});
