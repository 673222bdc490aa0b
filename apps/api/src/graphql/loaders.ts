import type { DataSource } from 'typeorm';
import { createCatalogLoaders } from '../features/catalog/catalog.loaders';
import { createCustomerLoaders } from '../features/customers/customer.loaders';
import { createProvisioningLoaders } from '../features/provisioning/provisioning.loaders';
import { createSubscriptionLoaders } from '../features/subscriptions/subscription.loaders';

/** Fresh per request, so batching and caching never leak between callers. */
export function createLoaders(dataSource: DataSource) {
  return {
    catalog: createCatalogLoaders(dataSource),
    customers: createCustomerLoaders(dataSource),
    subscriptions: createSubscriptionLoaders(dataSource),
    provisioning: createProvisioningLoaders(dataSource),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
