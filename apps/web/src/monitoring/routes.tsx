import type { RouteObject } from 'react-router';
import { lazyPage } from '../ui/lazyPage';

/** Pages of this capability, relative to /a/:area. */
export const monitoringRoutes: RouteObject[] = [
  { path: 'monitoring', lazy: lazyPage(() => import('./MonitoringPage'), 'MonitoringPage') },
  { path: 'my-reports', lazy: lazyPage(() => import('./MyReportsPage'), 'MyReportsPage') },
];
