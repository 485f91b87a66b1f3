import type { RouteObject } from 'react-router';
import { lazyPage } from '../ui/lazyPage';

/** Pages of this capability, relative to /a/:area. */
export const approvalsRoutes: RouteObject[] = [
  { path: 'approval-rounds/new', lazy: lazyPage(() => import('./OpenApprovalRoundPage'), 'OpenApprovalRoundPage') },
  { path: 'approval-rounds/:roundId', lazy: lazyPage(() => import('./ApprovalRoundPage'), 'ApprovalRoundPage') },
];
