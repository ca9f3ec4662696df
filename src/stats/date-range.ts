import { calendarDate } from "../frontmatter/dates.js";

/** Bounds on an article's date, both inclusive and optional (YYYY-MM-DD). */
export interface DateRange {
  since?: string;
  until?: string;
}

/**
 * Whether an article's date lies within `since` and `until` (inclusive, when given). An undated
 * article lies within no bound, nor does one whose date is not a real one written YYYY-MM-DD
 * ("26/02/1968" would otherwise compare as text, after every year starting with 2).
 */
export function withinDates(date: string | null, { since, until }: DateRange): boolean {
  if (!since && !until) return true;
  const real = calendarDate(date);
  return real !== null && (!since || real >= since) && (!until || real <= until);
}
