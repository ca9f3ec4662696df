import { checkStore } from "../../check/check-store.js";
import { sortFindings } from "../../check/finding.js";
import { applyRuleSettings } from "../../check/settings.js";
import { ExitCode } from "../../errors.js";
import { formatGithub } from "../../report/findings-github.js";
import { formatJson } from "../../report/findings-json.js";
import { formatStylish, formatSummary } from "../../report/findings-stylish.js";
import { readArticleFromStdin } from "../../store/read-article.js";
import type { Finding } from "../../types.js";
import { otherArticles, resolveTargets } from "../context.js";
import { runTask } from "../parallel.js";
import { checkRead, threadLimit, type CheckResult } from "../tasks.js";
import type { CommandContext } from "../program.js";

export interface ValidateOptions {
  format?: "stylish" | "json" | "github";
  json?: boolean;
  maxWarnings?: number;
  quiet?: boolean;
  stdinFilename?: string;
}

export async function validateCommand(paths: string[], options: ValidateOptions, { io, globals }: CommandContext): Promise<ExitCode> {
  const targets = resolveTargets(paths, { io, globals });
  const { config } = targets;
  const checked: CheckResult[] = await runTask("check", targets.files, { cwd: io.cwd, sections: config.sections }, { maxThreads: threadLimit(io.env) });
  if (targets.stdin) {
    const name = options.stdinFilename ?? "<stdin>";
    checked.push(checkRead(name, readArticleFromStdin(name), config.sections, options.stdinFilename !== undefined));
  }

  const findings: Finding[] = [...targets.findings, ...checked.flatMap((result) => result.findings)];
  const read = checked.filter((result) => result.read);
  findings.push(...checkStore(read, otherArticles(paths, { io, globals }, config, new Set(read.map((result) => result.file)))));

  let reported = sortFindings(applyRuleSettings(findings, config.rules));
  if (options.quiet) reported = reported.filter((finding) => finding.severity === "error");
  const files = checked.map((result) => result.file);

  const format = options.json ? "json" : (options.format ?? (io.env.GITHUB_ACTIONS === "true" ? "github" : "stylish"));
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
