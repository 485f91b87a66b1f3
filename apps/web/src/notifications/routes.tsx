import type { RouteObject } from 'react-router';
import { lazyPage } from '../ui/lazyPage';

/** Pages of this capability, relative to /a/:area. */
export const notificationsRoutes: RouteObject[] = [
  { path: 'notifications', lazy: lazyPage(() => import('./NotificationsPage'), 'NotificationsPage') },
  { path: 'notifications/preferences', lazy: lazyPage(() => import('./NotificationPreferencesPage'), 'NotificationPreferencesPage') },
];
