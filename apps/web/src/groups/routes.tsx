import type { RouteObject } from 'react-router';
import { GroupPage } from './GroupPage';
import { GroupsPage } from './GroupsPage';

/** Pages of this capability, relative to /a/:area. */
export const groupsRoutes: RouteObject[] = [
  { path: 'groups', element: <GroupsPage /> },
  { path: 'groups/:groupId', element: <GroupPage /> },
];
