import { parseArticle } from "../article.js";
import { checkArticle } from "../check/check-article.js";
import { applyDisableComments } from "../check/settings.js";
import { articleQuotes, type ArticleQuotes } from "../quotes/collect.js";
import { articleRow, articleStats, type ArticleRow, type ArticleStats } from "../stats/article-stats.js";
import type { ArticleFile } from "../store/find-articles.js";
import { type ReadResult } from "../store/read-article.js";
import { analyzeQuotes } from "../quotes/attribute.js";
import { detach } from "../text/detach.js";
import type { Finding, Position } from "../types.js";

/** What every task needs besides the file. */
export interface TaskInput {
  cwd: string;
  sections: string[];
}

/** IRINSIDER_THREADS=1 keeps all work in one thread (a CI runner with one core, a profile). */
export function threadLimit(env: Readonly<Record<string, string | undefined>>): number | undefined {
  const value = Number(env.IRINSIDER_THREADS);
  return Number.isInteger(value) && value >= 1 ? value : undefined;
}

export interface CheckResult {
  file: string;
  findings: Finding[];
  slug?: { value: string; at: Position };
  read: boolean;
}

export interface ListingResult<T> {
  file: string;
  /** Null when the file could not be read. */
  value: T | null;
  /** A line for stderr: unreadable, or broken front matter. */
  warning: string | null;
}

/** How a task gets an article's quotes analysed: in this thread, or handed over from a worker. */
export type Analyze = typeof analyzeQuotes;

/** Every finding of one file that was read (or could not be): validate's work per file. */
export function checkRead(file: string, read: ReadResult, sections: string[], hasFileName: boolean, analyze: Analyze = analyzeQuotes): CheckResult {
  if (!read.source) return { file, findings: read.findings, read: false };
  const article = checkArticle(read.source, { sections, hasFileName }, analyze);
  // Results outlive the article: keep nothing that points into its text.
  const findings = [...read.findings, ...applyDisableComments(article.findings, read.source.text)].map((f) => ({ ...f, message: detach(f.message), hint: f.hint === undefined ? undefined : detach(f.hint) }));
  return { file, findings, slug: article.slug && { value: detach(article.slug.value), at: article.slug.at }, read: true };
}

/** The work done on one file once it is read. */
export const TASKS = {
  check(file: ArticleFile, read: ReadResult, input: TaskInput, analyze: Analyze): CheckResult {
    return checkRead(file.file, read, input.sections, true, analyze);
  },
  stats(file: ArticleFile, read: ReadResult, _input: TaskInput, analyze: Analyze): ListingResult<ArticleStats> {
    return listing(file, read, (article) => articleStats(article, analyze));
  },
  rows(file: ArticleFile, read: ReadResult, _input: TaskInput, analyze: Analyze): ListingResult<ArticleRow> {
    return listing(file, read, (article) => articleRow(article, analyze));
  },
  quotes(file: ArticleFile, read: ReadResult, _input: TaskInput, analyze: Analyze): ListingResult<ArticleQuotes> {
    return listing(file, read, (article) => articleQuotes(article, analyze));
  },
};

export type TaskName = keyof typeof TASKS;

function listing<T>(file: ArticleFile, read: ReadResult, compute: (article: ReturnType<typeof parseArticle>) => T): ListingResult<T> {
  if (!read.source) return { file: file.file, value: null, warning: `${file.file}: ${read.findings[0]?.message ?? "cannot be read"} It is left out.` };
  const article = parseArticle(read.source);
  const warning = article.frontmatterProblem ? `${article.file}: ${article.frontmatterProblem.replace(/\.$/, "")}; counted without its front matter (run irinsider validate).` : null;
  return { file: file.file, value: compute(article), warning };
}
