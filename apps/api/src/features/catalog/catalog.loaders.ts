import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { Locale } from '@kizuna/domain';
import { toOptionType, toPlanType } from './catalog.mapper';
import { OPTION_COLUMNS, PLAN_COLUMNS, type OptionModel, type PlanModel } from './catalog.model';
import type { OptionType, PlanType } from './catalog.type';

/** The whole catalog, read once per request (it is small) and shared by every field. */
export function createCatalogLoaders(dataSource: DataSource) {
  let plans: Promise<PlanModel[]> | undefined;
  let options: Promise<OptionModel[]> | undefined;
  let optionMap: Promise<Map<string, OptionModel>> | undefined;
  const allPlans = () =>
    (plans ??= dataSource.query(`SELECT ${PLAN_COLUMNS} FROM plan ORDER BY sort_order, code`));
  const allOptions = () =>
    (options ??= dataSource.query(
      `SELECT ${OPTION_COLUMNS} FROM catalog_option o ORDER BY o.sort_order, o.code`,
    ));
  return {
    allPlans,
    allOptions,
    /** Options by id, without a DataLoader promise per option of every subscription. */
    optionsById: () =>
      (optionMap ??= allOptions().then((rows) => new Map(rows.map((o) => [o.id, o])))),
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
