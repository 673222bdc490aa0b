import { ERASURE_DUE_FILTERS, LIFECYCLE_STAGES } from '@kizuna/domain';
import type {
  CustomerFilter,
  CustomerOrder,
  ErasureDueFilter,
  LifecycleStage,
} from '../../../gql/graphql';

export const CUSTOMER_SORTS = ['newest', 'oldest', 'name', 'trialEnd', 'renewal'] as const;
export type CustomerSort = (typeof CUSTOMER_SORTS)[number];
export const TRIAL_ENDING_CHOICES = [7, 14, 30] as const;
/** 「n日以内に更新」: ACTIVE contracts renewing within this many days. */
export const RENEWING_CHOICES = [30, 60, 90] as const;
/** 「最近トライアル終了」: leads whose trial expired within this many days. */
export const RECENTLY_EXPIRED_DAYS = 7;

/**
 * The list's filters as they appear in the URL
 * (?q=&stage=&plan=&trialEnding=&trialExpired=&scheduled=1&erasure=&renewing=&sort=).
 */
export interface CustomerListParams {
  search: string;
  stage: LifecycleStage | null;
  planCode: string | null;
  trialEndingWithinDays: number | null;
  trialExpiredWithinDays: number | null;
  hasScheduledChange: boolean;
  /** Churned customers whose personal data erasure is OVERDUE or DUE_THIS_WEEK. */
  erasureDue: ErasureDueFilter | null;
  /** ACTIVE customers whose contract renews within this many days. */
  renewingWithinDays: number | null;
  sort: CustomerSort;
}

const positiveInteger = (text: string | null) => {
  const n = Number(text);
  return text !== null && Number.isInteger(n) && n > 0 ? n : null;
};

const isStage = (v: string | null): v is LifecycleStage =>
  v !== null && (LIFECYCLE_STAGES as readonly string[]).includes(v);

const isErasureDue = (v: string | null): v is ErasureDueFilter =>
  v !== null && (ERASURE_DUE_FILTERS as readonly string[]).includes(v);

/** Read the filters from the URL; anything unknown is ignored. */
export function parseCustomerListParams(query: URLSearchParams): CustomerListParams {
  const stage = query.get('stage');
  const sort = query.get('sort');
  const erasureDue = query.get('erasure');
  return {
    search: query.get('q')?.trim() ?? '',
    stage: isStage(stage) ? stage : null,
    planCode: query.get('plan') || null,
    trialEndingWithinDays: positiveInteger(query.get('trialEnding')),
    trialExpiredWithinDays: positiveInteger(query.get('trialExpired')),
    hasScheduledChange: query.get('scheduled') === '1',
    erasureDue: isErasureDue(erasureDue) ? erasureDue : null,
    renewingWithinDays: positiveInteger(query.get('renewing')),
    sort: (CUSTOMER_SORTS as readonly string[]).includes(sort ?? '')
      ? (sort as CustomerSort)
      : 'newest',
  };
}

/** Write the filters to the URL, leaving defaults out so that links stay short. */
export function customerListSearchParams(params: CustomerListParams): URLSearchParams {
  const query = new URLSearchParams();
  if (params.search) query.set('q', params.search);
  if (params.stage) query.set('stage', params.stage);
  if (params.planCode) query.set('plan', params.planCode);
  if (params.trialEndingWithinDays) query.set('trialEnding', String(params.trialEndingWithinDays));
  if (params.trialExpiredWithinDays)
    query.set('trialExpired', String(params.trialExpiredWithinDays));
  if (params.hasScheduledChange) query.set('scheduled', '1');
  if (params.erasureDue) query.set('erasure', params.erasureDue);
  if (params.renewingWithinDays) query.set('renewing', String(params.renewingWithinDays));
  if (params.sort !== 'newest') query.set('sort', params.sort);
  return query;
}

const ORDERS: Record<CustomerSort, CustomerOrder> = {
  newest: { field: 'CREATED_AT', direction: 'DESC' },
  oldest: { field: 'CREATED_AT', direction: 'ASC' },
  name: { field: 'NAME', direction: 'ASC' },
  trialEnd: { field: 'TRIAL_ENDS_AT', direction: 'ASC' },
  renewal: { field: 'RENEWS_AT', direction: 'ASC' },
};

/** The `customers` query arguments for these filters. */
export function customerListVariables(params: CustomerListParams): {
  filter: CustomerFilter;
  orderBy: CustomerOrder;
} {
  const filter: CustomerFilter = {};
  if (params.search) filter.search = params.search;
  if (params.stage) filter.stage = params.stage;
  if (params.planCode) filter.planCode = params.planCode;
  if (params.trialEndingWithinDays) filter.trialEndingWithinDays = params.trialEndingWithinDays;
  if (params.trialExpiredWithinDays) filter.trialExpiredWithinDays = params.trialExpiredWithinDays;
  if (params.hasScheduledChange) filter.hasScheduledChange = true;
  if (params.erasureDue) filter.erasureDue = params.erasureDue;
  if (params.renewingWithinDays) filter.renewingWithinDays = params.renewingWithinDays;
  return { filter, orderBy: ORDERS[params.sort] };
}

/** Renewal date and amount are columns only when renewals are what the list is about. */
export const showsRenewal = (params: CustomerListParams) =>
  params.renewingWithinDays !== null || params.sort === 'renewal';

/** Is any filter set (sorting aside)? */
export const hasCustomerFilters = (params: CustomerListParams) =>
  Boolean(
    params.search ||
    params.stage ||
    params.planCode ||
    params.trialEndingWithinDays ||
    params.trialExpiredWithinDays ||
    params.hasScheduledChange ||
    params.erasureDue ||
    params.renewingWithinDays,
  );

/** What a customer's link from the list carries: the list's URL query (filters, page). */
export interface CustomerListLinkState {
  customerList: string;
}

/** The link state for a customer opened from the list showing `search` (`?stage=…&after=…`). */
export const customerListLinkState = (search: string): CustomerListLinkState => ({
  customerList: search,
});

/**
 * Where 一覧へ戻る leads from a customer: the list as it was when the customer was opened
 * (same filters, same page), or the whole list when the customer was opened some other way.
 */
export function customerListReturnPath(state: unknown): string {
  const search =
    typeof state === 'object' && state !== null && 'customerList' in state
      ? (state as CustomerListLinkState).customerList
      : '';
  return typeof search === 'string' && search.startsWith('?')
    ? `/customers${search}`
    : '/customers';
}
