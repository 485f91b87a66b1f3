import type { RouteObject } from 'react-router';
import { lazyPage } from '../ui/lazyPage';

/** Pages of this capability, relative to /a/:area. */
export const groupsRoutes: RouteObject[] = [
  { path: 'groups', lazy: lazyPage(() => import('./GroupsPage'), 'GroupsPage') },
  { path: 'groups/:groupId', lazy: lazyPage(() => import('./GroupPage'), 'GroupPage') },
];
