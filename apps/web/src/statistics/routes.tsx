import type { RouteObject } from 'react-router';
import { lazyPage } from '../ui/lazyPage';

/** Pages of this capability, relative to /a/:area. */
export const statisticsRoutes: RouteObject[] = [{ path: 'statistics', lazy: lazyPage(() => import('./StatisticsPage'), 'StatisticsPage') }];
