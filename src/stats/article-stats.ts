import { dateOf, type Article, type BodyReader } from "../article.js";
import { countryCodes } from "../countries/detect.js";
import { isCountryCode } from "../countries/data.js";
import { scanCountries } from "../countries/scan.js";
import { analyzeQuotes, type Quote } from "../quotes/attribute.js";
import { readQuotedBody } from "../quotes/collect.js";
import { applyDeclared } from "../quotes/declared.js";
import { maskMarkdown } from "../quotes/mask.js";
import { detach } from "../text/detach.js";

/** What `list` shows and filters of one article. */
export interface ArticleRow {
  file: string;
  title: string | null;
  date: string | null;
  authors: string[];
  section: string | null;
  status: string;
  tags: string[];
  words: number;
  readingMinutes: number;
  quotes: number;
}

/** What the summaries count of one article: its row, and who and what it names. */
export interface ArticleStats extends ArticleRow {
  /** Declared in `countries:` and named in the body (misspelt names included), as codes. */
  countries: string[];
  /** Who is quoted, each once, with their quotes in this article. */
  speakers: SpeakerCount[];
}

export interface SpeakerCount {
  name: string;
  quotes: number;
}

/** Words a minute for the reading time (the usual figure for news prose). */
export const READING_SPEED = 200;

// Stats outlive their article: every string is detached from the article's text.
const strings = (value: unknown): string[] =>
  (Array.isArray(value) ? value.filter((item): item is string => typeof item === "string") : typeof value === "string" ? [value] : []).map((s) => detach(s));

/** What a row needs of an article's body: its quotes (before the declared ones apply) and its words. */
export interface RowBody {
  quotes: CountedQuote[];
  words: number;
}

/**
 * What the counts need of a quote: its words (to find the declared ones), its speaker and role,
 * and whether it is speech: half the whole quote's fields, and ~40% less time to copy back from a
 * worker (10,000 articles: summary 1.5% less time).
 */
export type CountedQuote = Pick<Quote, "text" | "speaker" | "role" | "speech">;
const counted = ({ text, speaker, role, speech }: Quote): CountedQuote => ({ text, speaker, role, speech });

/** What the stats need of an article's body besides: the countries it names, as codes (misspelt names included). */
export interface StatsBody extends RowBody {
  countries: string[];
}

/** Reads the body from `bodyOffset` for a row. Pure, and apart from the front matter (a worker can do it). */
export const readRowBody = (text: string, bodyOffset: number): RowBody => rowBodyOf(text, bodyOffset, maskMarkdown(text, bodyOffset));

function rowBodyOf(text: string, bodyOffset: number, prose: string): RowBody {
  return { quotes: analyzeQuotes(text, bodyOffset, prose).quotes.map(counted), words: countWords(prose, bodyOffset) };
}

/** Reads the body from `bodyOffset` for the stats. Pure, and apart from the front matter. */
export function readStatsBody(text: string, bodyOffset: number): StatsBody {
  const prose = maskMarkdown(text, bodyOffset);
  return { ...rowBodyOf(text, bodyOffset, prose), countries: countriesNamed(prose.slice(bodyOffset)) };
}

/** The countries a body names, as codes (misspelt names included). Pure, and apart from the front matter. */
export const readCountriesBody = (text: string, bodyOffset: number): string[] => countriesNamed(maskMarkdown(text, bodyOffset).slice(bodyOffset));

function countriesNamed(body: string): string[] {
  const { mentions, misspellings } = scanCountries(body);
  return [...new Set([...countryCodes(mentions), ...misspellings.map((issue) => issue.code)])];
}

/** The countries an article covers: declared in `countries:` and named in the body, as codes. */
function countriesOf(article: Article, named: readonly string[]): string[] {
  const declared = strings(article.data.countries).filter(isCountryCode);
  return [...new Set([...declared, ...named])];
}

/** What `summary --by speaker` needs of an article: its front matter's fields and who is quoted (no country is looked up, no word counted). */
export function articleSpeakers(article: Article, readBody: BodyReader<Quote[]> = readQuotedBody): FilterFields & { speakers: SpeakerCount[] } {
  return { ...filterFields(article.data), speakers: speakerCounts(speechOf(article, { quotes: readBody(article.text, article.bodyOffset) })) };
}

