import type { OptionModel } from '../catalog/catalog.model';

/** The catalog options of a subscription, given its option ids in catalog order. */
export function optionsInCatalogOrder(
  ids: readonly string[],
  byId: ReadonlyMap<string, OptionModel>,
): OptionModel[] {
  const options: OptionModel[] = [];
  for (const id of ids) {
    const option = byId.get(id);
    if (option) options.push(option);
  }
  return options;
}
