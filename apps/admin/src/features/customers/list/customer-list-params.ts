import { LIFECYCLE_STAGES } from '@kizuna/domain';
import type { CustomerFilter, CustomerOrder, LifecycleStage } from '../../../gql/graphql';

export const CUSTOMER_SORTS = ['newest', 'oldest', 'name', 'trialEnd'] as const;
export type CustomerSort = (typeof CUSTOMER_SORTS)[number];
export const TRIAL_ENDING_CHOICES = [7, 14, 30] as const;

/** The list's filters as they appear in the URL (?q=&stage=&plan=&trialEnding=&sort=). */
export interface CustomerListParams {
  search: string;
  stage: LifecycleStage | null;
  planCode: string | null;
  trialEndingWithinDays: number | null;
  sort: CustomerSort;
}

const isStage = (v: string | null): v is LifecycleStage =>
  v !== null && (LIFECYCLE_STAGES as readonly string[]).includes(v);

/** Read the filters from the URL; anything unknown is ignored. */
export function parseCustomerListParams(query: URLSearchParams): CustomerListParams {
  const stage = query.get('stage');
  const days = Number(query.get('trialEnding'));
  const sort = query.get('sort');
  return {
    search: query.get('q')?.trim() ?? '',
    stage: isStage(stage) ? stage : null,
    planCode: query.get('plan') || null,
    trialEndingWithinDays: Number.isInteger(days) && days > 0 ? days : null,
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
  if (params.sort !== 'newest') query.set('sort', params.sort);
  return query;
}

const ORDERS: Record<CustomerSort, CustomerOrder> = {
  newest: { field: 'CREATED_AT', direction: 'DESC' },
  oldest: { field: 'CREATED_AT', direction: 'ASC' },
  name: { field: 'NAME', direction: 'ASC' },
  trialEnd: { field: 'TRIAL_ENDS_AT', direction: 'ASC' },
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
  return { filter, orderBy: ORDERS[params.sort] };
}
