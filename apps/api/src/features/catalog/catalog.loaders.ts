import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { OPTION_COLUMNS, PLAN_COLUMNS, type OptionModel, type PlanModel } from './catalog.model';

/** The whole catalog, read once per request (it is small) and shared by every field. */
export function createCatalogLoaders(dataSource: DataSource) {
  let plans: Promise<PlanModel[]> | undefined;
  let options: Promise<OptionModel[]> | undefined;
  const allPlans = () =>
    (plans ??= dataSource.query(`SELECT ${PLAN_COLUMNS} FROM plan ORDER BY sort_order, code`));
  const allOptions = () =>
    (options ??= dataSource.query(
      `SELECT ${OPTION_COLUMNS} FROM catalog_option o ORDER BY o.sort_order, o.code`,
    ));
  return {
    allPlans,
    allOptions,
    planById: new DataLoader<string, PlanModel | null>(async (ids) => {
      const byId = new Map((await allPlans()).map((p) => [p.id, p]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    optionById: new DataLoader<string, OptionModel | null>(async (ids) => {
      const byId = new Map((await allOptions()).map((o) => [o.id, o]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
  };
}
