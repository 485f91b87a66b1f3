import type { RouteObject } from 'react-router';
import { lazyPage } from '../ui/lazyPage';

/** Pages of this capability, relative to /a/:area. */
export const actionPlansRoutes: RouteObject[] = [
  { path: 'action-plans', lazy: lazyPage(() => import('./ActionPlansPage'), 'ActionPlansPage') },
  { path: 'action-plans/:planId', lazy: lazyPage(() => import('./ActionPlanPage'), 'ActionPlanPage') },
  { path: 'action-plans/:planId/versions/:versionId', lazy: lazyPage(() => import('./VersionPage'), 'VersionPage') },
  { path: 'action-plans/:planId/diff', lazy: lazyPage(() => import('./DiffPage'), 'DiffPage') },
];
