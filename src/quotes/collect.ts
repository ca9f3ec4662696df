import type { Article } from "../article.js";
import { detach } from "../text/detach.js";
import { plural } from "../text/plural.js";
import { distance } from "fastest-levenshtein";
import { analyzeQuotes } from "./attribute.js";
import { applyDeclared } from "./declared.js";

/** One quote in the store, as `irinsider quotes --json` prints it. */
export interface QuoteRecord {
  speaker: string | null;
  role: string | null;
  text: string;
  file: string;
  line: number;
  column: number;
  title: string | null;
  date: string | null;
}

/** Every direct quote (speech) of the articles, newest article first, then in reading order. */
export function collectQuotes(articles: readonly Article[]): QuoteRecord[] {
  const records: QuoteRecord[] = [];
  for (const article of sortNewestFirst(articles)) {
    const quotes = applyDeclared(analyzeQuotes(article.text, article.bodyOffset).quotes, article.declaredQuotes);
    for (const quote of quotes) {
      if (!quote.speech) continue;
      // Records outlive their article: detach their strings from the article's text.
      records.push({ speaker: detach(quote.speaker), role: detach(quote.role), text: detach(quote.text), file: article.file, line: quote.line, column: quote.column, title: detach(article.title), date: detach(article.date) });
    }
  }
  return records;
}

export function sortNewestFirst<T extends { date: string | null; file: string }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => (b.date ?? "").localeCompare(a.date ?? "") || a.file.localeCompare(b.file));
}

/** Lower case, accents dropped: "Gálvez" ~ "galvez". */
export function foldName(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replace(/\s+/g, " ").trim();
}

/** The full name or any part of it, case- and accent-insensitively ("may" finds Theresa May). */
export function speakerMatches(speaker: string | null, query: string): boolean {
  if (!speaker) return false;
  const name = ` ${foldName(speaker).replace(/[^\p{L}\p{N}'’ -]/gu, " ")} `;
  return name.includes(` ${foldName(query)} `);
}

export interface SpeakerSummary {
  speaker: string;
  quotes: number;
  articles: number;
  roles: string[];
}

/** Every speaker with their number of quotes and articles and the roles they were given. */
export function summarizeSpeakers(records: readonly QuoteRecord[]): SpeakerSummary[] {
  const bySpeaker = new Map<string, { quotes: number; files: Set<string>; roles: Set<string> }>();
  for (const record of records) {
    if (!record.speaker) continue;
    const entry = bySpeaker.get(record.speaker) ?? { quotes: 0, files: new Set<string>(), roles: new Set<string>() };
    entry.quotes++;
    entry.files.add(record.file);
    if (record.role) entry.roles.add(record.role);
    bySpeaker.set(record.speaker, entry);
  }
  return [...bySpeaker]
    .map(([speaker, entry]) => ({ speaker, quotes: entry.quotes, articles: entry.files.size, roles: [...entry.roles] }))
    .sort((a, b) => b.quotes - a.quotes || a.speaker.localeCompare(b.speaker));
}

/** "Theresa May (2 quotes)" for the speakers nearest a query that matched nobody. */
export function nearestSpeakers(records: readonly QuoteRecord[], query: string, limit = 3): string[] {
  const wanted = foldName(query);
  const scored = summarizeSpeakers(records)
    .map((summary) => {
      const parts = [foldName(summary.speaker), ...foldName(summary.speaker).split(" ")];
      const best = Math.min(...parts.map((part) => distance(wanted, part) / Math.max(wanted.length, part.length)));
      return { summary, best };
    })
    .filter(({ best }) => best <= 0.4)
    .sort((a, b) => a.best - b.best || b.summary.quotes - a.summary.quotes);
  return scored.slice(0, limit).map(({ summary }) => `${summary.speaker} (${plural(summary.quotes, "quote")})`);
}
