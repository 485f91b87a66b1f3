import type { RouteObject } from 'react-router';
import { publicCommentsRoutes } from '../comments/routes';
import { publicPlanRoutes } from '../publication/routes';
import { PublicMeetingPage } from './PublicMeetingPage';
import { PublicMeetingsPage } from './PublicMeetingsPage';

/** Pages of the public portal, relative to /p/:area. */
export const publicRoutes: RouteObject[] = [
  { index: true, element: <PublicMeetingsPage /> },
  { path: 'meetings/:meetingId', element: <PublicMeetingPage /> },
  ...publicPlanRoutes,
  ...publicCommentsRoutes,
];
