import type { RouteObject } from 'react-router';
import { lazyPage } from '../ui/lazyPage';

/** Top-level pages reached from an invitation link (/invite/:token). */
export const invitationRoutes: RouteObject[] = [{ path: '/invite/:token', lazy: lazyPage(() => import('./AcceptInvitationPage'), 'AcceptInvitationPage') }];
