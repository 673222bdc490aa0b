import { useQuery } from '@apollo/client/react';
import { AppLayoutDocument, type StaffRole } from '../../gql/graphql';

/** The signed-in staff member (from the header's query, usually already cached). */
export function useViewer() {
  const { data, previousData, loading } = useQuery(AppLayoutDocument);
  // While the store is reset and refetched (a language switch), keep the viewer already known:
  // otherwise everything that depends on a permission unmounts, with what was typed into it.
  const viewer = (data ?? previousData)?.viewer ?? null;
  return {
    viewer,
    loading,
    hasRole: (role: StaffRole) => viewer?.roles.includes(role) ?? false,
    can: (permission: string) => viewer?.permissions.includes(permission) ?? false,
  };
}
