import { countryName } from "../countries/data.js";
import type { ArticleStats } from "./article-stats.js";

export const DIMENSIONS = ["section", "month", "year", "author", "speaker", "country", "tag", "status"] as const;
export type Dimension = (typeof DIMENSIONS)[number];

export interface CountRow {
  key: string;
  label: string;
  articles: number;
  /** Quotes, for speakers. */
  quotes?: number;
}

export interface StatsFilter {
  since?: string;
  until?: string;
  section?: string;
  status?: string;
  author?: string;
  tag?: string;
}

const fold = (text: string) => text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().trim();

/** Filters first: dates, section, status, author (any part of a name), tag. */
export function filterStats(stats: readonly ArticleStats[], filter: StatsFilter): ArticleStats[] {
  return stats.filter(
    (s) =>
      (!filter.since || (s.date !== null && s.date >= filter.since)) &&
      (!filter.until || (s.date !== null && s.date <= filter.until)) &&
      (!filter.section || (s.section !== null && fold(s.section) === fold(filter.section))) &&
      (!filter.status || fold(s.status) === fold(filter.status)) &&
      (!filter.author || s.authors.some((a) => ` ${fold(a)} `.includes(` ${fold(filter.author!)} `))) &&
      (!filter.tag || s.tags.some((t) => fold(t) === fold(filter.tag!))),
  );
}

function keysOf(s: ArticleStats, by: Dimension): string[] {
  switch (by) {
    case "section":
      return [s.section ?? "(none)"];
    case "month":
      return s.date ? [s.date.slice(0, 7)] : [];
    case "year":
      return s.date ? [s.date.slice(0, 4)] : [];
    case "author":
      return s.authors;
    case "speaker":
      return s.speakers;
    case "country":
      return s.countries;
    case "tag":
      return s.tags;
    case "status":
      return [s.status];
  }
}

/**
 * Articles counted by one dimension (quotes too, for speakers). Months and years run in time
 * order; everything else by count, most first, then by name.
 */
export function countBy(stats: readonly ArticleStats[], by: Dimension): CountRow[] {
  const counts = new Map<string, number>();
  const quotesBySpeaker = new Map<string, number>();
  for (const s of stats) {
    for (const key of new Set(keysOf(s, by))) counts.set(key, (counts.get(key) ?? 0) + 1);
    for (const [speaker, quotes] of Object.entries(s.quotesBySpeaker)) quotesBySpeaker.set(speaker, (quotesBySpeaker.get(speaker) ?? 0) + quotes);
  }
  const rows: CountRow[] = [...counts].map(([key, articles]) => ({
    key,
    label: by === "country" ? `${countryName(key)} (${key})` : key,
    articles,
    ...(by === "speaker" ? { quotes: quotesBySpeaker.get(key) ?? 0 } : {}),
  }));
  if (by === "month" || by === "year") return rows.sort((a, b) => a.key.localeCompare(b.key));
  return rows.sort((a, b) => (b.quotes ?? 0) - (a.quotes ?? 0) || b.articles - a.articles || a.label.localeCompare(b.label));
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

/** The one-screen overview of the store. */
export function overview(stats: readonly ArticleStats[]): Overview {
  const dates = stats.map((s) => s.date).filter((d): d is string => d !== null).sort();
  const byStatus: Record<string, number> = {};
  for (const s of stats) byStatus[s.status] = (byStatus[s.status] ?? 0) + 1;
  return {
    articles: stats.length,
    byStatus,
    from: dates[0] ?? null,
    to: dates.at(-1) ?? null,
    authors: new Set(stats.flatMap((s) => s.authors)).size,
    words: stats.reduce((sum, s) => sum + s.words, 0),
    quotes: stats.reduce((sum, s) => sum + s.quotes, 0),
    speakers: new Set(stats.flatMap((s) => s.speakers)).size,
    bySection: countBy(stats, "section"),
    byMonth: countBy(stats, "month").slice(-RECENT_MONTHS),
    topSpeakers: countBy(stats, "speaker").slice(0, TOP),
    topCountries: countBy(stats, "country").slice(0, TOP),
  };
}

/** A bar of `value` against `max`, `width` cells wide: blocks on a terminal, # elsewhere. */
export function bar(value: number, max: number, width: number, unicode: boolean): string {
  if (max <= 0) return "";
  const cells = (value / max) * width;
  if (!unicode) return "#".repeat(Math.max(value > 0 ? 1 : 0, Math.round(cells)));
  const eighths = Math.max(value > 0 ? 1 : 0, Math.round(cells * 8));
  return "█".repeat(Math.floor(eighths / 8)) + (eighths % 8 ? "▏▎▍▌▋▊▉"[(eighths % 8) - 1] : "");
}
