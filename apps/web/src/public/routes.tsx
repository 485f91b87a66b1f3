import type { RouteObject } from 'react-router';

/** Pages of the public portal, relative to /p/:area. */
export const publicRoutes: RouteObject[] = [];
