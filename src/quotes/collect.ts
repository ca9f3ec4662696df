import { calendarDate } from "../frontmatter/dates.js";
import type { Article, BodyReader } from "../article.js";
import { detach } from "../text/detach.js";
import { plural } from "../text/plural.js";
import { distance } from "fastest-levenshtein";
import { analyzeQuotes, type Quote } from "./attribute.js";
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

/** The quotes of one article: what a store's listing keeps of it, the article's fields once. */
export interface ArticleQuotes {
  file: string;
  title: string | null;
  date: string | null;
  quotes: Pick<QuoteRecord, "speaker" | "role" | "text" | "line" | "column">[];
}

/** Reads the body from `bodyOffset` for its quotes. Pure, and apart from the front matter (a worker can do it). */
export const readQuotedBody = (text: string, bodyOffset: number): Quote[] => analyzeQuotes(text, bodyOffset).quotes;

/** Every direct quote (speech) of one article, in reading order; `readBody` may hand over a body read elsewhere. */
export function articleQuotes(article: Article, readBody: BodyReader<Quote[]> = readQuotedBody): ArticleQuotes {
  const quotes = applyDeclared(readBody(article.text, article.bodyOffset), article.declaredQuotes);
  return {
    file: article.file,
    // The result outlives the article: detach its strings from the article's text.
    title: detach(article.title),
    date: detach(article.date),
    quotes: quotes.filter((quote) => quote.speech).map((quote) => ({ speaker: detach(quote.speaker), role: detach(quote.role), text: detach(quote.text), line: quote.line, column: quote.column })),
  };
}

/** The records of articles' quotes, one at a time, in the articles' order. */
export function* quoteRecords(articles: Iterable<ArticleQuotes>): Generator<QuoteRecord> {
  for (const { file, title, date, quotes } of articles) {
    for (const quote of quotes) yield { speaker: quote.speaker, role: quote.role, text: quote.text, file, line: quote.line, column: quote.column, title, date };
  }
}

interface Dated {
  date: string | null;
  file: string;
}

/** The order of two articles given their real dates ("" for none): newest first, then by file name. */
const newestFirst = (dateA: string, fileA: string, dateB: string, fileB: string) => dateB.localeCompare(dateA) || fileA.localeCompare(fileB);

/** Newest first by date (undated last, and so a date that is not a real one: "26/02/1968" compared as text would come first), then by file name. */
export function compareNewestFirst(a: Dated, b: Dated): number {
  return newestFirst(calendarDate(a.date) ?? "", a.file, calendarDate(b.date) ?? "", b.file);
}

/**
 * Sorts in the order of compareNewestFirst, each date checked once: a sort compares every item
 * many times, and checking the dates at every comparison was three quarters of sorting 10,000.
 */
export function sortNewestFirst<T extends Dated>(items: T[]): T[] {
  const keyed = items.map((item) => ({ item, date: calendarDate(item.date) ?? "" }));
  keyed.sort((a, b) => newestFirst(a.date, a.item.file, b.date, b.item.file));
  keyed.forEach(({ item }, i) => (items[i] = item));
  return items;
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

/**
 * Every speaker with their number of quotes and articles and the roles they were given, counted
 * one article at a time (nothing of the articles is kept).
 */
export class SpeakerTally {
  private readonly bySpeaker = new Map<string, { quotes: number; articles: number; roles: Set<string> }>();

  add(article: ArticleQuotes): void {
    const inThisArticle = new Set<string>();
    for (const { speaker, role } of article.quotes) {
      if (!speaker) continue;
      let entry = this.bySpeaker.get(speaker);
      if (!entry) {
        entry = { quotes: 0, articles: 0, roles: new Set() };
        this.bySpeaker.set(speaker, entry);
      }
      entry.quotes++;
      if (!inThisArticle.has(speaker)) entry.articles++;
      inThisArticle.add(speaker);
      if (role) entry.roles.add(role);
    }
  }

  /** Most quoted first, then by name. */
  summary(): SpeakerSummary[] {
    return [...this.bySpeaker]
      .map(([speaker, entry]) => ({ speaker, quotes: entry.quotes, articles: entry.articles, roles: [...entry.roles] }))
      .sort((a, b) => b.quotes - a.quotes || a.speaker.localeCompare(b.speaker));
  }
}

/** "Theresa May (2 quotes)" for the speakers nearest a query that matched nobody, from each speaker's number of quotes. */
export function nearestSpeakers(quotesBySpeaker: ReadonlyMap<string, number>, query: string, limit = 3): string[] {
  const wanted = foldName(query);
  const scored = [...quotesBySpeaker]
    .map(([speaker, quotes]) => {
      const parts = [foldName(speaker), ...foldName(speaker).split(" ")];
      const best = Math.min(...parts.map((part) => distance(wanted, part) / Math.max(wanted.length, part.length)));
      return { speaker, quotes, best };
    })
    .filter(({ best }) => best <= 0.4)
    .sort((a, b) => a.best - b.best || b.quotes - a.quotes || a.speaker.localeCompare(b.speaker));
  return scored.slice(0, limit).map(({ speaker, quotes }) => `${speaker} (${plural(quotes, "quote")})`);
}
