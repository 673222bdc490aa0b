import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { Locale } from '@kizuna/domain';
import { toOptionType, toPlanType } from './catalog.mapper';
import {
  OPTION_COLUMNS,
  PLAN_COLUMNS,
  type CatalogEntry,
  type OptionModel,
  type PlanModel,
} from './catalog.model';
import { pricesOf, type CatalogPriceRow } from './catalog-price';
import type { SharedCatalog } from './shared-catalog';
import type { OptionType, PlanType } from './catalog.type';

/** The whole catalog as read at one moment, with its lookups and GraphQL objects. Immutable. */
export interface CatalogSnapshot {
  plans: readonly PlanModel[];
  options: readonly OptionModel[];
  planById: ReadonlyMap<string, PlanModel>;
  /** Options by id with their catalog position (to order a subscription's). */
  optionsById: ReadonlyMap<string, CatalogEntry>;
  planTypes: Record<Locale, ReadonlyMap<string, PlanType>>;
  optionTypes: Record<Locale, ReadonlyMap<string, OptionType>>;
}

/** Read plans and options in one statement (each a JSON array, in catalog order). */
export async function readCatalog(dataSource: DataSource): Promise<CatalogSnapshot> {
  const [row]: { plans: PlanModel[]; options: OptionModel[] }[] = await dataSource.query(
    `SELECT (SELECT coalesce(json_agg(p ORDER BY p."sortOrder", p.code), '[]')
               FROM (SELECT ${PLAN_COLUMNS} FROM plan) p) AS plans,
            (SELECT coalesce(json_agg(o ORDER BY o."sortOrder", o.code), '[]')
               FROM (SELECT ${OPTION_COLUMNS} FROM catalog_option o) o) AS options`,
  );
  const { plans, options } = row!;
  const typesOf = <M extends { id: string }, T>(models: M[], map: (m: M, l: Locale) => T) => ({
    ja: new Map(models.map((m) => [m.id, deepFreeze(map(m, 'ja'))])),
    en: new Map(models.map((m) => [m.id, deepFreeze(map(m, 'en'))])),
  });
  return deepFreeze({
    plans,
    options,
    planById: new Map(plans.map((p) => [p.id, p])),
    optionsById: new Map(options.map((option, position) => [option.id, { option, position }])),
    planTypes: typesOf(plans, toPlanType),
    optionTypes: typesOf(options, toOptionType),
  });
}

/**
 * The catalog for one request: the process-wide snapshot when a SharedCatalog is given (it is
 * small, read-mostly and dropped when PostgreSQL reports a change, see shared-catalog.ts), else
 * read once for this request. Every field of the request sees the same snapshot.
 */
export function createCatalogLoaders(dataSource: DataSource, shared?: SharedCatalog) {
  let snapshot: Promise<CatalogSnapshot> | undefined;
  let reread = false;
  const current = () => (snapshot ??= shared ? shared.get(dataSource) : readCatalog(dataSource));
  /**
   * The snapshot, read again once when it lacks a plan or option this request has met: the
   * shared one predates a change whose notification has not arrived yet (ADR 0008).
   */
  const covering = async (planIds: readonly string[], optionIds: readonly string[]) => {
    const s = await current();
    const complete =
      planIds.every((id) => s.planById.has(id)) && optionIds.every((id) => s.optionsById.has(id));
    if (complete || !shared || reread) return s;
    reread = true;
    shared.invalidate();
    snapshot = undefined;
    return current();
  };
  return {
    snapshot: current,
    covering,
    allPlans: () => current().then((c) => c.plans),
    allOptions: () => current().then((c) => c.options),
    planById: new DataLoader<string, PlanModel | null>(async (ids) => {
      const { planById } = await covering(ids, []);
      return ids.map((id) => planById.get(id) ?? null);
    }),
    optionById: new DataLoader<string, OptionModel | null>(async (ids) => {
      const { optionsById } = await covering([], ids);
      return ids.map((id) => optionsById.get(id)?.option ?? null);
    }),
    /** Price rows (schedule and history) of plans and of options, by item id. */
    plansPrices: new DataLoader<string, CatalogPriceRow[]>((ids) =>
      pricesByItem(dataSource, 'plan', ids),
    ),
    optionsPrices: new DataLoader<string, CatalogPriceRow[]>((ids) =>
      pricesByItem(dataSource, 'catalog_option', ids),
    ),
    /**
     * After this request changed the catalog: this process reads it afresh at once, without
     * waiting for the notification (other replicas get that).
     */
    changed: () => {
      shared?.invalidate();
      snapshot = undefined;
    },
    /** The GraphQL objects of plans and options, as built once per snapshot. */
    planType: async (plan: PlanModel, locale: Locale): Promise<PlanType> =>
      (await current()).planTypes[locale].get(plan.id) ?? toPlanType(plan, locale),
    optionTypes: async (options: OptionModel[], locale: Locale): Promise<OptionType[]> => {
      const types = (await current()).optionTypes[locale];
      return options.map((o) => types.get(o.id) ?? toOptionType(o, locale));
    },
  };
}

async function pricesByItem(
  dataSource: DataSource,
  table: 'plan' | 'catalog_option',
  ids: readonly string[],
): Promise<CatalogPriceRow[][]> {
  const rows = await pricesOf(dataSource, table, ids);
  return ids.map((id) => rows.filter((r) => r.itemId === id));
}

/** Shared between requests: nobody may change it. */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    if (value instanceof Map) value.forEach((v) => deepFreeze(v));
    else Object.values(value).forEach((v) => deepFreeze(v));
    Object.freeze(value);
  }
  return value;
}
