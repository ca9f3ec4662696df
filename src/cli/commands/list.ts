import { ExitCode } from "../../errors.js";
import { formatRowChunks, type Column, type TableFormat } from "../../report/table.js";
import type { ArticleStats } from "../../stats/article-stats.js";
import { matchesFilter, type StatsFilter } from "../../stats/summarize.js";
import { forEachStats } from "../load-articles.js";
import type { CommandContext } from "../program.js";

export interface ListOptions extends StatsFilter {
  sort?: "date" | "title" | "words";
  format?: TableFormat;
  json?: boolean;
}

/** What a listed article keeps: its row, not its speakers and countries. */
type ListRow = Pick<ArticleStats, "file" | "title" | "date" | "authors" | "section" | "words" | "readingMinutes" | "quotes" | "status">;

function rowOf({ file, title, date, authors, section, words, readingMinutes, quotes, status }: ArticleStats): ListRow {
  return { file, title, date, authors, section, words, readingMinutes, quotes, status };
}

const COLUMNS: Column<ListRow>[] = [
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

const SORTS = {
  date: (a: ListRow, b: ListRow) => (b.date ?? "").localeCompare(a.date ?? "") || a.file.localeCompare(b.file),
  title: (a: ListRow, b: ListRow) => (a.title ?? "").localeCompare(b.title ?? "") || a.file.localeCompare(b.file),
  words: (a: ListRow, b: ListRow) => b.words - a.words || a.file.localeCompare(b.file),
};

export async function listCommand(paths: string[], options: ListOptions, context: CommandContext): Promise<ExitCode> {
  const { io } = context;
  const rows: ListRow[] = [];
  let articles = 0;
  await forEachStats(paths, context, (stats) => {
    articles++;
    if (matchesFilter(stats, options)) rows.push(rowOf(stats));
  });
  rows.sort(SORTS[options.sort ?? "date"]);
  const format = options.json ? "json" : (options.format ?? "table");
  if (rows.length === 0 && format === "table") {
    io.out(articles === 0 ? "No articles yet. Create one with `irinsider new`.\n" : "No articles match these filters.\n");
    return ExitCode.Ok;
  }
  const columns = format === "table" ? COLUMNS.filter((c) => c.key !== "file") : COLUMNS;
  for (const chunk of formatRowChunks(rows, columns, format, { colors: io.colors, width: io.columns })) io.out(chunk);
  return ExitCode.Ok;
}
