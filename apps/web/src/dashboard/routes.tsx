import type { RouteObject } from 'react-router';
import { lazyPage } from '../ui/lazyPage';

/** Pages of this capability, relative to /a/:area. */
export const dashboardRoutes: RouteObject[] = [{ index: true, lazy: lazyPage(() => import('./DashboardPage'), 'DashboardPage') }];
