import type { RouteObject } from 'react-router';
import { lazyPage } from '../ui/lazyPage';

/** Pages of this capability, relative to /a/:area. */
export const strategyRoutes: RouteObject[] = [
  { path: 'plans', lazy: lazyPage(() => import('./PlansPage'), 'PlansPage') },
  { path: 'plans/:planId', lazy: lazyPage(() => import('./PlanPage'), 'PlanPage') },
];
