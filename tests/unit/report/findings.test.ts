import { describe, expect, it } from "vitest";
import { plainColors } from "../../../src/report/colors.js";
import { formatGithub } from "../../../src/report/findings-github.js";
import { formatJson } from "../../../src/report/findings-json.js";
import { formatStylish, formatSummary } from "../../../src/report/findings-stylish.js";
import type { Finding } from "../../../src/types.js";

const findings: Finding[] = [
  { file: "articles/a.md", line: 3, column: 7, ruleId: "frontmatter/date", severity: "error", message: '"2018-02-30" is not a real calendar date.', hint: "Check the month and the day." },
  { file: "articles/a.md", line: 4, column: 1, endLine: 4, endColumn: 7, ruleId: "frontmatter/unknown-key", severity: "warning", message: 'Unknown key "auther", 100%: sure' },
];

describe("finding formatters", () => {
  it("stylish: file:line:col severity rule message, with hints", () => {
    expect(formatStylish(findings, plainColors)).toBe(
      'articles/a.md:3:7  error    frontmatter/date  "2018-02-30" is not a real calendar date.\n    hint: Check the month and the day.\narticles/a.md:4:1  warning  frontmatter/unknown-key  Unknown key "auther", 100%: sure\n',
    );
    expect(formatSummary(findings, 3, plainColors)).toBe("1 error, 1 warning in 3 files\n");
    expect(formatSummary([], 1, plainColors)).toBe("0 errors, 0 warnings in 1 file\n");
  });

  it("json: ESLint's shape, every checked file, absolute paths", () => {
    const results = JSON.parse(formatJson(["articles/a.md", "articles/b.md"], findings, "/repo"));
    expect(results).toHaveLength(2);
    expect(results[0]).toMatchObject({ filePath: "/repo/articles/a.md", errorCount: 1, warningCount: 1, fatalErrorCount: 0, fixableErrorCount: 0, fixableWarningCount: 0 });
    expect(results[0].messages[0]).toEqual({ ruleId: "frontmatter/date", severity: 2, message: '"2018-02-30" is not a real calendar date. Check the month and the day.', line: 3, column: 7 });
    expect(results[0].messages[1]).toMatchObject({ severity: 1, endLine: 4, endColumn: 7 });
    expect(results[1]).toMatchObject({ filePath: "/repo/articles/b.md", messages: [], errorCount: 0 });
  });

  it("github: annotations with properties and data escaped", () => {
    expect(formatGithub(findings)).toBe(
      '::error file=articles/a.md,line=3,col=7,title=frontmatter/date::"2018-02-30" is not a real calendar date.%0ACheck the month and the day.\n' +
        '::warning file=articles/a.md,line=4,col=1,endLine=4,endColumn=7,title=frontmatter/unknown-key::Unknown key "auther", 100%25: sure\n',
    );
    expect(formatGithub([{ ...findings[0], file: "a,b:c.md", hint: undefined }])).toContain("file=a%2Cb%3Ac.md,");
  });
});
