import { useQuery } from '@apollo/client/react';
import { AppLayoutDocument, type StaffRole } from '../../gql/graphql';

/** The signed-in staff member (from the header's query, usually already cached). */
export function useViewer() {
  const { data, loading } = useQuery(AppLayoutDocument);
  const viewer = data?.viewer ?? null;
  return {
    viewer,
    loading,
    hasRole: (role: StaffRole) => viewer?.roles.includes(role) ?? false,
    can: (permission: string) => viewer?.permissions.includes(permission) ?? false,
  };
}
