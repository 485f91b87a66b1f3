import type { RouteObject } from 'react-router';
import { lazyPage } from '../ui/lazyPage';

/** Pages of this capability, relative to /a/:area. */
export const commentsRoutes: RouteObject[] = [
  { path: 'plan-versions/:versionId/comment-rounds', lazy: lazyPage(() => import('./CommentRoundsPage'), 'CommentRoundsPage') },
  { path: 'comment-rounds/:roundId', lazy: lazyPage(() => import('./SettlementPage'), 'SettlementPage') },
  { path: 'comments/:commentId', lazy: lazyPage(() => import('./CommentRedirect'), 'CommentRedirect') },
];
