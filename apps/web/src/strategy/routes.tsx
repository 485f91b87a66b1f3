import type { RouteObject } from 'react-router';
import { PlanPage } from './PlanPage';
import { PlansPage } from './PlansPage';

/** Pages of this capability, relative to /a/:area. */
export const strategyRoutes: RouteObject[] = [
  { path: 'plans', element: <PlansPage /> },
  { path: 'plans/:planId', element: <PlanPage /> },
];
