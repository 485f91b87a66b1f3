import type { RouteObject } from 'react-router';
import { ActionPlanPage } from './ActionPlanPage';
import { ActionPlansPage } from './ActionPlansPage';
import { DiffPage } from './DiffPage';
import { VersionPage } from './VersionPage';

/** Pages of this capability, relative to /a/:area. */
export const actionPlansRoutes: RouteObject[] = [
  { path: 'action-plans', element: <ActionPlansPage /> },
  { path: 'action-plans/:planId', element: <ActionPlanPage /> },
  { path: 'action-plans/:planId/versions/:versionId', element: <VersionPage /> },
  { path: 'action-plans/:planId/diff', element: <DiffPage /> },
];
