import type { RouteObject } from 'react-router';
import { ServicesPage } from './ServicesPage';

/** Pages of this capability, relative to /a/:area. */
export const servicesRoutes: RouteObject[] = [{ path: 'services', element: <ServicesPage /> }];
