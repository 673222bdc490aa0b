import { userError, type UserErrorData } from '../errors/user-error.js';
import { toHalfWidthNumeric } from '../jp/width.js';
import { err, ok, type Result } from '../shared/result.js';

/** A calendar month in Asia/Tokyo, as the SLA measures it. */
export interface SlaMonth {
  /** YYYY-MM */
  month: string;
  /** YYYY-MM-01 */
  firstDay: string;
  /** YYYY-MM-DD, the month's last day. */
  lastDay: string;
  /** YYYY-MM-01 of the next month (exclusive end). */
  nextFirstDay: string;
  /** Calendar days of the month (28–31). */
  days: number;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** A month typed as YYYY-MM (also YYYY/MM, full-width, unpadded), with its days. */
export function parseSlaMonth(raw: string, field = 'month'): Result<SlaMonth, UserErrorData> {
  const m = toHalfWidthNumeric(raw)
    .trim()
    .match(/^(\d{4})[-/](\d{1,2})$/);
  const year = Number(m?.[1]);
  const month = Number(m?.[2]);
  if (!m || month < 1 || month > 12 || year < 2000)
    return err(userError('INVALID_MONTH', field, { value: raw.slice(0, 20) }));
  // Day 0 of the next month is the last day of this one (29 in February 2028).
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const next = month === 12 ? { year: year + 1, month: 1 } : { year, month: month + 1 };
  return ok({
    month: `${year}-${pad(month)}`,
    firstDay: `${year}-${pad(month)}-01`,
    lastDay: `${year}-${pad(month)}-${pad(days)}`,
    nextFirstDay: `${next.year}-${pad(next.month)}-01`,
    days,
  });
}
