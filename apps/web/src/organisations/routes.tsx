import type { RouteObject } from 'react-router';
import { OrganisationPage } from './OrganisationPage';
import { OrganisationsPage } from './OrganisationsPage';

/** Pages of this capability, relative to /a/:area. */
export const organisationsRoutes: RouteObject[] = [
  { path: 'organisations', element: <OrganisationsPage /> },
  { path: 'organisations/:organisationId', element: <OrganisationPage /> },
];
