import type { DataSource } from 'typeorm';
import {
  DAY_MS,
  DEFAULT_ERASURE_GRACE_DAYS,
  erasureDueRange,
  isoDateJst,
  normalizeKana,
} from '@kizuna/domain';
import { Conditions, keysetPage } from '../../db/keyset-page';
import { badUserInput } from '../../graphql/errors';
import { addHealthConditions, HEALTH_SCORE_ORDER } from '../health/health-list.sql';
import { renewsAtSql } from '../revenue/renewal.sql';
import { subscriptionOfCustomerSql } from '../subscriptions/subscription.loaders';
import type { SubscriptionWithOptionIdsModel } from '../subscriptions/subscription.model';
import { CUSTOMER_COLUMNS, type CustomerModel } from './customer.model';
import {
  CustomerOrderField,
  OrderDirection,
  type CustomerFilter,
  type CustomerOrder,
} from './customer.inputs';

export interface CustomerListArgs {
  first: number;
  after?: string | null;
  filter?: CustomerFilter | null;
  orderBy?: CustomerOrder | null;
  /** Read each row's subscription (with its option ids) in the page's statement. */
  withSubscription?: boolean;
  /** "Now" for the time-relative filters. */
  now: Date;
  /** KIZUNA_ERASURE_GRACE_DAYS, for the erasure work lists. */
  erasureGraceDays?: number;
}

export interface CustomerListRow extends CustomerModel {
  /** Present when asked for (`withSubscription`); null when the customer has none. */
  subscription?: SubscriptionWithOptionIdsModel | null;
}

/** `now` moved by whole days (clamped to ±100 years, so that any Int stays a real instant). */
const daysFrom = (now: Date, days: number) =>
  new Date(now.getTime() + Math.max(-36_500, Math.min(36_500, days)) * DAY_MS);

/** The longest look-back or look-ahead of the day filters: ten years. */
export const MAX_FILTER_DAYS = 3650;

/** A day-count filter: 0–3650, else refused (a count past any real trial is a mistake). */
function filterDays(value: number | null | undefined, field: string): number | null {
  if (value === null || value === undefined) return null;
  if (!Number.isInteger(value) || value < 0 || value > MAX_FILTER_DAYS)
    throw badUserInput(`filter.${field} must be between 0 and ${MAX_FILTER_DAYS} days.`);
  return value;
}

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (m) => `\\${m}`);

/**
 * Filter conditions: stage, plan, trial ending soon or expired lately, a scheduled change,
 * changed since an instant, and search on name, furigana or corporate number.
 */
function customerConditions(
  filter: CustomerFilter | null | undefined,
  now: Date,
  erasureGraceDays: number,
): Conditions {
  const c = new Conditions();
  if (filter?.stage) c.add((p) => `c.stage = ${p}`, filter.stage);
  if (filter?.planCode) {
    c.add(
      (p) =>
        `EXISTS (SELECT 1 FROM subscription s JOIN plan pl ON pl.id = s.plan_id WHERE s.customer_id = c.id AND pl.code = ${p})`,
      filter.planCode,
    );
  }
  const within = filterDays(filter?.trialEndingWithinDays, 'trialEndingWithinDays');
  if (within !== null) {
    c.add((p) => `c.stage = 'TRIAL' AND c.trial_ends_at >= ${p}`, now);
    c.add((p) => `c.trial_ends_at < ${p}`, daysFrom(now, within));
  }
  const expired = filterDays(filter?.trialExpiredWithinDays, 'trialExpiredWithinDays');
  if (expired !== null) {
    c.add((p) => `c.stage = 'LEAD' AND c.trial_expired_at <= ${p}`, now);
    c.add((p) => `c.trial_expired_at > ${p}`, daysFrom(now, -expired));
  }
  if (filter?.hasScheduledChange !== null && filter?.hasScheduledChange !== undefined) {
    c.raw(
      `${filter.hasScheduledChange ? '' : 'NOT '}EXISTS (SELECT 1 FROM provisioning_request r WHERE r.customer_id = c.id AND r.status = 'SCHEDULED')`,
    );
  }
  if (filter?.erasureDue) {
    // Due = churn + grace days, so a due range is the churn range moved back by the grace days.
    const { after, atOrBefore } = erasureDueRange(filter.erasureDue, now);
    const churned = (due: Date) => daysFrom(due, -erasureGraceDays);
    const params = c.params;
    params.push(churned(atOrBefore));
    let range = `s.cancelled_at <= $${params.length}`;
    if (after) {
      params.push(churned(after));
      range += ` AND s.cancelled_at > $${params.length}`;
    }
    c.raw(
      `c.stage = 'CHURNED' AND EXISTS (SELECT 1 FROM subscription s WHERE s.customer_id = c.id AND s.status = 'CANCELLED' AND ${range})`,
    );
  }
  if (filter?.updatedSince) c.add((p) => `c.updated_at > ${p}`, filter.updatedSince);
  const renewing = filterDays(filter?.renewingWithinDays, 'renewingWithinDays');
  if (renewing !== null) {
    c.add(
      (p) =>
        `EXISTS (SELECT 1 FROM subscription s WHERE s.customer_id = c.id AND s.status = 'ACTIVE'
                    AND ${renewsAtSql('s', isoDateJst(now))} <= ${p}::date)`,
      isoDateJst(daysFrom(now, renewing)),
    );
  }
  const search = filter?.search?.normalize('NFKC').trim();
  if (search) {
    const alternatives: string[] = [];
    const params = c.params;
    params.push(`%${escapeLike(search)}%`);
    // Both sides width-normalised: ＵＸ is found by UX (index customer_name_nfkc_trgm_idx).
    alternatives.push(`normalize(c.name, NFKC) ILIKE $${params.length}`);
    const kana = normalizeKana(search);
    if (kana.ok) {
      params.push(`%${escapeLike(kana.value)}%`);
      alternatives.push(`c.name_kana LIKE $${params.length}`);
    }
    const digits = search.replace(/[-\s]/g, '');
    if (/^\d{1,13}$/.test(digits)) {
      params.push(`${digits}%`);
      alternatives.push(`c.corporate_number LIKE $${params.length}`);
    }
    c.raw(`(${alternatives.join(' OR ')})`);
  }
  if (filter) addHealthConditions(c, filter);
  return c;
}

