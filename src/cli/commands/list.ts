import { ExitCode } from "../../errors.js";
import { sortNewestFirst } from "../../quotes/collect.js";
import { formatRowChunks, type Column, type TableFormat } from "../../report/table.js";
import type { ArticleRow } from "../../stats/article-stats.js";
import { nothingToShow, type StatsFilter } from "../../stats/summarize.js";
import { forEachRow } from "../load-articles.js";
import type { CommandContext } from "../program.js";

export interface ListOptions extends StatsFilter {
  sort?: "date" | "title" | "words";
  format?: TableFormat;
  json?: boolean;
}

const COLUMNS: Column<ArticleRow>[] = [
  { header: "Date", key: "date", value: (a) => a.date },
  { header: "Title", key: "title", value: (a) => a.title, grow: 3 },
  { header: "Authors", key: "authors", value: (a) => a.authors.join("; "), grow: 1 },
  { header: "Section", key: "section", value: (a) => a.section },
  { header: "Words", key: "words", value: (a) => a.words, numeric: true },
  { header: "Reading", key: "readingMinutes", value: (a) => a.readingMinutes, display: (a) => `${a.readingMinutes} min`, numeric: true },
  { header: "Quotes", key: "quotes", value: (a) => a.quotes, numeric: true },
  { header: "Status", key: "status", value: (a) => a.status },
  { header: "File", key: "file", value: (a) => a.file },
];

const SORTS: Record<NonNullable<ListOptions["sort"]>, (rows: ArticleRow[]) => ArticleRow[]> = {
  date: sortNewestFirst,
  title: (rows) => rows.sort((a, b) => (a.title ?? "").localeCompare(b.title ?? "") || a.file.localeCompare(b.file)),
  words: (rows) => rows.sort((a, b) => b.words - a.words || a.file.localeCompare(b.file)),
};

export async function listCommand(paths: string[], options: ListOptions, context: CommandContext): Promise<ExitCode> {
  const { io } = context;
  const rows: ArticleRow[] = [];
  const articles = await forEachRow(paths, context, options, (row) => rows.push(row));
  SORTS[options.sort ?? "date"](rows);
  const format = options.json ? "json" : (options.format ?? "table");
  if (rows.length === 0 && format === "table") {
    io.out(`${nothingToShow(articles, options)}\n`);
    return ExitCode.Ok;
  }
  const columns = format === "table" ? COLUMNS.filter((c) => c.key !== "file") : COLUMNS;
  for (const chunk of formatRowChunks(rows, columns, format, { colors: io.colors, width: io.columns })) io.out(chunk);
  return ExitCode.Ok;
}
