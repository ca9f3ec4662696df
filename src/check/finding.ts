import { findRule } from "../rules.js";
import type { Finding, Position } from "../types.js";

/** A finding maker for one place: `findingAt(file, start)(ruleId, message, hint)`. Severity is the rule's default. */
export function findingAt(file: string, start: Position, end?: Position) {
  return (ruleId: string, message: string, hint?: string): Finding => ({
    file,
    line: start.line,
    column: start.column,
    ...(end ? { endLine: end.line, endColumn: end.column } : {}),
    ruleId,
    severity: findRule(ruleId)?.severity ?? "error",
    message,
    ...(hint ? { hint } : {}),
  });
}

/** Sorted by file, line, column, rule, so output is the same on every run. */
export function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort(
    (a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line || a.column - b.column || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0),
  );
}
