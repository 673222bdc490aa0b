import { toOptionType, toPlanType } from '../features/catalog/catalog.mapper';
import { OptionType, PlanType } from '../features/catalog/catalog.type';
import { toCustomerType } from '../features/customers/customer.mapper';
import type { Permission } from '../features/auth/permissions';
import { toNearMissType } from '../features/near-misses/near-miss.mapper';
import { NEAR_MISS_COLUMNS, type NearMissModel } from '../features/near-misses/near-miss.model';
import { toProvisioningRequestType } from '../features/provisioning/provisioning.mapper';
import { toSurveyType } from '../features/surveys/survey.mapper';
import { surveysByIds } from '../features/surveys/survey.queries';
import { loadSurveyImport, loadSurveyResponse } from '../features/surveys/survey.resolver';
import { loadUsageImport } from '../features/usage/usage.mapper';
import { loadTask } from '../features/tasks/task.resolver';
import type { GraphQLContext } from './context';
import type { NodeInterface } from './node.interface';

interface NodeFetcher {
  permission: Permission;
  fetch(ctx: GraphQLContext, id: string): Promise<NodeInterface | null>;
}

/** Global id type → how to load it. Each result is an instance so the Node interface resolves its type. */
export const nodeFetchers: Record<string, NodeFetcher> = {
  Customer: {
    permission: 'customers:read',
    fetch: async (ctx, id) => {
      const c = await ctx.loaders.customers.byId.load(id);
      return c && toCustomerType(c, ctx.clock.now());
    },
  },
  Plan: {
    permission: 'catalog:read',
    fetch: async (ctx, id) => {
      const p = await ctx.loaders.catalog.planById.load(id);
      return p && Object.assign(new PlanType(), toPlanType(p, ctx.locale));
    },
  },
  ProvisioningRequest: {
    permission: 'provisioning:read',
    fetch: async (ctx, id) => {
      const r = await ctx.loaders.provisioning.byId.load(id);
      return r && toProvisioningRequestType(r, ctx.locale);
    },
  },
  NearMiss: {
    permission: 'provisioning:read',
    fetch: async (ctx, id) => {
      const [row]: NearMissModel[] = await ctx.dataSource.query(
        `SELECT ${NEAR_MISS_COLUMNS} FROM near_miss n WHERE n.id = $1`,
        [id],
      );
      return row ? toNearMissType(row) : null;
    },
  },
  Option: {
    permission: 'catalog:read',
    fetch: async (ctx, id) => {
      const o = await ctx.loaders.catalog.optionById.load(id);
      return o && Object.assign(new OptionType(), toOptionType(o, ctx.locale));
    },
  },
  Survey: {
    permission: 'surveys:read',
    fetch: async (ctx, id) => {
      const [s] = await surveysByIds(ctx.dataSource, [id]);
      return s ? toSurveyType(s, ctx.locale) : null;
    },
  },
  SurveyResponse: {
    permission: 'surveys:read',
    fetch: (ctx, id) => loadSurveyResponse(ctx, id),
  },
  SurveyImport: {
    permission: 'surveys:read',
    fetch: (ctx, id) => loadSurveyImport(ctx, id),
  },
  UsageImport: {
    permission: 'usage:read',
    fetch: (ctx, id) => loadUsageImport(ctx, id),
  },
  Task: {
    permission: 'tasks:read',
    fetch: (ctx, id) => loadTask(ctx, id),
  },
};
