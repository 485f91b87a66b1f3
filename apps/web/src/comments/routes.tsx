import type { RouteObject } from 'react-router';
import { lazyPage } from '../ui/lazyPage';

/** Pages of this capability, relative to /a/:area. */
export const commentsRoutes: RouteObject[] = [
  { path: 'plan-versions/:versionId/comment-rounds', lazy: lazyPage(() => import('./CommentRoundsPage'), 'CommentRoundsPage') },
  { path: 'comment-rounds/:roundId', lazy: lazyPage(() => import('./SettlementPage'), 'SettlementPage') },
  { path: 'comments/:commentId', lazy: lazyPage(() => import('./CommentRedirect'), 'CommentRedirect') },
];

/** Pages of the public portal, relative to /p/:area. */
export const publicCommentsRoutes: RouteObject[] = [
  { path: 'consultations', lazy: lazyPage(() => import('./PublicConsultationsPage'), 'PublicConsultationsPage') },
  { path: 'consultations/:roundId', lazy: lazyPage(() => import('./PublicConsultationPage'), 'PublicConsultationPage') },
];
