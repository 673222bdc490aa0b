import DataLoader from 'dataloader';
import {
  jstMonthOf,
  type HealthBand,
  type HealthComponent,
  type NpsCategory,
  type TouchModel,
} from '@kizuna/domain';
import type { GraphQLContext } from '../../graphql/context';
import { groupBy } from '../../shared/group-by';
import { loadHealthSettings, type StoredHealthSettings } from './health-settings.store';

/** A customer's stored score (customer_health). */
export interface CurrentHealthRow {
  customerId: string;
  score: number | null;
  band: HealthBand | null;
  components: HealthComponent[] | null;
  computedAt: Date | null;
  nps: number | null;
  npsRespondents: number;
  npsBand: NpsCategory | null;
}

export interface HealthMonthRow {
  customerId: string;
  month: string;
  score: number;
  band: HealthBand;
  nps: number | null;
  closed: boolean;
}

export interface TouchModelOverrideRow {
  customerId: string;
  touchModel: TouchModel;
  reason: string;
  setBy: string | null;
  setAt: Date;
}

/** The Tokyo month (first day, a date) of a timestamptz column, in SQL. */
export const jstMonthSql = (column: string) =>
  `date_trunc('month', ${column} AT TIME ZONE 'Asia/Tokyo')::date`;

interface HealthLoaders {
  current: DataLoader<string, CurrentHealthRow | null>;
  history: Map<number, DataLoader<string, HealthMonthRow[]>>;
  override: DataLoader<string, TouchModelOverrideRow | null>;
  settings?: Promise<StoredHealthSettings>;
}

// One set per request, kept beside the request's other loaders.
const loaders = new WeakMap<object, HealthLoaders>();

/**
 * Stored scores, monthly history and touch-model overrides of customers, batched: a page of
 * customers asking for them costs one statement each, whatever its size.
 */
export function healthLoaders(ctx: GraphQLContext): HealthLoaders {
  let set = loaders.get(ctx.loaders);
  if (set) return set;
  set = {
    current: new DataLoader(async (ids: readonly string[]) => {
      const rows: CurrentHealthRow[] = await ctx.dataSource.query(
        `SELECT customer_id AS "customerId", score::float8 AS score, band, components,
                computed_at AS "computedAt", nps::float8 AS nps, nps_respondents AS "npsRespondents",
                nps_band AS "npsBand"
           FROM customer_health WHERE customer_id = ANY($1::uuid[])`,
        [ids],
      );
      return ids.map((id) => rows.find((r) => r.customerId === id) ?? null);
    }),
    history: new Map(),
    override: new DataLoader(async (ids: readonly string[]) => {
      const rows: TouchModelOverrideRow[] = await ctx.dataSource.query(
        `SELECT o.customer_id AS "customerId", o.touch_model AS "touchModel", o.reason,
                s.display_name AS "setBy", o.set_at AS "setAt"
           FROM customer_touch_model_override o LEFT JOIN staff_user s ON s.id = o.set_by
          WHERE o.customer_id = ANY($1::uuid[])`,
        [ids],
      );
      return ids.map((id) => rows.find((r) => r.customerId === id) ?? null);
    }),
  };
  loaders.set(ctx.loaders, set);
  return set;
}

/** The settings, read once per request. */
export function requestHealthSettings(ctx: GraphQLContext): Promise<StoredHealthSettings> {
  const set = healthLoaders(ctx);
  set.settings ??= loadHealthSettings(ctx.dataSource);
  return set.settings;
}

/**
 * The last `months` Tokyo months of history, oldest first: closed months, and the month of the
 * latest score (closed once that month has ended; until the next computation writes its row).
 */
export function healthHistoryLoader(
  ctx: GraphQLContext,
  months: number,
): DataLoader<string, HealthMonthRow[]> {
  const set = healthLoaders(ctx);
  let loader = set.history.get(months);
  if (!loader) {
    const now = ctx.clock.now();
    const current = jstMonthOf(now);
    loader = new DataLoader(async (ids: readonly string[]) => {
      const rows: HealthMonthRow[] = await ctx.dataSource.query(
        `SELECT customer_id AS "customerId", to_char(month, 'YYYY-MM') AS month, score::float8 AS score,
                band, nps::float8 AS nps, true AS closed
           FROM customer_health_month
          WHERE customer_id = ANY($1::uuid[]) AND month > ($2::date - make_interval(months => $3))
         UNION ALL
         SELECT h.customer_id, to_char(${jstMonthSql('h.computed_at')}, 'YYYY-MM'), h.score::float8,
                h.band, h.nps::float8, ${jstMonthSql('h.computed_at')} < $2::date
           FROM customer_health h
          WHERE h.customer_id = ANY($1::uuid[]) AND h.score IS NOT NULL
            AND ${jstMonthSql('h.computed_at')} > ($2::date - make_interval(months => $3))
            AND NOT EXISTS (SELECT 1 FROM customer_health_month m
                             WHERE m.customer_id = h.customer_id AND m.month = ${jstMonthSql('h.computed_at')})
          ORDER BY 1, 2`,
        [ids, current, months],
      );
      const byCustomer = groupBy(rows, (r) => r.customerId);
      return ids.map((id) => byCustomer.get(id) ?? []);
    });
    set.history.set(months, loader);
  }
  return loader;
}
