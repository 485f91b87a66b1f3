import type { RouteObject } from 'react-router';
import { EditMeetingPage } from './EditMeetingPage';
import { MeetingPage } from './MeetingPage';
import { MeetingsPage } from './MeetingsPage';
import { NewMeetingPage } from './NewMeetingPage';

/** Pages of this capability, relative to /a/:area. */
export const meetingsRoutes: RouteObject[] = [
  { path: 'meetings', element: <MeetingsPage /> },
  { path: 'meetings/new', element: <NewMeetingPage /> },
  { path: 'meetings/:meetingId', element: <MeetingPage /> },
  { path: 'meetings/:meetingId/edit', element: <EditMeetingPage /> },
];
