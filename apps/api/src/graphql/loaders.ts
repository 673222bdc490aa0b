import type { DataSource } from 'typeorm';
import { createCatalogLoaders } from '../features/catalog/catalog.loaders';
import type { SharedCatalog } from '../features/catalog/shared-catalog';
import { createCustomerLoaders } from '../features/customers/customer.loaders';
import { createProvisioningLoaders } from '../features/provisioning/provisioning.loaders';
import { createSubscriptionLoaders } from '../features/subscriptions/subscription.loaders';

/**
 * Fresh per request, so batching and caching never leak between callers. The one exception is
 * the catalog, which is the same for everyone and shared while PostgreSQL says it is unchanged.
 */
export function createLoaders(dataSource: DataSource, sharedCatalog?: SharedCatalog) {
  return {
    catalog: createCatalogLoaders(dataSource, sharedCatalog),
    customers: createCustomerLoaders(dataSource),
    subscriptions: createSubscriptionLoaders(dataSource),
    provisioning: createProvisioningLoaders(dataSource),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
