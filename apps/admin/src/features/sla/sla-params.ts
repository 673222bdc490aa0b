import { isoDateJst, parseSlaMonth } from '@kizuna/domain';
import type { ProvisioningStatus } from '../../gql/graphql';

/** Which of the credit requests the list shows. */
export const SLA_REQUEST_VIEWS = ['OPEN', 'APPLIED', 'ALL'] as const;
export type SlaRequestView = (typeof SLA_REQUEST_VIEWS)[number];
const DEFAULT_VIEW: SlaRequestView = 'OPEN';

/** The statuses of a view; null: every status. Open = waiting for a check, or returned to its maker. */
export const SLA_VIEW_STATUSES: Record<SlaRequestView, ProvisioningStatus[] | null> = {
  OPEN: ['PENDING_CHECK', 'RETURNED'],
  APPLIED: ['APPLIED'],
  ALL: null,
};

/** The SLA page's state, kept in the URL so that a month can be shared. */
export interface SlaParams {
  /** YYYY-MM (Asia/Tokyo). */
  month: string;
  requests: SlaRequestView;
}

/** The month before the Tokyo month of `now`: the latest whose availability can be recorded. */
export function lastEndedMonth(now: Date): string {
  const today = isoDateJst(now);
  const index = Number(today.slice(0, 4)) * 12 + Number(today.slice(5, 7)) - 2;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

const isView = (v: string | null): v is SlaRequestView =>
  (SLA_REQUEST_VIEWS as readonly (string | null)[]).includes(v);

/**
 * URL → state. The month must be a real one that has begun (YYYY-MM, also YYYY/M); anything
 * else falls back to the last month that has ended.
 */
export function parseSlaParams(search: URLSearchParams, now: Date): SlaParams {
  const parsed = parseSlaMonth(search.get('month') ?? '');
  const thisMonth = isoDateJst(now).slice(0, 7);
  const requests = search.get('requests');
  return {
    month: parsed.ok && parsed.value.month <= thisMonth ? parsed.value.month : lastEndedMonth(now),
    requests: isView(requests) ? requests : DEFAULT_VIEW,
  };
}

/** State → URL (the month always, so that a shared link keeps it; the view unless the default). */
export function slaSearchParams(params: SlaParams): URLSearchParams {
  const out = new URLSearchParams({ month: params.month });
  if (params.requests !== DEFAULT_VIEW) out.set('requests', params.requests);
  return out;
}
