import { countryName } from "../countries/data.js";
import type { ArticleStats, FilterFields } from "./article-stats.js";
import { withinDates, type DateRange } from "./date-range.js";
import { calendarDate } from "../frontmatter/dates.js";

export const DIMENSIONS = ["section", "month", "year", "author", "speaker", "country", "tag", "status"] as const;
export type Dimension = (typeof DIMENSIONS)[number];
/** What the overview counts by. */
export const OVERVIEW_DIMENSIONS: readonly Dimension[] = ["section", "month", "author", "speaker", "country", "status"];

export interface CountRow {
  key: string;
  label: string;
  articles: number;
  /** Quotes, for speakers. */
  quotes?: number;
}

export interface StatsFilter extends DateRange {
  section?: string;
  status?: string;
  author?: string;
  tag?: string;
}

const fold = (text: string) => text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().trim();

/** Whether any filter is given. */
export const isFiltering = (filter: StatsFilter) => Boolean(filter.since || filter.until || filter.section || filter.status || filter.author || filter.tag);

/** What to say when no article is left to show: none in the store, or none that the filters let through. */
export function nothingToShow(articles: number, filter: StatsFilter): string {
  return articles > 0 && isFiltering(filter) ? "No articles match these filters." : "No articles yet. Create one with `irinsider new`.";
}

/** Whether one article passes the filters: dates, section, status, author (any part of a name), tag. */
export function matchesFilter(s: FilterFields, filter: StatsFilter): boolean {
  return (
    withinDates(s.date, filter) &&
    (!filter.section || (s.section !== null && fold(s.section) === fold(filter.section))) &&
    (!filter.status || fold(s.status) === fold(filter.status)) &&
    (!filter.author || s.authors.some((a) => ` ${fold(a)} `.includes(` ${fold(filter.author!)} `))) &&
    (!filter.tag || s.tags.some((t) => fold(t) === fold(filter.tag!)))
  );
}

/** What a tally counts of an article: its front matter, and what its body holds where the body was read. */
export type Countable = FilterFields & Partial<Pick<ArticleStats, "words" | "quotes" | "speakers" | "countries">>;

/** The keys an article is counted under by one dimension (`date`: its calendar date, worked out once an article). */
function keysOf(s: Countable, by: Dimension, date: string | null): string[] {
  switch (by) {
    case "section":
      return [s.section || "(none)"];
    case "month":
      return date ? [date.slice(0, 7)] : [];
    case "year":
      return date ? [date.slice(0, 4)] : [];
    case "author":
      return s.authors;
    case "speaker":
      return (s.speakers ?? []).map((speaker) => speaker.name);
    case "country":
      return s.countries ?? [];
    case "tag":
      return s.tags;
    case "status":
      return [s.status];
  }
}

export interface Overview {
  articles: number;
  byStatus: Record<string, number>;
  from: string | null;
  to: string | null;
  authors: number;
  words: number;
  quotes: number;
  speakers: number;
  bySection: CountRow[];
  byMonth: CountRow[];
  topSpeakers: CountRow[];
  topCountries: CountRow[];
}

export const TOP = 10;
export const RECENT_MONTHS = 12;

/**
 * Counts folded in one article at a time: what the summaries need and nothing of the articles
 * themselves, so a store of any size is counted in the memory of its distinct names.
 */
export class Tally {
  private articles = 0;
  private words = 0;
  private quotes = 0;
  private from: string | null = null;
  private to: string | null = null;
  private readonly counts: Map<Dimension, Map<string, number>>;
  private readonly quotesBySpeaker = new Map<string, number>();

  /** Counts by the given dimensions only (the overview's, unless told): each costs a look at every article. */
  constructor(dimensions: readonly Dimension[] = OVERVIEW_DIMENSIONS) {
    this.counts = new Map(dimensions.map((by) => [by, new Map()]));
  }

  /** How many articles were added. */
  get size(): number {
    return this.articles;
  }

  add(s: Countable): void {
    this.articles++;
    this.words += s.words ?? 0;
    this.quotes += s.quotes ?? 0;
    // An empty date (an imported article not yet dated) is no date, nor is one that is not a
    // calendar date ("26/02/1968", "2018-02-30": validate reports those), as for the months.
    const date = calendarDate(s.date);
    if (date) {
      if (this.from === null || date < this.from) this.from = date;
      if (this.to === null || date > this.to) this.to = date;
    }
    for (const [by, counts] of this.counts) {
      const keys = keysOf(s, by, date);
      // Each key once (an author listed twice); the lists are short, so no Set is made. A loop,
      // not forEach: array methods are called, not inlined (v8-settings.ts), a call a key.
      for (let i = 0; i < keys.length; i++) {
        const key = keys[i];
        if (keys.indexOf(key) === i) counts.set(key, (counts.get(key) ?? 0) + 1);
      }
    }
    for (const { name, quotes } of s.speakers ?? []) this.quotesBySpeaker.set(name, (this.quotesBySpeaker.get(name) ?? 0) + quotes);
  }

  /**
   * Articles counted by one dimension (quotes too, for speakers). Months and years run in time
   * order; everything else by count, most first, then by name.
   */
  countBy(by: Dimension): CountRow[] {
    const rows: CountRow[] = [...this.counted(by)].map(([key, articles]) => ({
      key,
      label: by === "country" ? `${countryName(key)} (${key})` : key,
      articles,
      ...(by === "speaker" ? { quotes: this.quotesBySpeaker.get(key) ?? 0 } : {}),
    }));
    if (by === "month" || by === "year") return rows.sort((a, b) => a.key.localeCompare(b.key));
    return rows.sort((a, b) => (b.quotes ?? 0) - (a.quotes ?? 0) || b.articles - a.articles || a.label.localeCompare(b.label));
  }

  /** The counts by one dimension; asking for one not counted is a mistake in the program. */
  private counted(by: Dimension): Map<string, number> {
    const counts = this.counts.get(by);
    if (!counts) throw new Error(`This tally does not count by ${by}.`);
    return counts;
  }

  /** The one-screen overview of the store. */
  overview(): Overview {
    return {
      articles: this.articles,
      byStatus: Object.fromEntries(this.counted("status")),
      from: this.from,
      to: this.to,
      authors: this.counted("author").size,
      words: this.words,
      quotes: this.quotes,
      speakers: this.counted("speaker").size,
      bySection: this.countBy("section"),
      byMonth: this.countBy("month").slice(-RECENT_MONTHS),
      topSpeakers: this.countBy("speaker").slice(0, TOP),
      topCountries: this.countBy("country").slice(0, TOP),
    };
  }
}

/** A bar of `value` against `max`, `width` cells wide: blocks on a terminal, # elsewhere. */
export function bar(value: number, max: number, width: number, unicode: boolean): string {
  if (max <= 0) return "";
  const cells = (value / max) * width;
  if (!unicode) return "#".repeat(Math.max(value > 0 ? 1 : 0, Math.round(cells)));
  const eighths = Math.max(value > 0 ? 1 : 0, Math.round(cells * 8));
  return "█".repeat(Math.floor(eighths / 8)) + (eighths % 8 ? "▏▎▍▌▋▊▉"[(eighths % 8) - 1] : "");
}
