import { parseArticle, type BodyReader } from "../article.js";
import { checkArticle, readCheckedBody, type CheckedBody } from "../check/check-article.js";
import { applyDisableComments } from "../check/settings.js";
import { articleQuotes, readQuotedBody } from "../quotes/collect.js";
import { articleCountries, articleRow, articleSpeakers, articleStats, filterFields, readCountriesBody, readRowBody, readStatsBody } from "../stats/article-stats.js";
import type { ArticleFile } from "../store/find-articles.js";
import type { ReadResult } from "../store/read-article.js";
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

/** Every finding of one file that was read (or could not be): validate's work per file. */
export function checkRead(file: string, read: ReadResult, sections: string[], hasFileName: boolean, readBody: BodyReader<CheckedBody> = readCheckedBody): CheckResult {
  if (!read.source) return { file, findings: read.findings, read: false };
  const article = checkArticle(read.source, { sections, hasFileName }, readBody);
  // Results outlive the article: keep nothing that points into its text.
  const findings = [...read.findings, ...applyDisableComments(article.findings, read.source.text)].map((f) => ({ ...f, message: detach(f.message), hint: f.hint === undefined ? undefined : detach(f.hint) }));
  return { file, findings, slug: article.slug && { value: detach(article.slug.value), at: article.slug.at }, read: true };
}

/**
 * A command's work per file: what it reads of each body (the part a worker can do on its own),
 * and the whole work on a file once it is read, given how to read its body.
 */
export interface Task<B, R> {
  readBody: BodyReader<B>;
  /** Reads no body: nothing to share with a worker, so one thread does it all. */
  frontMatterOnly?: boolean;
  run(file: ArticleFile, read: ReadResult, input: TaskInput, readBody: BodyReader<B>): R;
}

const task = <B, R>(definition: Task<B, R>) => definition;

export const TASKS = {
  check: task({ readBody: readCheckedBody, run: (file, read, input, readBody): CheckResult => checkRead(file.file, read, input.sections, true, readBody) }),
  stats: task({ readBody: readStatsBody, run: (file, read, _input, readBody) => listing(file, read, (article) => articleStats(article, readBody)) }),
  rows: task({ readBody: readRowBody, run: (file, read, _input, readBody) => listing(file, read, (article) => articleRow(article, readBody)) }),
  quotes: task({ readBody: readQuotedBody, run: (file, read, _input, readBody) => listing(file, read, (article) => articleQuotes(article, readBody)) }),
  /** The front matter's filtered fields and who is quoted (summary --by speaker): no country, no word count. */
  speakers: task({ readBody: readQuotedBody, run: (file, read, _input, readBody) => listing(file, read, (article) => articleSpeakers(article, readBody)) }),
  /** The front matter's filtered fields and the countries covered (summary --by country): no quote is read. */
  countries: task({ readBody: readCountriesBody, run: (file, read, _input, readBody) => listing(file, read, (article) => articleCountries(article, readBody)) }),
  /** The front matter's filtered fields only: no body is read (summary --by section, month …). */
  fields: task({ readBody: () => null, frontMatterOnly: true, run: (file, read) => listing(file, read, (article) => filterFields(article.data)) }),
};

export type TaskName = keyof typeof TASKS;
export type ResultOf<T extends TaskName> = ReturnType<(typeof TASKS)[T]["run"]>;
/** The value a listing task makes of an article. */
export type ListedValue<T extends TaskName> = ResultOf<T> extends ListingResult<infer V> ? V : never;
export type BodyOf<T extends TaskName> = ReturnType<(typeof TASKS)[T]["readBody"]>;

/** The task of that name, typed by the name (TypeScript does not narrow TASKS[name] for a generic name). */
export const taskNamed = <T extends TaskName>(name: T) => TASKS[name] as unknown as Task<BodyOf<T>, ResultOf<T>>;

function listing<T>(file: ArticleFile, read: ReadResult, compute: (article: ReturnType<typeof parseArticle>) => T): ListingResult<T> {
  if (!read.source) return { file: file.file, value: null, warning: `${file.file}: ${read.findings[0]?.message ?? "cannot be read"} It is left out.` };
  const article = parseArticle(read.source);
  const warning = article.frontmatterProblem ? `${article.file}: ${article.frontmatterProblem.replace(/\.$/, "")}; counted without its front matter (run irinsider validate).` : null;
  return { file: file.file, value: compute(article), warning };
}
