import type { RuleSetting } from "../config.js";
import type { Finding } from "../types.js";

/** Applies the configured severities ("off" drops the rule's findings). */
export function applyRuleSettings(findings: Finding[], rules: Record<string, RuleSetting>): Finding[] {
  return findings.flatMap((finding) => {
    const setting = rules[finding.ruleId];
    if (setting === undefined) return [finding];
    return setting === "off" ? [] : [{ ...finding, severity: setting }];
  });
}

const DIRECTIVE = /<!--\s*irinsider-disable-next-line((?:\s+[\w/-]+)*)\s*-->/g;

/**
 * Drops findings silenced by `<!-- irinsider-disable-next-line rule/id … -->` (all rules when
 * none is named) on the line before them, as markdownlint does.
 */
export function applyDisableComments(findings: Finding[], text: string): Finding[] {
  if (findings.length === 0 || !text.includes("irinsider-disable")) return findings;
  const silenced = new Map<number, Set<string> | "all">();
  let line = 1;
  let offset = 0;
  for (const match of text.matchAll(DIRECTIVE)) {
    for (let i = text.indexOf("\n", offset); i !== -1 && i < match.index; i = text.indexOf("\n", i + 1)) line++;
    offset = match.index;
    const ids = match[1].trim().split(/\s+/).filter(Boolean);
    silenced.set(line + 1, ids.length === 0 ? "all" : new Set(ids));
  }
  return findings.filter((finding) => {
    const rules = silenced.get(finding.line);
    return !(rules === "all" || rules?.has(finding.ruleId));
  });
}
