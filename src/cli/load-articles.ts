import { dateOf, parseArticle } from "../article.js";
import type { Config } from "../config.js";
import { articleQuotes, compareNewestFirst, type ArticleQuotes } from "../quotes/collect.js";
import { articleRow, articleStats, type ArticleRow, type ArticleStats } from "../stats/article-stats.js";
import { withinDates, type DateRange } from "../stats/date-range.js";
import type { ArticleFile } from "../store/find-articles.js";
import { readArticleFromStdin } from "../store/read-article.js";
import { resolveTargets } from "./context.js";
import { frontMatterFields } from "./front-matter-fields.js";
import { startThreads } from "./parallel.js";
import type { CommandContext } from "./program.js";
import { threadLimit, type ListingResult } from "./tasks.js";

/**
 * What the listing commands work on, read leniently: per file of the given paths (else the
 * store), the stats or the quotes, handed to `each` as they are ready (the caller keeps what it
 * needs, not every article); a file that cannot be read, or whose front matter is broken, is
 * reported once on stderr and counted where it can be. In the files' order, or `newestFirst`:
 * then every file's date is read first, and a file dated outside the range given is not read at
 * all (an undated one still is: for the warning a broken front matter gives, and for the caller
 * to tell the user what the range left out).
 */
async function forEachListed<T>(
  task: "stats" | "rows" | "quotes",
  paths: readonly string[],
  context: CommandContext,
  fromText: (text: string) => T,
  each: (value: T) => void,
  newestFirst?: DateRange,
): Promise<Config> {
  const { io } = context;
  const targets = resolveTargets(paths, context);
  for (const finding of targets.findings) io.err(`${io.colors.yellow("warning")} ${finding.file}: ${finding.message}\n`);
  const take = (result: ListingResult<T>) => {
    if (result.warning) io.err(`${io.colors.yellow("warning")} ${result.warning}\n`);
    if (result.value !== null) each(result.value);
  };
  const read = targets.stdin ? readArticleFromStdin("<stdin>") : null;
  let stdin: { file: string; date: string | null; result: ListingResult<T> } | null = null;
  if (read?.source) {
    const article = parseArticle(read.source);
    stdin = { file: "<stdin>", date: article.date, result: { file: "<stdin>", value: fromText(read.source.text), warning: article.frontmatterProblem } };
  }
  // Workers load while the dates are read.
  const threads = startThreads(task, targets.files.length, { cwd: io.cwd, sections: targets.config.sections }, { maxThreads: threadLimit(io.env) });
  let dated = newestFirst
    ? datedFiles(targets.files, io.cwd)
        .filter(({ date }) => !date || withinDates(date, newestFirst))
        .sort(compareNewestFirst)
    : null;
  const files = dated ? dated.map(({ article }) => article) : targets.files;
  // The dates are needed after the sort only to place standard input among the files.
  if (!stdin) dated = null;
  await threads.forEach(files, (result, index) => {
    // Standard input takes its place among the files by date, when they are in date order.
    if (stdin && dated && compareNewestFirst(stdin, dated[index]) < 0) {
      take(stdin.result);
      stdin = null;
    }
    take(result as ListingResult<T>);
  });
  if (stdin) take(stdin.result);
  return targets.config;
}

/** Each file with its date (from its front matter, read from the start of the file), to take them newest first. */
function datedFiles(files: readonly ArticleFile[], cwd: string): { file: string; date: string | null; article: ArticleFile }[] {
  return files.map((article) => ({ file: article.file, date: dateOf(frontMatterFields(article, cwd)), article }));
}

const statsOfText = (text: string) => articleStats(parseArticle({ file: "<stdin>", text }));
const rowOfText = (text: string) => articleRow(parseArticle({ file: "<stdin>", text }));

export function forEachStats(paths: readonly string[], context: CommandContext, each: (stats: ArticleStats) => void): Promise<Config> {
  return forEachListed("stats", paths, context, statsOfText, each);
}

/** Each article's row for `list`: the stats without the country and speaker lookups. */
export function forEachRow(paths: readonly string[], context: CommandContext, each: (row: ArticleRow) => void): Promise<Config> {
  return forEachListed("rows", paths, context, rowOfText, each);
}

const quotesOfText = (text: string) => articleQuotes(parseArticle({ file: "<stdin>", text }));

/**
 * Each article's quotes; `newestFirst` reads every date first and then the files in that
 * order (only those within its range), so the quotes can be written newest first without
 * holding any. An undated article still comes (last): the caller decides.
 */
export function forEachArticleQuotes(paths: readonly string[], context: CommandContext, each: (article: ArticleQuotes) => void, newestFirst?: DateRange): Promise<Config> {
  return forEachListed("quotes", paths, context, quotesOfText, each, newestFirst);
}
