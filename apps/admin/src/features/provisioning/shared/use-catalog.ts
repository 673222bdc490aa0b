import { useQuery } from '@apollo/client/react';
import { ProvisioningCatalogDocument } from '../../../gql/graphql';

/** The catalog for previews and checks, with names by code for display. */
export function useProvisioningCatalog() {
  const { data, loading, error, refetch } = useQuery(ProvisioningCatalogDocument);
  const planName = (code: string | null | undefined) =>
    code ? (data?.plans.find((p) => p.code === code)?.name ?? code) : '—';
  const optionName = (code: string) => data?.options.find((o) => o.code === code)?.name ?? code;
  return { catalog: data ?? null, loading, error, refetch, planName, optionName };
}
