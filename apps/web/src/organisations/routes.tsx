import type { RouteObject } from 'react-router';
import { lazyPage } from '../ui/lazyPage';

/** Pages of this capability, relative to /a/:area. */
export const organisationsRoutes: RouteObject[] = [
  { path: 'organisations', lazy: lazyPage(() => import('./OrganisationsPage'), 'OrganisationsPage') },
  { path: 'organisations/:organisationId', lazy: lazyPage(() => import('./OrganisationPage'), 'OrganisationPage') },
];
