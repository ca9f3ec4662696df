import type { Finding } from "../types.js";

// Workflow-command escaping, as @actions/core does it (toCommandValue / escapeData / escapeProperty).
const escapeData = (text: string) => text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
const escapeProperty = (text: string) => escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");

/** GitHub Actions annotations: `::error file=…,line=…,col=…,title=ruleId::message`. */
export function formatGithub(findings: readonly Finding[]): string {
  return findings
    .map((finding) => {
      const properties = [
        `file=${escapeProperty(finding.file)}`,
        `line=${finding.line}`,
        `col=${finding.column}`,
        ...(finding.endLine !== undefined ? [`endLine=${finding.endLine}`, `endColumn=${finding.endColumn}`] : []),
        `title=${escapeProperty(finding.ruleId)}`,
      ];
      const message = finding.hint ? `${finding.message}\n${finding.hint}` : finding.message;
      return `::${finding.severity} ${properties.join(",")}::${escapeData(message)}\n`;
    })
    .join("");
}
