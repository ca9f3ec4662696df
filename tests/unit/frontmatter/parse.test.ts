import { describe, expect, it } from "vitest";
import { parseMatter } from "../../../src/frontmatter/parse.js";
import { splitArticle } from "../../../src/frontmatter/split.js";

function matterOf(text: string): string {
  const split = splitArticle(text);
  if (split.kind !== "ok") throw new Error("no front matter");
  return split.matter;
}

describe("parseMatter", () => {
  it("keeps dates as text and locates keys and values at their line and column in the file", () => {
    const parsed = parseMatter(matterOf("---\ntitle: A\ndate: 2018-03-28\nauthors:\n  - Jane\n  - Tom\n---\n"));
    expect(parsed.data).toEqual({ title: "A", date: "2018-03-28", authors: ["Jane", "Tom"] });
    expect(parsed.locate(["date"]).start).toEqual({ line: 3, column: 7 });
    expect(parsed.locate(["date"], "key").start).toEqual({ line: 3, column: 1 });
    expect(parsed.locate(["authors", 1]).start).toEqual({ line: 6, column: 5 });
    expect(parsed.locate(["missing"]).start).toEqual({ line: 2, column: 1 });
  });

  it("explains a title with unescaped double quotes and shows the fixed line", () => {
    const parsed = parseMatter(matterOf('---\ntitle: "NATO "expels" diplomats"\n---\n'));
    expect(parsed.problems).toHaveLength(1);
    expect(parsed.problems[0]).toMatchObject({ ruleId: "frontmatter/yaml", at: { line: 2 } });
    expect(parsed.problems[0].message).toContain("double quotes inside double quotes");
    expect(parsed.problems[0].hint).toBe(`Put the value in single quotes: title: 'NATO "expels" diplomats'`);
  });

  it("explains a value that starts with [ or { and is no list or map, at its own line", () => {
    const open = parseMatter(matterOf("---\ntitle: [Brexit\ndate: 2020-01-05\n---\n")).problems;
    expect(open).toMatchObject([{ ruleId: "frontmatter/yaml", at: { line: 2 } }]);
    expect(open[0].message).toMatch(/^The value of "title" starts with "\[", so YAML reads it as a list, and it is not one \(/);
    expect(open[0].hint).toBe('If it is text, put it in quotes: title: "[Brexit"; if it is a list, close it with ] on the same line.');
    expect(parseMatter(matterOf("---\ntitle: [Brexit] and more\n---\n")).problems[0].hint).toBe('If it is text, put it in quotes: title: "[Brexit] and more"; if it is a list, close it with ] on the same line.');
    const map = parseMatter(matterOf("---\ntitle: T\nsummary: {draft\nstatus: draft\n---\n")).problems;
    expect(map).toMatchObject([{ at: { line: 3 }, hint: 'If it is text, put it in quotes: summary: "{draft"; if it is a map, close it with } on the same line.' }]);
  });

  it("explains an apostrophe inside single quotes and a missing space after a colon", () => {
    expect(parseMatter(matterOf("---\ntitle: 'What's next'\n---\n")).problems).toMatchObject([
      { at: { line: 2 }, message: expect.stringMatching(/^The value of "title" has an apostrophe inside single quotes \(/), hint: `Put the value in double quotes: title: "What's next"` },
    ]);
    expect(parseMatter(matterOf("---\ntitle: 'It''s a \"big\" day' and more\n---\n")).problems[0].hint).toBe('Put the value in double quotes: title: "It\'s a \\"big\\" day\' and more"');
    expect(parseMatter(matterOf("---\ntitle:Brexit\ndate: 2020-01-01\n---\n")).problems).toMatchObject([{ at: { line: 2 }, hint: "Write it as: title: Brexit" }]);
  });

  it("explains a key of a list entry out of line with the entry's first key, at its own line", () => {
    const out = (matter: string) => parseMatter(matterOf(`---\n${matter}---\n`)).problems.map((p) => [p.at.line, p.hint]);
    expect(out("images:\n- caption: C\n credit: X\n")).toEqual([[4, 'Indent "credit" by 2 spaces, to line up under "caption".']]);
    expect(out("images:\n  - caption: C\n     credit: X\n")).toEqual([[4, 'Indent "credit" by 4 spaces, to line up under "caption".']]);
    expect(out("quotes:\n  - speaker: A\n    text: B\n   role: C\n")).toEqual([[5, 'Indent "role" by 4 spaces, to line up under "speaker".']]);
    // A top-level key after a list is no entry's: its own mistake is explained.
    expect(out('images:\n  - caption: C\n    credit: X\ntitle: "x "y""\n')).toEqual([[5, `Put the value in single quotes: title: 'x "y"'`]]);
  });

  it("suggests lines that YAML reads as the text meant, backslashes and quotes included", () => {
    const fixed = (line: string) => parseMatter(matterOf(`---\n${line}\n---\n`)).problems[0].hint!.replace(/^[^:]*: (?=title: )/, "").replace(/; if it is a list.*$/, "");
    const reread = (line: string) => (parseMatter(matterOf(`---\n${line}\n---\n`)).data as { title: string }).title;
    expect(reread(fixed("title: Path C:\\dir: \"x\""))).toBe('Path C:\\dir: "x"');
    expect(reread(fixed("title: [C:\\dir] \"x\""))).toBe('[C:\\dir] "x"');
    expect(reread(fixed("title: 'It's C:\\dir'"))).toBe("It's C:\\dir");
  });

  it("explains a colon in an unquoted value and a tab indent", () => {
    expect(parseMatter(matterOf("---\ntitle: Brexit: what next\n---\n")).problems[0].hint).toBe('Put the value in quotes: title: "Brexit: what next"');
    expect(parseMatter(matterOf("---\ntitle:\n\tx: 1\n---\n")).problems[0].message).toContain("tab");
  });

  it("reports the first YAML error of a line, and at most ten lines", () => {
    expect(parseMatter(matterOf(`---\ntitle: ${'"a" '.repeat(50)}\n---\n`)).problems).toHaveLength(1);
    const broken = Array.from({ length: 15 }, (_, i) => `k${i}: "a" "b"`).join("\n");
    const problems = parseMatter(matterOf(`---\n${broken}\n---\n`)).problems;
    expect(problems.map((p) => p.at.line)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
  });

  it("reports a duplicate key at its second occurrence and keeps the data", () => {
    const parsed = parseMatter(matterOf("---\ntitle: A\nsummary: s\ntitle: B\n---\n"));
    expect(parsed.problems).toEqual([expect.objectContaining({ ruleId: "frontmatter/duplicate-key", at: { line: 4, column: 1 } })]);
    expect(parsed.data).not.toBeNull();
  });

  it("refuses an alias bomb instead of expanding it", () => {
    const levels = ["a: &a [x, x, x, x, x, x, x, x, x]"];
    for (let i = 1; i < 9; i++) levels.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9).fill(`*${String.fromCharCode(96 + i)}`).join(", ")}]`);
    const parsed = parseMatter(matterOf(`---\n${levels.join("\n")}\n---\n`));
    expect(parsed.data).toBeNull();
    expect(parsed.problems[0].ruleId).toBe("frontmatter/yaml");
  });
});
