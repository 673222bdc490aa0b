import { JST_OFFSET_MS, jstCalendarDate } from '../calendar/jst-date.js';

/** ￥1,490 — full-width yen sign, comma groups, no decimals; negative as -￥1,490. */
export function formatYen(yen: number): string {
  const digits = Math.abs(Math.trunc(yen))
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${yen <= -1 ? '-' : ''}￥${digits}`;
}

/** YYYY/MM/DD HH:mm in Asia/Tokyo (24-hour), as Excel reads a date and time. */
export function formatDateTimeJp(date: Date): string {
  const tokyo = new Date(date.getTime() + JST_OFFSET_MS);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${formatDateJp(date)} ${pad(tokyo.getUTCHours())}:${pad(tokyo.getUTCMinutes())}`;
}

/** YYYY/MM/DD in Asia/Tokyo. */
export function formatDateJp(date: Date): string {
  const { year, month, day } = jstCalendarDate(date);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${String(year).padStart(4, '0')}/${pad(month)}/${pad(day)}`;
}
