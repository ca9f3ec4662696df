import { ExitCode } from "../../errors.js";
import { nearestSpeakers, quoteRecords, speakerMatches, type ArticleQuotes, type QuoteRecord } from "../../quotes/collect.js";
import { rowWriter, type Column, type ReadyRow, type TableFormat } from "../../report/table.js";
import { withinDates } from "../../stats/date-range.js";
import { plural } from "../../text/plural.js";
import { forEachArticleQuotes } from "../load-articles.js";
import type { CommandContext } from "../program.js";

export interface QuotesOptions {
  speaker?: string;
  since?: string;
  until?: string;
  format?: TableFormat;
  json?: boolean;
}

const COLUMNS: Column<QuoteRecord>[] = [
  { header: "Speaker", key: "speaker", value: (q) => q.speaker, display: (q, c) => q.speaker ?? c.dim("(no speaker)") },
  { header: "Role", key: "role", value: (q) => q.role },
  { header: "Quote", key: "text", value: (q) => q.text, display: (q) => `“${q.text}”`, grow: 4 },
  { header: "File", key: "file", value: (q) => q.file },
  { header: "Line", key: "line", value: (q) => q.line, numeric: true },
  { header: "Column", key: "column", value: (q) => q.column, numeric: true },
  { header: "Article", key: "title", value: (q) => q.title, grow: 2 },
  { header: "Date", key: "date", value: (q) => q.date },
];
const TABLE_COLUMNS = ["speaker", "text", "title", "date"];

export async function quotesCommand(paths: string[], options: QuotesOptions, context: CommandContext): Promise<ExitCode> {
  const { io } = context;
  const format = options.json ? "json" : (options.format ?? "table");
  const columns = format === "table" ? COLUMNS.filter((c) => TABLE_COLUMNS.includes(c.key)) : COLUMNS;
  // Written as the articles come, newest first (a large store's quotes are never all held).
  const writer = rowWriter(columns, format, { colors: io.colors, width: io.columns, rowLines: true }, io.out);
  const quotesBySpeaker = new Map<string, number>();
  let undated = 0;
  // An article's quotes are made ready (counted, filtered, formatted) as it comes, in any order:
  // a store small enough to be sorted at the end then only writes them there.
  const prepare = (article: ArticleQuotes): ReadyRow<QuoteRecord>[] => {
    const ready: ReadyRow<QuoteRecord>[] = [];
    if (!withinDates(article.date, options)) {
      if (!article.date && article.quotes.length > 0) undated++;
      return ready;
    }
    for (const quote of quoteRecords([article])) {
      if (options.speaker) {
        if (quote.speaker) quotesBySpeaker.set(quote.speaker, (quotesBySpeaker.get(quote.speaker) ?? 0) + 1);
        if (!speakerMatches(quote.speaker, options.speaker)) continue;
      }
      ready.push(writer.ready(quote));
    }
    return ready;
  };
  const each = (ready: ReadyRow<QuoteRecord>[]) => ready.forEach((row) => writer.writeReady(row));
  // Files dated outside --since/--until are not even read; standard input and undated files are left out here.
  await forEachArticleQuotes(paths, context, { prepare, each }, { since: options.since, until: options.until });
  // With no quote, the data formats still print their empty form ("[]", the CSV or Markdown header).
  if (writer.end({ whenEmpty: format !== "table" }) > 0) return ExitCode.Ok;
  if (options.speaker) {
    const near = nearestSpeakers(quotesBySpeaker, options.speaker);
    io.err(`No quotes by "${options.speaker}".${near.length > 0 ? ` Did you mean ${near.join(", ")}?` : ""}\n`);
    return ExitCode.Findings;
  }
  // An article with quotes but no date is out of any range: say so, or the empty answer puzzles.
  if (format === "table") io.err(`No quotes found.${undated > 0 ? ` ${plural(undated, "article")} with quotes but no date ${undated === 1 ? "is" : "are"} left out by --since/--until.` : ""}\n`);
  return ExitCode.Ok;
}
