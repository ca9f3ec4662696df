/** Whether an article's date lies within `since` and `until` (inclusive, when given); an undated article lies within no bound. */
export function withinDates(date: string | null, { since, until }: { since?: string; until?: string }): boolean {
  return (!since || (date !== null && date >= since)) && (!until || (date !== null && date <= until));
}
