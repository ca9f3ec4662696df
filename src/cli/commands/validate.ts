import { checkArticle, type CheckedArticle } from "../../check/check-article.js";
import { checkStore } from "../../check/check-store.js";
import { sortFindings } from "../../check/finding.js";
import { applyDisableComments, applyRuleSettings } from "../../check/settings.js";
import { ExitCode } from "../../errors.js";
import { formatGithub } from "../../report/findings-github.js";
import { formatJson } from "../../report/findings-json.js";
import { formatStylish, formatSummary } from "../../report/findings-stylish.js";
import { readArticle, readArticleFromStdin, type ReadResult } from "../../store/read-article.js";
import type { Finding } from "../../types.js";
import { resolveTargets } from "../context.js";
import type { CommandContext } from "../program.js";

export interface ValidateOptions {
  format?: "stylish" | "json" | "github";
  maxWarnings?: number;
  quiet?: boolean;
  stdinFilename?: string;
}

export async function validateCommand(paths: string[], options: ValidateOptions, { io, globals }: CommandContext): Promise<ExitCode> {
  const targets = resolveTargets(paths, { io, globals });
  const { config } = targets;
  const reads: ReadResult[] = targets.files.map((file) => readArticle(file, io.cwd));
  if (targets.stdin) reads.push(readArticleFromStdin(options.stdinFilename ?? "<stdin>"));

  const findings: Finding[] = [...targets.findings];
  const checked: CheckedArticle[] = [];
  for (const read of reads) {
    findings.push(...read.findings);
    if (!read.source) continue;
    const article = checkArticle(read.source, { sections: config.sections, hasFileName: read.source.file !== "<stdin>" });
    checked.push(article);
    findings.push(...applyDisableComments(article.findings, read.source.text));
  }
  findings.push(...checkStore(checked));

  let reported = sortFindings(applyRuleSettings(findings, config.rules));
  if (options.quiet) reported = reported.filter((finding) => finding.severity === "error");
  const files = reads.map((read) => read.source?.file ?? read.findings[0]?.file ?? "");

  const format = options.format ?? (io.env.GITHUB_ACTIONS === "true" ? "github" : "stylish");
  if (format === "json") {
    io.out(formatJson(files, reported, io.cwd));
  } else {
    io.out(format === "github" ? formatGithub(reported) : formatStylish(reported, io.colors));
    if (reported.length > 0) io.out("\n");
    io.out(formatSummary(reported, files.length, io.colors));
  }

  const errors = reported.filter((finding) => finding.severity === "error").length;
  const warnings = reported.length - errors;
  const tooManyWarnings = options.maxWarnings !== undefined && warnings > options.maxWarnings;
  if (tooManyWarnings) io.err(`${warnings} warnings is more than --max-warnings ${options.maxWarnings}.\n`);
  return errors > 0 || tooManyWarnings ? ExitCode.Findings : ExitCode.Ok;
}
