import { parseArticle } from "../article.js";
import type { Config } from "../config.js";
import { collectQuotes, type QuoteRecord } from "../quotes/collect.js";
import { articleStats, type ArticleStats } from "../stats/article-stats.js";
import { readArticleFromStdin } from "../store/read-article.js";
import { resolveTargets } from "./context.js";
import { runTask } from "./parallel.js";
import type { CommandContext } from "./program.js";
import { threadLimit, type ListingResult } from "./tasks.js";

export interface Listing<T> {
  config: Config;
  values: T[];
}

/**
 * What the listing commands work on, read leniently: per file of the given paths (else the
 * store), the stats or the quotes; a file that cannot be read, or whose front matter is broken,
 * is reported once on stderr and counted where it can be.
 */
async function load<T>(task: "stats" | "quotes", paths: readonly string[], context: CommandContext, fromText: (text: string) => T): Promise<Listing<T>> {
  const { io } = context;
  const targets = resolveTargets(paths, context);
  for (const finding of targets.findings) io.err(`${io.colors.yellow("warning")} ${finding.file}: ${finding.message}\n`);
  const results = (await runTask(task, targets.files, { cwd: io.cwd, sections: targets.config.sections }, threadLimit(io.env))) as ListingResult<T>[];
  if (targets.stdin) {
    const read = readArticleFromStdin("<stdin>");
    if (read.source) results.push({ file: "<stdin>", value: fromText(read.source.text), warning: parseArticle(read.source).frontmatterProblem });
  }
  const values: T[] = [];
  for (const result of results) {
    if (result.warning) io.err(`${io.colors.yellow("warning")} ${result.warning}\n`);
    if (result.value !== null) values.push(result.value);
  }
  return { config: targets.config, values };
}

export function loadStats(paths: readonly string[], context: CommandContext): Promise<Listing<ArticleStats>> {
  return load("stats", paths, context, (text) => articleStats(parseArticle({ file: "<stdin>", text })));
}

export async function loadQuotes(paths: readonly string[], context: CommandContext): Promise<Listing<QuoteRecord>> {
  const listing = await load("quotes", paths, context, (text) => collectQuotes([parseArticle({ file: "<stdin>", text })]));
  return { config: listing.config, values: listing.values.flat() };
}
