import type { ErasureDueFilter } from '@kizuna/domain';
import type { ErasureWorkItemFragment } from '../../../gql/graphql';

type Page = { edges: readonly { node: ErasureWorkItemFragment }[] } | undefined;

export interface ErasureWorkItem {
  id: string;
  name: string;
  /** When the contract ended (the churn); null if unknown. */
  churnedAt: string | null;
  dueAt: string | null;
  status: ErasureDueFilter;
}

const byDue = (a: ErasureWorkItem, b: ErasureWorkItem) =>
  (a.dueAt ?? '').localeCompare(b.dueAt ?? '');

/**
 * The two work lists as one: overdue erasures first, then those due this week, each soonest due
 * first (the API lists them by registration). A customer is on one list only.
 */
export function erasureWorkItems(overdue: Page, dueThisWeek: Page): ErasureWorkItem[] {
  const items = (page: Page, status: ErasureDueFilter) =>
    (page?.edges ?? [])
      .map(({ node }) => ({
        id: node.id,
        name: node.name,
        churnedAt: node.subscription?.cancelledAt ?? null,
        dueAt: node.erasureDueAt,
        status,
      }))
      .sort(byDue);
  return [...items(overdue, 'OVERDUE'), ...items(dueThisWeek, 'DUE_THIS_WEEK')];
}
