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
import type { OptionType, PlanType } from './catalog.type';

/**
 * The whole catalog — plans and options in one statement (each as a JSON array, in catalog
 * order) — read once per request (it is small) and shared by every field.
 */
export function createCatalogLoaders(dataSource: DataSource) {
  let catalog: Promise<{ plans: PlanModel[]; options: OptionModel[] }> | undefined;
  let optionMap: Promise<Map<string, CatalogEntry>> | undefined;
  const load = () =>
    (catalog ??= dataSource
      .query(
        `SELECT (SELECT coalesce(json_agg(p ORDER BY p."sortOrder", p.code), '[]')
                   FROM (SELECT ${PLAN_COLUMNS} FROM plan) p) AS plans,
                (SELECT coalesce(json_agg(o ORDER BY o."sortOrder", o.code), '[]')
                   FROM (SELECT ${OPTION_COLUMNS} FROM catalog_option o) o) AS options`,
      )
      .then(([row]: { plans: PlanModel[]; options: OptionModel[] }[]) => row!));
  const allPlans = () => load().then((c) => c.plans);
  const allOptions = () => load().then((c) => c.options);
  return {
    allPlans,
    allOptions,
    /**
     * Options by id with their catalog position (to order a subscription's), without a
     * DataLoader promise per option of every subscription.
     */
    optionsById: () =>
      (optionMap ??= allOptions().then(
        (rows) => new Map(rows.map((option, position) => [option.id, { option, position }])),
      )),
    planById: new DataLoader<string, PlanModel | null>(async (ids) => {
      const byId = new Map((await allPlans()).map((p) => [p.id, p]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    optionById: new DataLoader<string, OptionModel | null>(async (ids) => {
      const byId = new Map((await allOptions()).map((o) => [o.id, o]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    // A page repeats the same few plans and options on every row: map each once per request.
    planType: memoPerLocale<PlanModel, PlanType>(toPlanType),
    optionType: memoPerLocale<OptionModel, OptionType>(toOptionType),
  };
}

function memoPerLocale<M extends { id: string }, T>(map: (model: M, locale: Locale) => T) {
  const cache: Record<Locale, Map<string, T>> = { ja: new Map(), en: new Map() };
  return (model: M, locale: Locale): T => {
    const byId = cache[locale];
    let mapped = byId.get(model.id);
    if (mapped === undefined) {
      mapped = map(model, locale);
      byId.set(model.id, mapped);
    }
    return mapped;
  };
}
