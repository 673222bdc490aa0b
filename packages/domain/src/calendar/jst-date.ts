/** Asia/Tokyo is UTC+9 all year (no daylight saving), so a fixed offset is exact. */
export const JST_OFFSET_MS = 9 * 3_600_000;
export const DAY_MS = 86_400_000;

export interface CalendarDate {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
}

/** The calendar date of an instant in Asia/Tokyo. */
export function jstCalendarDate(date: Date): CalendarDate {
  const jst = new Date(date.getTime() + JST_OFFSET_MS);
  return { year: jst.getUTCFullYear(), month: jst.getUTCMonth() + 1, day: jst.getUTCDate() };
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** YYYY-MM-DD of the given instant in Asia/Tokyo. */
export function isoDateJst(date: Date): string {
  const d = jstCalendarDate(date);
  return `${pad(d.year, 4)}-${pad(d.month)}-${pad(d.day)}`;
}

/** The instant a JST calendar day starts (00:00 in Tokyo = 15:00 UTC the day before). */
export function startOfJstDay(d: CalendarDate): Date {
  return new Date(Date.UTC(d.year, d.month - 1, d.day) - JST_OFFSET_MS);
}
