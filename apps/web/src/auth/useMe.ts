import { useQuery } from '@apollo/client/react';
import { MeDocument } from './auth.operations';

/** The logged-in account and its rights in the current area (null for the public). */
export function useMe() {
  const { data, loading, error, refetch } = useQuery(MeDocument);
  const me = data?.me ?? null;
  const roles = me?.person?.roles ?? [];
  return {
    me,
    loading: loading && !data,
    error,
    refetch,
    isAreaCoordinator: roles.includes('COORDINATOR'),
    coordinates: (groupId: string | null | undefined) => !!groupId && (me?.coordinatedGroupIds ?? []).includes(groupId),
  };
}
