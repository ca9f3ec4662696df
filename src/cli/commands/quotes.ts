import { ExitCode } from "../../errors.js";
import { nearestSpeakers, sortNewestFirst, speakerMatches, type QuoteRecord } from "../../quotes/collect.js";
import { formatRowChunks, type Column, type TableFormat } from "../../report/table.js";
import { loadQuotes } from "../load-articles.js";
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
  const { values } = await loadQuotes(paths, context);
  const inRange = values.filter((q) => (!options.since || (q.date ?? "") >= options.since) && (!options.until || (q.date ?? "9999") <= options.until));
  const all = sortNewestFirst(inRange);
  const quotes = options.speaker ? all.filter((q) => speakerMatches(q.speaker, options.speaker!)) : all;
  const format = options.json ? "json" : (options.format ?? "table");

  if (quotes.length === 0) {
    if (options.speaker) {
      const near = nearestSpeakers(all, options.speaker);
      io.err(`No quotes by "${options.speaker}".${near.length > 0 ? ` Did you mean ${near.join(", ")}?` : ""}\n`);
      if (format === "json") io.out("[]\n");
      return ExitCode.Findings;
    }
    if (format === "json") io.out("[]\n");
    else io.err("No quotes found.\n");
    return ExitCode.Ok;
  }
  const columns = format === "table" ? COLUMNS.filter((c) => TABLE_COLUMNS.includes(c.key)) : COLUMNS;
  for (const chunk of formatRowChunks(quotes, columns, format, { colors: io.colors, width: io.columns, rowLines: true })) io.out(chunk);
  return ExitCode.Ok;
}
