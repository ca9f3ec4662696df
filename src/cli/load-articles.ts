import { dateOf } from "../article.js";
import { compareNewestFirst, sortNewestFirst, type ArticleQuotes } from "../quotes/collect.js";
import { filterFields, type FilterFields } from "../stats/article-stats.js";
import { isFiltering, matchesFilter, type StatsFilter } from "../stats/summarize.js";
import { withinDates, type DateRange } from "../stats/date-range.js";
import type { ArticleFile } from "../store/find-articles.js";
import { readArticleFromStdin } from "../store/read-article.js";
import { resolveTargets } from "./context.js";
import { frontMatterFields } from "./front-matter-fields.js";
import { startThreads } from "./parallel.js";
import type { CommandContext } from "./program.js";
import { taskNamed, threadLimit, type ListedValue, type ListingResult, type TaskName } from "./tasks.js";

/**
 * Below this many files, a listing in date order reads the files in the store's order, holds
 * what it keeps of them and sorts it at the end: a pass over every front matter first (to read
 * the files in date order and hold nothing) cost 0.4 s of a 10,000-article `quotes` while the
 * worker waited. Held, the quotes of 10,000 articles took 36 MB more (216 MB at the peak); from
 * here on, a larger store is read in date order, so that no size needs more than ~250 MB.
 */
const HOLD_BELOW = 15_000;

/** Which files a listing command reads, and in what order, decided from their front matter alone. */
interface Selection<T> {
  /**
   * Files whose front-matter fields fail this are not read at all. A file whose front matter
   * gives no fields still is: for the warning a broken front matter gives, and for the caller to
   * tell the user what its filters left out.
   */
  keep?: (fields: Record<string, unknown>) => boolean;
  /** Newest first (by the front matter's date, which a result tells too), so the caller can write results as they come. */
  newestFirst?: (value: T) => string | null;
}

/**
 * What a listing does with each value: `prepare` it as soon as it is ready (in any order: the
 * part of the work that does not depend on it), then hand what that made to `each`, in the
 * listing's order. A listing that must hold its values to sort them runs `prepare` while the
 * other threads still work, rather than all of it at the end.
 */
export interface Consumer<T, U> {
  prepare(value: T): U;
  each(prepared: U): void;
}

/** A consumer that only needs the values in order. */
export const inOrder = <T>(each: (value: T) => void): Consumer<T, T> => ({ prepare: (value) => value, each });

/**
 * What the listing commands work on, read leniently: per file of the given paths (else the
 * store), the stats or the quotes, handed to `consumer` as they are ready (the caller keeps what
 * it needs, not every article); a file that cannot be read, or whose front matter is broken, is
 * reported once on stderr and counted where it can be. In the files' order unless `selection`
 * asks for newest first; with `keep` or `newestFirst`, every file's front matter is read first
 * (from the start of the file: a fraction of reading its body). Returns how many articles there
 * are before the selection (standard input included).
 */
async function forEachListed<T, U>(
  task: ListingTask,
  paths: readonly string[],
  context: CommandContext,
  { prepare, each }: Consumer<T, U>,
  { keep, newestFirst }: Selection<T> = {},
): Promise<number> {
  const { io } = context;
  const targets = resolveTargets(paths, context);
  for (const finding of targets.findings) io.err(`${io.colors.yellow("warning")} ${finding.file}: ${finding.message}\n`);
  const take = (result: ListingResult<U>) => {
    if (result.warning) io.err(`${io.colors.yellow("warning")} ${result.warning}\n`);
    if (result.value !== null) each(result.value);
  };
  const prepared = (result: ListingResult<T>): ListingResult<U> => ({ ...result, value: result.value === null ? null : prepare(result.value) });
  const input = { cwd: io.cwd, sections: targets.config.sections };
  const read = targets.stdin ? readArticleFromStdin("<stdin>") : null;
  // Standard input is read by the task as a file is (its warnings name it as they name a file).
  const { run, readBody } = taskNamed(task);
  const fromStdin = read && (run({ file: "<stdin>", path: "<stdin>" }, read, input, readBody) as ListingResult<T>);
  let stdin = fromStdin && { file: "<stdin>", date: fromStdin.value && newestFirst ? newestFirst(fromStdin.value) : null, result: fromStdin };
  const articles = targets.files.length + (read ? 1 : 0);
  // Workers load while the front matter is read.
  const threads = startThreads(task, targets.files.length, input, { maxThreads: threadLimit(io.env) });
  if (newestFirst && !keep && targets.files.length < HOLD_BELOW) {
    const held = stdin ? [{ ...stdin, result: prepared(stdin.result) }] : [];
    await threads.forEach(targets.files, (result) => {
      const listed = result as ListingResult<T>;
      held.push({ file: listed.file, date: listed.value && newestFirst(listed.value), result: prepared(listed) });
    });
    for (const { result } of sortNewestFirst(held)) take(result);
    return articles;
  }
  let dated = keep || newestFirst ? selectedFiles(targets.files, io.cwd, keep) : null;
  if (dated && newestFirst) sortNewestFirst(dated);
  const files = dated ? dated.map(({ article }) => article) : targets.files;
  // The dates are needed after the sort only to place standard input among the files.
  if (!stdin || !newestFirst) dated = null;
  await threads.forEach(files, (result, index) => {
    // Standard input takes its place among the files by date, when they are in date order.
    if (stdin && dated && compareNewestFirst(stdin, dated[index]) < 0) {
      take(prepared(stdin.result));
      stdin = null;
    }
    take(prepared(result as ListingResult<T>));
  });
  if (stdin) take(prepared(stdin.result));
  return articles;
}

