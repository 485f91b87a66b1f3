import type { RouteObject } from 'react-router';
import { publicCommentsRoutes } from '../comments/routes';
import { lazyPage } from '../ui/lazyPage';
import { publicPlanRoutes } from '../publication/routes';
import { publicPracticesRoutes } from '../practices/routes';

/** Pages of the public portal, relative to /p/:area. */
export const publicRoutes: RouteObject[] = [
  { index: true, lazy: lazyPage(() => import('./PublicMeetingsPage'), 'PublicMeetingsPage') },
  { path: 'meetings/:meetingId', lazy: lazyPage(() => import('./PublicMeetingPage'), 'PublicMeetingPage') },
  ...publicPlanRoutes,
  ...publicCommentsRoutes,
  ...publicPracticesRoutes,
];
