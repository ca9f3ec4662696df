import { describe, expect, it } from "vitest";
import { checkArticle } from "../../../src/check/check-article.js";
import { checkStore } from "../../../src/check/check-store.js";
import { applyDisableComments, applyRuleSettings } from "../../../src/check/settings.js";
import { DEFAULT_SECTIONS } from "../../../src/config.js";

const options = { sections: DEFAULT_SECTIONS, hasFileName: true };
const head = "---\ntitle: T\ndate: 2018-03-28\nauthors: [A]\nsection: Europe\nsummary: S\n";
const check = (text: string, file = "articles/2018-03-28-t.md") => checkArticle({ file, text }, options);

describe("checkArticle", () => {
  it("finds nothing in a good article and takes its slug from the file name", () => {
    const article = check(`${head}---\nBody.\n`);
    expect(article.findings).toEqual([]);
    expect(article.slug?.value).toBe("t");
  });

  it("points at the offending value, not the start of the front matter", () => {
    const [finding] = check(`${head}countries: [GB, XX]\n---\n`).findings;
    expect(finding).toMatchObject({ file: "articles/2018-03-28-t.md", line: 7, column: 17, ruleId: "frontmatter/country", severity: "error" });
  });

  it("says so for an empty file, a missing, an unclosed and a JavaScript front matter", () => {
    expect(check("").findings[0]).toMatchObject({ ruleId: "frontmatter/missing", message: "The file is empty." });
    expect(check("Body").findings[0].ruleId).toBe("frontmatter/missing");
    expect(check("---\ntitle: T\n").findings[0].message).toContain("never closed");
    expect(check("---js\n{}\n---\n").findings[0].message).toContain("never executed");
  });

  it("suggests a file name from the article's date only when it is a real date", () => {
    const hint = (date: string) => check(`---\ntitle: T\ndate: ${date}\n---\n`, "articles/undated-t.md").findings.find((f) => f.ruleId === "store/filename")?.hint;
    expect(hint("2018-03-28")).toBe("Rename it like 2018-03-28-t.md.");
    expect(check(`---\ntitle: T\ndate: 2018-03-28\n---\n`, "articles/notes.md").findings.find((f) => f.ruleId === "store/filename")?.hint).toBe("Rename it like 2018-03-28-your-slug.md.");
    // Not dated yet: the slug the file name holds, with the date to come.
    expect(hint('""')).toBe("Once it has a date, rename it like YYYY-MM-DD-t.md, with that date.");
    expect(hint("2018-02-30")).toBe("Once it has a date, rename it like YYYY-MM-DD-t.md, with that date.");
    // Neither a date nor a slug to go by: an example.
    expect(check(`---\ntitle: T\ndate: ""\n---\n`, "articles/notes.md").findings.find((f) => f.ruleId === "store/filename")?.hint).toBe("Rename it like 2018-03-28-nato-expels-russian-diplomats.md.");
    // An imported article named undated-slug.md keeps its slug, in the hint and for duplicates.
    const undated = check(`${head}---\nBody.\n`, "articles/undated-talks.md");
    expect(undated.findings.map((f) => f.hint)).toEqual(["Rename it like 2018-03-28-talks.md."]);
    expect(undated.slug?.value).toBe("talks");
  });

  it("reports an article in review or published with no text in its body, at its status", () => {
    const empty = (status: string, body: string) => check(`${head}status: ${status}\n---\n${body}`).findings.filter((f) => f.ruleId === "body/empty");
    expect(empty("published", "\n<!-- the template's instructions -->\n\n")).toMatchObject([{ line: 7, column: 9, severity: "error", message: "The article's status is published, but it has no text below its front matter." }]);
    expect(empty("review", "")).toHaveLength(1);
    expect(empty("draft", "")).toEqual([]);
    expect(empty("published", "\nOne sentence.\n")).toEqual([]);
    expect(check(`${head}---\n`).findings).toEqual([]);
  });

  it("warns when the file name disagrees with the date or slug", () => {
    const findings = check(`${head}slug: other\n---\n`, "articles/2018-03-29-t.md").findings;
    expect(findings.map((f) => [f.ruleId, f.severity, f.line])).toEqual([
      ["store/filename", "warning", 3],
      ["store/filename", "warning", 7],
    ]);
    expect(check(`${head}---\n`, "articles/notes.md").findings[0].message).toContain("YYYY-MM-DD-slug.md");
  });
});

describe("checkStore", () => {
  it("compares checked files with the rest of the store, reporting on the checked one", () => {
    const a = check(`${head}slug: same\n---\n`, "articles/2018-03-28-x.md");
    expect(checkStore([a], [{ file: "articles/2017-01-01-same.md", slug: "same" }, { file: "articles/2018-03-28-x.md", slug: "x" }]).map((f) => [f.file, f.message])).toEqual([
      ["articles/2018-03-28-x.md", 'The slug "same" is also used by articles/2017-01-01-same.md.'],
    ]);
    expect(checkStore([a], [{ file: "articles/2017-01-01-other.md", slug: "other" }])).toEqual([]);
  });

  it("reports a shared slug on both articles", () => {
    const a = check(`${head}slug: same\n---\n`, "a/2018-03-28-x.md");
    const b = check(`${head}slug: same\n---\n`, "b/2018-03-28-same.md");
    expect(checkStore([a, b]).map((f) => [f.file, f.ruleId])).toEqual([
      ["a/2018-03-28-x.md", "store/duplicate-slug"],
      ["b/2018-03-28-same.md", "store/duplicate-slug"],
    ]);
  });
});

describe("rule settings", () => {
  const finding = { file: "f", line: 3, column: 1, ruleId: "frontmatter/unknown-key", severity: "warning" as const, message: "m" };
  it("turns a rule off or changes its severity", () => {
    expect(applyRuleSettings([finding], { "frontmatter/unknown-key": "off" })).toEqual([]);
    expect(applyRuleSettings([finding], { "frontmatter/unknown-key": "error" })[0].severity).toBe("error");
  });
  it("silences the next line with an inline comment, for the named rule only", () => {
    const text = "a\n<!-- irinsider-disable-next-line frontmatter/unknown-key -->\nc\n";
    expect(applyDisableComments([finding], text)).toEqual([]);
    expect(applyDisableComments([{ ...finding, ruleId: "other/rule" }], text)).toHaveLength(1);
    expect(applyDisableComments([{ ...finding, line: 4 }], text)).toHaveLength(1);
  });
});
