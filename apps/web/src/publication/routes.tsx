import type { RouteObject } from 'react-router';
import { CouncilPage } from './CouncilPage';
import { PublishedPlanPage } from './PublishedPlanPage';
import { PublishedPlansPage } from './PublishedPlansPage';

/** Pages of this capability inside the area, relative to /a/:area. */
export const publicationRoutes: RouteObject[] = [{ path: 'action-plans/:planId/council', element: <CouncilPage /> }];

/** Pages of the public portal, relative to /p/:area. */
export const publicPlanRoutes: RouteObject[] = [
  { path: 'plans', element: <PublishedPlansPage /> },
  { path: 'plans/:planId', element: <PublishedPlanPage /> },
];
