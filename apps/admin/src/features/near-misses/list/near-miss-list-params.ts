import {
  NEAR_MISS_CAUSES,
  NEAR_MISS_KINDS,
  NEAR_MISS_STATUSES,
  parseIsoDate,
  type NearMissCause,
  type NearMissKind,
  type NearMissStatus,
} from '@kizuna/domain';
import type { NearMissFilter } from '../../../gql/graphql';
import { customerFilterParam } from '../../../shared/customer-filter-param';

/** The near-miss list's filters, kept in the URL so that a filtered list can be linked to. */
export interface NearMissListParams {
  kind: NearMissKind | null;
  status: NearMissStatus | null;
  cause: NearMissCause | null;
  /** YYYY-MM-DD (JST), inclusive. */
  from: string | null;
  to: string | null;
  /** A customer's global id: the list of one company (linked from its page). */
  customer: string | null;
}

export const NO_NEAR_MISS_FILTER: NearMissListParams = {
  kind: null,
  status: null,
  cause: null,
  from: null,
  to: null,
  customer: null,
};

const oneOf = <T extends string>(list: readonly T[], v: string | null): T | null =>
  v !== null && (list as readonly string[]).includes(v) ? (v as T) : null;
const date = (v: string | null) => {
  if (!v) return null;
  const parsed = parseIsoDate(v);
  return parsed.ok ? parsed.value : null;
};

/** URL → filters; unknown or malformed values are dropped rather than sent. */
export function parseNearMissListParams(search: URLSearchParams): NearMissListParams {
  return {
    kind: oneOf(NEAR_MISS_KINDS, search.get('kind')),
    status: oneOf(NEAR_MISS_STATUSES, search.get('status')),
    cause: oneOf(NEAR_MISS_CAUSES, search.get('cause')),
    from: date(search.get('from')),
    to: date(search.get('to')),
    customer: customerFilterParam(search.get('customer')),
  };
}

/** Filters → URL (only the ones set). */
export function nearMissListSearchParams(params: NearMissListParams): URLSearchParams {
  const out = new URLSearchParams();
  if (params.kind) out.set('kind', params.kind);
  if (params.status) out.set('status', params.status);
  if (params.cause) out.set('cause', params.cause);
  if (params.from) out.set('from', params.from);
  if (params.to) out.set('to', params.to);
  if (params.customer) out.set('customer', params.customer);
  return out;
}

/** Filters → the API's NearMissFilter (only the ones set). */
export function nearMissFilter(params: NearMissListParams): NearMissFilter {
  return {
    ...(params.kind ? { kind: params.kind } : {}),
    ...(params.status ? { status: params.status } : {}),
    ...(params.cause ? { causeCategory: params.cause } : {}),
    ...(params.from ? { from: params.from } : {}),
    ...(params.to ? { to: params.to } : {}),
    ...(params.customer ? { customerId: params.customer } : {}),
  };
}
