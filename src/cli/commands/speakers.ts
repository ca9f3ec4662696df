import { ExitCode } from "../../errors.js";
import { SpeakerTally, type SpeakerSummary } from "../../quotes/collect.js";
import { formatRowChunks, type Column, type TableFormat } from "../../report/table.js";
import { forEachArticleQuotes, inOrder } from "../load-articles.js";
import type { CommandContext } from "../program.js";

export interface SpeakersOptions {
  format?: TableFormat;
  json?: boolean;
}

const COLUMNS: Column<SpeakerSummary>[] = [
  { header: "Speaker", key: "speaker", value: (s) => s.speaker, grow: 1 },
  { header: "Quotes", key: "quotes", value: (s) => s.quotes, numeric: true },
  { header: "Articles", key: "articles", value: (s) => s.articles, numeric: true },
  { header: "Roles", key: "roles", value: (s) => s.roles.join("; "), grow: 2 },
];

export async function speakersCommand(paths: string[], options: SpeakersOptions, context: CommandContext): Promise<ExitCode> {
  const { io } = context;
  const tally = new SpeakerTally();
  await forEachArticleQuotes(paths, context, inOrder((article) => tally.add(article)));
  const speakers = tally.summary();
  const format = options.json ? "json" : (options.format ?? "table");
  if (speakers.length === 0 && format === "table") {
    io.err("No quoted speakers found.\n");
    return ExitCode.Ok;
  }
  for (const chunk of formatRowChunks(speakers, COLUMNS, format, { colors: io.colors, width: io.columns })) io.out(chunk);
  return ExitCode.Ok;
}
