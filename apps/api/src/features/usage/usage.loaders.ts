import DataLoader from 'dataloader';
import { isoDateJst, usageSeriesPeriod } from '@kizuna/domain';
import type { GraphQLContext } from '../../graphql/context';
import { groupBy } from '../../shared/group-by';
import { dailyUsageOf } from './usage-report.query';
import type { DailyUsageType } from './usage.type';

type UsageLoader = DataLoader<string, DailyUsageType[]>;

// One loader per request and series length, kept beside the request's other loaders.
const loaders = new WeakMap<object, Map<number, UsageLoader>>();

/**
 * The last `days` Tokyo days of usage of customers, batched: a page of customers asking for
 * `usage` costs one statement, whatever its size.
 */
export function usageSeriesLoader(ctx: GraphQLContext, days: number): UsageLoader {
  let byDays = loaders.get(ctx.loaders);
  if (!byDays) loaders.set(ctx.loaders, (byDays = new Map()));
  let loader = byDays.get(days);
  if (!loader) {
    const period = usageSeriesPeriod(isoDateJst(ctx.clock.now()), days);
    loader = new DataLoader(async (ids: readonly string[]) => {
      const rows = await dailyUsageOf(ctx.dataSource, ids, period.from, period.to);
      const byCustomer = groupBy(rows, (r) => r.customer_id);
      return ids.map((id) =>
        (byCustomer.get(id) ?? []).map((r) => ({
          date: r.date,
          activeUsers: r.active_users,
          storageGb: r.storage_gb,
        })),
      );
    });
    byDays.set(days, loader);
  }
  return loader;
}
