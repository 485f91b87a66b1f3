import type { RouteObject } from 'react-router';
import { lazyPage } from '../ui/lazyPage';

/** Pages of this capability, relative to /a/:area. */
export const meetingsRoutes: RouteObject[] = [
  { path: 'meetings', lazy: lazyPage(() => import('./MeetingsPage'), 'MeetingsPage') },
  { path: 'meetings/new', lazy: lazyPage(() => import('./NewMeetingPage'), 'NewMeetingPage') },
  { path: 'meetings/:meetingId', lazy: lazyPage(() => import('./MeetingPage'), 'MeetingPage') },
  { path: 'meetings/:meetingId/edit', lazy: lazyPage(() => import('./EditMeetingPage'), 'EditMeetingPage') },
];
