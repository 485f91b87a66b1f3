import type { RouteObject } from 'react-router';
import { lazyPage } from '../ui/lazyPage';

/** Pages of this capability, relative to /a/:area. */
export const auditRoutes: RouteObject[] = [{ path: 'audit-log', lazy: lazyPage(() => import('./AuditLogPage'), 'AuditLogPage') }];
