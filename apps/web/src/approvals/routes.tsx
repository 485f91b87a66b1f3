import type { RouteObject } from 'react-router';
import { ApprovalRoundPage } from './ApprovalRoundPage';
import { OpenApprovalRoundPage } from './OpenApprovalRoundPage';

/** Pages of this capability, relative to /a/:area. */
export const approvalsRoutes: RouteObject[] = [
  { path: 'approval-rounds/new', element: <OpenApprovalRoundPage /> },
  { path: 'approval-rounds/:roundId', element: <ApprovalRoundPage /> },
];
