import { parseIsoDate } from '@kizuna/domain';

/** A report's date range and plans, as analytics pages keep them in the URL. */
export interface ReportRange {
  /** YYYY-MM-DD (JST), inclusive; null: the API's default (the twelve months up to today). */
  from: string | null;
  to: string | null;
  planCodes: string[];
}

const date = (v: string | null) => {
  if (!v) return null;
  const parsed = parseIsoDate(v);
  return parsed.ok ? parsed.value : null;
};
/** Plan codes are catalog data: accept anything code-shaped (BASIC, PLAN_2…). */
const PLAN_CODE = /^[A-Za-z0-9_-]{1,40}$/;

/** URL → range; malformed dates and codes are dropped rather than sent. */
export function parseReportRange(search: URLSearchParams): ReportRange {
  return {
    from: date(search.get('from')),
    to: date(search.get('to')),
    planCodes: [
      ...new Set(
        (search.get('plans') ?? '')
          .split(',')
          .map((s) => s.trim())
          .filter((c) => PLAN_CODE.test(c)),
      ),
    ],
  };
}

/** Range → URL parameters (only what is set). */
export function reportRangeSearchParams(range: ReportRange): URLSearchParams {
  const out = new URLSearchParams();
  if (range.from) out.set('from', range.from);
  if (range.to) out.set('to', range.to);
  if (range.planCodes.length) out.set('plans', range.planCodes.join(','));
  return out;
}

/** Range → a report filter's from / to / planCodes (only what is set). */
export function reportRangeFilter(range: ReportRange): {
  from?: string;
  to?: string;
  planCodes?: string[];
} {
  return {
    ...(range.from ? { from: range.from } : {}),
    ...(range.to ? { to: range.to } : {}),
    ...(range.planCodes.length ? { planCodes: range.planCodes } : {}),
  };
}
