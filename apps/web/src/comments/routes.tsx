import type { RouteObject } from 'react-router';
import { CommentRedirect } from './CommentRedirect';
import { CommentRoundsPage } from './CommentRoundsPage';
import { SettlementPage } from './SettlementPage';

/** Pages of this capability, relative to /a/:area. */
export const commentsRoutes: RouteObject[] = [
  { path: 'plan-versions/:versionId/comment-rounds', element: <CommentRoundsPage /> },
  { path: 'comment-rounds/:roundId', element: <SettlementPage /> },
  { path: 'comments/:commentId', element: <CommentRedirect /> },
];
