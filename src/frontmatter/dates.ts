/** True for a real calendar date written YYYY-MM-DD (2018-02-30 is not one). */
export function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

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
