import type { CatalogEntry, OptionModel } from '../catalog/catalog.model';

/**
 * The catalog options of a subscription in catalog order, given its option ids in any order:
 * SQL reads the ids without joining the catalog per subscription, the catalog (loaded once per
 * request) orders them.
 */
export function optionsInCatalogOrder(
  ids: readonly string[],
  byId: ReadonlyMap<string, CatalogEntry>,
): OptionModel[] {
  const entries: CatalogEntry[] = [];
  for (const id of ids) {
    const entry = byId.get(id);
    if (entry) entries.push(entry);
  }
  entries.sort((a, b) => a.position - b.position);
  return entries.map((e) => e.option);
}
