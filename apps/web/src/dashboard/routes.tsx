import type { RouteObject } from 'react-router';

/** Pages of this capability, relative to /a/:area. */
export const dashboardRoutes: RouteObject[] = [];
