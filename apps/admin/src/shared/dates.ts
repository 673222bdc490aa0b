import { formatDateJp, formatDateTimeJp, JST_OFFSET_MS } from '@kizuna/domain';

/** An API DateTime as YYYY/MM/DD (Asia/Tokyo); empty input gives null. */
export function formatDate(iso: string | null | undefined): string | null {
  return iso ? formatDateJp(new Date(iso)) : null;
}

/** An API DateTime as YYYY/MM/DD HH:mm (Asia/Tokyo), as the API's CSV files write it too. */
export function formatDateTime(iso: string | null | undefined): string | null {
  return iso ? formatDateTimeJp(new Date(iso)) : null;
}

/** A YYYY-MM-DD calendar date (no time zone) as YYYY/MM/DD. */
export function formatIsoDate(date: string | null | undefined): string | null {
  return date ? date.replaceAll('-', '/') : null;
}

/**
 * An instant as the Tokyo wall-clock time YYYY-MM-DDTHH:mm: what a date-time picker holds so
 * that it shows Tokyo time whatever the browser's time zone.
 */
export function toJstDateTimeInput(date: Date): string {
  return new Date(date.getTime() + JST_OFFSET_MS).toISOString().slice(0, 16);
}

/** A Tokyo wall-clock time YYYY-MM-DDTHH:mm as an ISO date-time with its offset (+09:00). */
export function jstDateTimeInputToIso(wallClock: string): string {
  return `${wallClock}:00+09:00`;
}
