import { formatDateJp } from '@kizuna/domain';

const timeJst = new Intl.DateTimeFormat('ja-JP', {
  timeZone: 'Asia/Tokyo',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** An API DateTime as YYYY/MM/DD (Asia/Tokyo); empty input gives null. */
export function formatDate(iso: string | null | undefined): string | null {
  return iso ? formatDateJp(new Date(iso)) : null;
}

/** An API DateTime as YYYY/MM/DD HH:mm (Asia/Tokyo). */
export function formatDateTime(iso: string | null | undefined): string | null {
  if (!iso) return null;
  const date = new Date(iso);
  return `${formatDateJp(date)} ${timeJst.format(date)}`;
}

/** A YYYY-MM-DD calendar date (no time zone) as YYYY/MM/DD. */
export function formatIsoDate(date: string | null | undefined): string | null {
  return date ? date.replaceAll('-', '/') : null;
}