/** The next renewal as a sort key: an ACTIVE contract's renewsAt (00:00 JST), else infinity. */
const renewalOrder = (now: Date) => ({
  sortColumn: `coalesce((SELECT ${renewsAtSql('s', isoDateJst(now))} FROM subscription s WHERE s.customer_id = c.id AND s.status = 'ACTIVE')::timestamp AT TIME ZONE 'Asia/Tokyo', 'infinity'::timestamptz)`,
  sortType: 'timestamptz' as const,
  defaultDirection: OrderDirection.ASC,
});

/** Each order: its sort expression (indexed, see the migrations) and default direction. */
const ORDERS: Record<
  Exclude<CustomerOrderField, CustomerOrderField.RENEWS_AT | CustomerOrderField.HEALTH_SCORE>,
  {
    sortColumn: string;
    sortType: 'timestamptz' | 'text';
    defaultDirection: OrderDirection;
  }
> = {
  CREATED_AT: {
    sortColumn: 'c.created_at',
    sortType: 'timestamptz',
    defaultDirection: OrderDirection.DESC,
  },
  NAME: { sortColumn: 'c.name', sortType: 'text', defaultDirection: OrderDirection.ASC },
  UPDATED_AT: {
    sortColumn: 'c.updated_at',
    sortType: 'timestamptz',
    defaultDirection: OrderDirection.ASC,
  },
  TRIAL_ENDS_AT: {
    // No trial end sorts as a trial that never ends; the same expression as the index.
    sortColumn: `coalesce(c.trial_ends_at, 'infinity'::timestamptz)`,
    sortType: 'timestamptz',
    defaultDirection: OrderDirection.ASC,
  },
};

/**
 * One page of customers by keyset (never OFFSET), and a lazy count of all matches. The
 * subscription subquery is in the select list, so PostgreSQL evaluates it for the page's rows
 * only (after the sort and limit), not for every match.
 */
export function listCustomers(dataSource: DataSource, args: CustomerListArgs) {
  // Incremental sync reads in the order of change unless told otherwise.
  const field =
    args.orderBy?.field ??
    (args.filter?.updatedSince
      ? CustomerOrderField.UPDATED_AT
      : typeof args.filter?.renewingWithinDays === 'number'
        ? CustomerOrderField.RENEWS_AT
        : CustomerOrderField.CREATED_AT);
  const order =
    field === CustomerOrderField.RENEWS_AT
      ? renewalOrder(args.now)
      : field === CustomerOrderField.HEALTH_SCORE
        ? { ...HEALTH_SCORE_ORDER, defaultDirection: OrderDirection.ASC }
        : ORDERS[field];
  const ascending = (args.orderBy?.direction ?? order.defaultDirection) === OrderDirection.ASC;
  const c = customerConditions(
    args.filter,
    args.now,
    args.erasureGraceDays ?? DEFAULT_ERASURE_GRACE_DAYS,
  );
  const { sortColumn } = order;
  return keysetPage<CustomerListRow>(dataSource, {
    select: args.withSubscription
      ? `${CUSTOMER_COLUMNS}, ${subscriptionOfCustomerSql('c.id')} AS subscription`
      : CUSTOMER_COLUMNS,
    from: 'customer c',
    where: c.where,
    params: c.params,
    sortColumn,
    sortType: order.sortType,
    sortKeySql: order.sortType === 'text' ? sortColumn : `${sortColumn}::text`,
    idColumn: 'c.id',
    direction: ascending ? 'ASC' : 'DESC',
    first: args.first,
    after: args.after,
  });
}
