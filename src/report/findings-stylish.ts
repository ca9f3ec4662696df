import { plural } from "../text/plural.js";
import type { Finding } from "../types.js";
import type { Colors } from "./colors.js";

/** `file:line:col  severity  ruleId  message`, grouped by file, each with its hint. Findings must be sorted. */
export function formatStylish(findings: readonly Finding[], colors: Colors): string {
  const lines: string[] = [];
  let previous: string | undefined;
  for (const finding of findings) {
    if (previous !== undefined && finding.file !== previous) lines.push("");
    previous = finding.file;
    const severity = finding.severity === "error" ? colors.red("error  ") : colors.yellow("warning");
    lines.push(`${colors.bold(`${finding.file}:${finding.line}:${finding.column}`)}  ${severity}  ${colors.dim(finding.ruleId)}  ${finding.message}`);
    if (finding.hint) lines.push(`    ${colors.dim(`hint: ${finding.hint}`)}`);
  }
  return lines.length > 0 ? `${lines.join("\n")}\n` : "";
}

/** `2 errors, 1 warning in 3 files`: the counts over all files checked. */
export function formatSummary(findings: readonly Finding[], fileCount: number, colors: Colors): string {
  const errors = findings.filter((finding) => finding.severity === "error").length;
  const warnings = findings.length - errors;
  const text = `${plural(errors, "error")}, ${plural(warnings, "warning")} in ${plural(fileCount, "file")}`;
  const color = errors > 0 ? colors.red : warnings > 0 ? colors.yellow : colors.green;
  return `${color(text)}\n`;
}
