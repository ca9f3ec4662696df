import { findingAt } from "../check/finding.js";
import { lineIndex } from "../text/line-index.js";
import type { Finding } from "../types.js";
import type { CountryMisspelling } from "./spelling.js";

/** names/country-spelling: "Hungry" in a list of countries is Hungary misspelt. */
export function checkCountrySpelling(file: string, text: string, issues: readonly CountryMisspelling[]): Finding[] {
  if (issues.length === 0) return [];
  const position = lineIndex(text);
  return issues.map((issue) => {
    const start = position(issue.offset);
    return findingAt(file, start, { line: start.line, column: start.column + issue.word.length })(
      "names/country-spelling",
      `"${issue.word}" looks like a misspelling of ${issue.country}.`,
      `Write ${issue.country} if the country is meant.`,
    );
  });
}
