import { useQuery } from '@apollo/client/react';
import { useMe } from '../auth/useMe';
import { MyOrganisationsDocument, ServiceTypesDocument } from './services.operations';
import type { ServiceTypeOption } from './services.schema';

/** The Act's catalogue in the reader's language, by section order as the API gives it. */
export function useServiceTypes() {
  const { data, loading } = useQuery(ServiceTypesDocument);
  const types: ServiceTypeOption[] = data?.serviceTypes ?? [];
  return { types, loading, byType: new Map(types.map((info) => [info.type, info])) };
}

/**
 * The provider organisations the viewer acts for (staff with the PROVIDER role). Area coordinators
 * may act for any organisation, so for them `canManageAny` is true.
 */
export function useMyProviderOrganisations() {
  const { isAreaCoordinator } = useMe();
  const { data, loading } = useQuery(MyOrganisationsDocument);
  const person = data?.me?.person;
  const isProvider = !!person?.roles.includes('PROVIDER');
  const organisations = isProvider ? (person?.organisations ?? []).map((membership) => membership.organisation) : [];
  return { organisations, isProvider, canManageAny: isAreaCoordinator, loading };
}
