const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * True for a real calendar date written YYYY-MM-DD (2018-02-30 is not one; nor is a year before
 * 100, which the Date this once was read with took for the 1900s). By arithmetic, not a Date:
 * sorting a store by date asks it of every comparison.
 */
export function isCalendarDate(value: string): boolean {
  if (value.length !== 10 || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const year = Number(value.slice(0, 4));
  const month = Number(value.slice(5, 7));
  const day = Number(value.slice(8));
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return year >= 100 && month >= 1 && month <= 12 && day >= 1 && day <= DAYS_IN_MONTH[month - 1] + (month === 2 && leap ? 1 : 0);
}

/** The date when it is a real one written YYYY-MM-DD, else null: only those place an article in time (a range, a month, an order). */
export const calendarDate = (date: string | null): string | null => (date !== null && isCalendarDate(date) ? date : null);

/** A YYYY-MM-DD rewriting of common other spellings (26/02/1968, 2018-03-28T10:00:00Z), if unambiguous. */
export function suggestDate(value: string): string | undefined {
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$/.exec(value);
  const slashed = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/.exec(value);
  let parts: [string, string, string] | undefined;
  if (iso) parts = [iso[1], iso[2], iso[3]];
  else if (slashed && Number(slashed[1]) > 12) parts = [slashed[3], slashed[2], slashed[1]];
  else if (slashed && Number(slashed[2]) > 12) parts = [slashed[3], slashed[1], slashed[2]];
  if (!parts) return undefined;
  const candidate = `${parts[0]}-${parts[1].padStart(2, "0")}-${parts[2].padStart(2, "0")}`;
  return isCalendarDate(candidate) ? candidate : undefined;
}

/** Today as YYYY-MM-DD in local time. */
export function today(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
