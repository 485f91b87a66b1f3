import type { RouteObject } from 'react-router';
import { lazyPage } from '../ui/lazyPage';

/** Pages of this capability, relative to /a/:area. */
export const servicesRoutes: RouteObject[] = [{ path: 'services', lazy: lazyPage(() => import('./ServicesPage'), 'ServicesPage') }];
