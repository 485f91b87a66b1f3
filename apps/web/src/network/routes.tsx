import type { RouteObject } from 'react-router';
import { lazyPage } from '../ui/lazyPage';

/** Pages of this capability, relative to /a/:area. */
export const networkRoutes: RouteObject[] = [{ path: 'network', lazy: lazyPage(() => import('./NetworkPage'), 'NetworkPage') }];
