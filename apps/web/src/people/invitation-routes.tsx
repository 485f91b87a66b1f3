import type { RouteObject } from 'react-router';

/** Top-level pages reached from an invitation link (/invite/:token). */
export const invitationRoutes: RouteObject[] = [];
