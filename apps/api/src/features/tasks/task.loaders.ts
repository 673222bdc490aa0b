import DataLoader from 'dataloader';
import type { TaskStatus } from '@kizuna/domain';
import type { GraphQLContext } from '../../graphql/context';
import { groupBy } from '../../shared/group-by';
import { tasksOfCustomers } from './task-list.query';
import type { TaskModel } from './task.model';

type TasksLoader = DataLoader<string, TaskModel[]>;

// One loader per request and arguments, kept beside the request's other loaders.
const loaders = new WeakMap<object, Map<string, TasksLoader>>();

/** The first tasks of customers with these statuses, batched: one statement per page of customers. */
export function customerTasksLoader(
  ctx: GraphQLContext,
  statuses: readonly TaskStatus[] | null,
  first: number,
): TasksLoader {
  let byArgs = loaders.get(ctx.loaders);
  if (!byArgs) loaders.set(ctx.loaders, (byArgs = new Map()));
  const key = `${[...(statuses ?? [])].sort().join(',')}|${first}`;
  let loader = byArgs.get(key);
  if (!loader) {
    loader = new DataLoader(async (ids: readonly string[]) => {
      const rows = await tasksOfCustomers(ctx.dataSource, ids, statuses, first);
      const byCustomer = groupBy(rows, (r) => r.customerId);
      return ids.map((id) => byCustomer.get(id) ?? []);
    });
    byArgs.set(key, loader);
  }
  return loader;
}
