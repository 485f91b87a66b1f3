import type { RouteObject } from 'react-router';
import { DashboardPage } from './DashboardPage';

/** Pages of this capability, relative to /a/:area. */
export const dashboardRoutes: RouteObject[] = [{ index: true, element: <DashboardPage /> }];
