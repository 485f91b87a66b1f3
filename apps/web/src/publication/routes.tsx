import type { RouteObject } from 'react-router';
import { lazyPage } from '../ui/lazyPage';

/** Pages of this capability inside the area, relative to /a/:area. */
export const publicationRoutes: RouteObject[] = [{ path: 'action-plans/:planId/council', lazy: lazyPage(() => import('./CouncilPage'), 'CouncilPage') }];

/** Pages of the public portal, relative to /p/:area. */
export const publicPlanRoutes: RouteObject[] = [
  { path: 'plans', lazy: lazyPage(() => import('./PublishedPlansPage'), 'PublishedPlansPage') },
  { path: 'plans/:planId', lazy: lazyPage(() => import('./PublishedPlanPage'), 'PublishedPlanPage') },
];
