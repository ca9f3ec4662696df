import path from "node:path";
import type { Finding } from "../types.js";

/** One file's result in ESLint's JSON formatter shape, so existing tooling reads it. */
export interface EslintResult {
  filePath: string;
  messages: {
    ruleId: string;
    severity: 1 | 2;
    message: string;
    line: number;
    column: number;
    endLine?: number;
    endColumn?: number;
  }[];
  suppressedMessages: never[];
  errorCount: number;
  fatalErrorCount: number;
  warningCount: number;
  fixableErrorCount: number;
  fixableWarningCount: number;
  usedDeprecatedRules: never[];
}

/** ESLint's JSON shape: every file checked, with absolute paths as ESLint gives them. */
export function formatJson(files: readonly string[], findings: readonly Finding[], cwd: string): string {
  const byFile = new Map<string, Finding[]>(files.map((file) => [file, []]));
  for (const finding of findings) {
    const list = byFile.get(finding.file) ?? [];
    list.push(finding);
    byFile.set(finding.file, list);
  }
  const results: EslintResult[] = [...byFile].map(([file, list]) => {
    const errorCount = list.filter((finding) => finding.severity === "error").length;
    return {
      filePath: file.startsWith("<") ? file : path.resolve(cwd, file),
      messages: list.map((finding) => ({
        ruleId: finding.ruleId,
        severity: finding.severity === "error" ? 2 : 1,
        message: finding.hint ? `${finding.message} ${finding.hint}` : finding.message,
        line: finding.line,
        column: finding.column,
        ...(finding.endLine !== undefined ? { endLine: finding.endLine, endColumn: finding.endColumn } : {}),
      })),
      suppressedMessages: [],
      errorCount,
      fatalErrorCount: 0,
      warningCount: list.length - errorCount,
      fixableErrorCount: 0,
      fixableWarningCount: 0,
      usedDeprecatedRules: [],
    };
  });
  return `${JSON.stringify(results, null, 2)}\n`;
}