/** What `summary --by country` needs of an article: its front matter's fields and the countries it covers (no quote is read). */
export function articleCountries(article: Article, readBody: BodyReader<string[]> = readCountriesBody): FilterFields & { countries: string[] } {
  return { ...filterFields(article.data), countries: countriesOf(article, readBody(article.text, article.bodyOffset)) };
}

/** The quotes of speech, the declared ones applied. */
const speechOf = (article: Article, body: Pick<RowBody, "quotes">) => applyDeclared(body.quotes, article.declaredQuotes).filter((quote) => quote.speech);

/** What the filters of `summary` and `list` look at: front matter only, so it can be known before the body is read. */
export type FilterFields = Pick<ArticleRow, "date" | "authors" | "section" | "status" | "tags">;

/** The filtered fields of an article's front matter (an article with no status is a draft). */
export function filterFields(data: Record<string, unknown>): FilterFields {
  return {
    date: detach(dateOf(data)),
    authors: strings(data.authors),
    section: typeof data.section === "string" ? detach(data.section) : null,
    status: typeof data.status === "string" ? detach(data.status) : "draft",
    tags: strings(data.tags),
  };
}

function rowOf(article: Article, words: number, quotes: readonly CountedQuote[]): ArticleRow {
  return {
    file: article.file,
    title: detach(article.title),
    ...filterFields(article.data),
    words,
    readingMinutes: Math.max(1, Math.round(words / READING_SPEED)),
    quotes: quotes.length,
  };
}

/** One article's row for `list` (no country or speaker lookup: list shows neither); `readBody` may hand over a body read elsewhere. */
export function articleRow(article: Article, readBody: BodyReader<RowBody> = readRowBody): ArticleRow {
  const body = readBody(article.text, article.bodyOffset);
  return rowOf(article, body.words, speechOf(article, body));
}

export function articleStats(article: Article, readBody: BodyReader<StatsBody> = readStatsBody): ArticleStats {
  const body = readBody(article.text, article.bodyOffset);
  const quotes = speechOf(article, body);
  return {
    ...rowOf(article, body.words, quotes),
    countries: countriesOf(article, body.countries),
    speakers: speakerCounts(quotes),
  };
}

/**
 * Each speaker's quotes, in order of first quote. Counted in a Map: an object keyed by the names
 * made V8 build a new hidden class for every set of names.
 */
function speakerCounts(quotes: readonly Pick<Quote, "speaker">[]): SpeakerCount[] {
  const counts = new Map<string, SpeakerCount>();
  for (const quote of quotes) {
    if (quote.speaker === null) continue;
    const count = counts.get(quote.speaker);
    if (count) count.quotes++;
    else counts.set(quote.speaker, { name: detach(quote.speaker), quotes: 1 });
  }
  return [...counts.values()];
}

/** Each UTF-16 code unit's kind for word counting: 0 space, 1 letter or digit, 2 anything else. */
const KIND = new Uint8Array(65536).map((_, code) =>
  code === 32 || code === 10 || code === 13 || code === 9 || code === 0xa0 ? 0 : (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || (code >= 0xc0 && code < 0x2000) || code > 0x206f ? 1 : 2,
);
/**
 * Words: runs of non-space characters that hold a letter or a digit ("—" alone is not one), from
 * `from` on (counted in place: a slice would be read through a wrapper, a fifth slower). A letter
 * or digit starts a word when the last character before it that was not punctuation is a space
 * (or there is none): "“We" is one word, "a—b" too. Worked out by arithmetic, not by a table of
 * states: a state read from memory each character made every character wait for the one before
 * (20 → 15 µs an article).
 */
export function countWords(text: string, from = 0): number {
  let words = 0;
  /** The kind of the last character that was not punctuation: 0 (a space, or none yet) or 1. */
  let last = 0;
  for (let i = from; i < text.length; i++) {
    const kind = KIND[text.charCodeAt(i)];
    words += kind & ~last & 1;
    // Punctuation (kind 2) leaves `last` as it is; a space or a letter sets it.
    const punctuation = kind >> 1;
    last = (last & -punctuation) | (kind & (punctuation - 1));
  }
  return words;
}
