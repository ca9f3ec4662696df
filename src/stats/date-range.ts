/** Bounds on an article's date, both inclusive and optional (YYYY-MM-DD). */
export interface DateRange {
  since?: string;
  until?: string;
}

/** Whether an article's date lies within `since` and `until` (inclusive, when given); an undated article lies within no bound. */
export function withinDates(date: string | null, { since, until }: DateRange): boolean {
  return (!since || (date !== null && date >= since)) && (!until || (date !== null && date <= until));
}