/**
 * The files whose front matter `keep` lets through (all without it; a file whose front matter
 * gives no fields too), each with its date. Only the date is kept of the fields: at 100,000
 * articles, every file's fields held until the sort took 100 MB more.
 */
function selectedFiles(files: readonly ArticleFile[], cwd: string, keep: Selection<unknown>["keep"]): { file: string; date: string | null; article: ArticleFile }[] {
  const selected: { file: string; date: string | null; article: ArticleFile }[] = [];
  for (const article of files) {
    const fields = frontMatterFields(article, cwd);
    if (!keep || Object.keys(fields).length === 0 || keep(fields)) selected.push({ file: article.file, date: dateOf(fields), article });
  }
  return selected;
}

/** The listing tasks whose values carry the filtered fields. */
type FilteredTask = { [N in ListingTask]: ListedValue<N> extends FilterFields ? N : never }[ListingTask];
type ListingTask = Exclude<TaskName, "check">;

/**
 * Each article's value of a filtered listing, as its task makes it: its fields tell whether it
 * passes `filter` (no file the front matter rules out is read whole). Returns how many articles
 * there are.
 */
const filtered =
  <N extends FilteredTask>(task: N) =>
  (paths: readonly string[], context: CommandContext, filter: StatsFilter, each: (value: ListedValue<N>) => void): Promise<number> =>
    forEachListed(task, paths, context, inOrder<ListedValue<N> & FilterFields>((value) => {
      if (matchesFilter(value, filter)) each(value);
    }), selecting(filter));

/** Each article's stats. */
export const forEachStats = filtered("stats");
/** Each article's row for `list` (the stats without the country and speaker lookups). */
export const forEachRow = filtered("rows");
/** Each article's front-matter fields, no body read: for counts by section, month, year, author, tag or status. */
export const forEachFields = filtered("fields");
/** Each article's fields and who is quoted in it (no country looked up, no word counted). */
export const forEachSpeakers = filtered("speakers");
/** Each article's fields and the countries it covers, its body read for them only (not its quotes). */
export const forEachCountries = filtered("countries");

/** With a filter, the files it rules out by their front matter are not read. */
const selecting = <T>(filter: StatsFilter): Selection<T> => (isFiltering(filter) ? { keep: (fields) => matchesFilter(filterFields(fields), filter) } : {});


/**
 * Each article's quotes; `newestFirst` hands them over newest first, within its range. With a
 * range, every date is read first and then only the files within it, in that order; without,
 * a large store is read the same way (so that no quotes are held), a smaller one whole, its
 * quotes held (as `prepare` made them) and sorted. An undated article still comes (last): the
 * caller decides.
 */
export function forEachArticleQuotes<U>(paths: readonly string[], context: CommandContext, consumer: Consumer<ArticleQuotes, U>, newestFirst?: DateRange): Promise<number> {
  if (!newestFirst) return forEachListed("quotes", paths, context, consumer);
  const keep = (fields: Record<string, unknown>) => {
    const date = dateOf(fields);
    return !date || withinDates(date, newestFirst);
  };
  return forEachListed("quotes", paths, context, consumer, { newestFirst: (quotes) => quotes.date, keep: isFiltering(newestFirst) ? keep : undefined });
}
