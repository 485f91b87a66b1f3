import type { RouteObject } from 'react-router';
import { CommentRedirect } from './CommentRedirect';
import { CommentRoundsPage } from './CommentRoundsPage';
import { PublicConsultationPage } from './PublicConsultationPage';
import { PublicConsultationsPage } from './PublicConsultationsPage';
import { SettlementPage } from './SettlementPage';

/** Pages of this capability, relative to /a/:area. */
export const commentsRoutes: RouteObject[] = [
  { path: 'plan-versions/:versionId/comment-rounds', element: <CommentRoundsPage /> },
  { path: 'comment-rounds/:roundId', element: <SettlementPage /> },
  { path: 'comments/:commentId', element: <CommentRedirect /> },
];

/** Pages of the public portal, relative to /p/:area. */
export const publicCommentsRoutes: RouteObject[] = [
  { path: 'consultations', element: <PublicConsultationsPage /> },
  { path: 'consultations/:roundId', element: <PublicConsultationPage /> },
];
