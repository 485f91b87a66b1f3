import type { RouteObject } from 'react-router';
import { lazyPage } from '../ui/lazyPage';

/** Pages of this capability, relative to /a/:area. */
export const measuresRoutes: RouteObject[] = [{ path: 'measures/:measureId', lazy: lazyPage(() => import('./MeasurePage'), 'MeasurePage') }];
