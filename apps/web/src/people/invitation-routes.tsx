import type { RouteObject } from 'react-router';
import { AcceptInvitationPage } from './AcceptInvitationPage';

/** Top-level pages reached from an invitation link (/invite/:token). */
export const invitationRoutes: RouteObject[] = [{ path: '/invite/:token', element: <AcceptInvitationPage /> }];
