import type { RouteObject } from 'react-router';
import { StatisticsPage } from './StatisticsPage';

/** Pages of this capability, relative to /a/:area. */
export const statisticsRoutes: RouteObject[] = [{ path: 'statistics', element: <StatisticsPage /> }];
