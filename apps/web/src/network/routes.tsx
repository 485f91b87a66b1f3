import type { RouteObject } from 'react-router';
import { NetworkPage } from './NetworkPage';

/** Pages of this capability, relative to /a/:area. */
export const networkRoutes: RouteObject[] = [{ path: 'network', element: <NetworkPage /> }];
