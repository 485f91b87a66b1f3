import { createBrowserRouter } from 'react-router';
import { LoadingState } from '../ui/States';
import { lazyPage } from '../ui/lazyPage';
import { actionPlansRoutes } from '../action-plans/routes';
import { approvalsRoutes } from '../approvals/routes';
import { LoginPage } from '../auth/LoginPage';
import { commentsRoutes } from '../comments/routes';
import { dashboardRoutes } from '../dashboard/routes';
import { groupsRoutes } from '../groups/routes';
import { intentionsRoutes } from '../intentions/routes';
import { measuresRoutes } from '../measures/routes';
import { meetingsRoutes } from '../meetings/routes';
import { monitoringRoutes } from '../monitoring/routes';
import { networkRoutes } from '../network/routes';
import { notificationsRoutes } from '../notifications/routes';
import { organisationsRoutes } from '../organisations/routes';
import { peopleRoutes } from '../people/routes';
import { auditRoutes } from '../audit/routes';
import { privacyRoutes, privacyTopRoutes } from '../privacy/routes';
import { practicesRoutes } from '../practices/routes';
import { publicationRoutes } from '../publication/routes';
import { publicRoutes } from '../public/routes';
import { servicesRoutes } from '../services/routes';
import { statisticsRoutes } from '../statistics/routes';
import { strategyRoutes } from '../strategy/routes';
import { trainingsRoutes } from '../trainings/routes';
import { AreaLayout } from './AreaLayout';
import { HomePage } from './HomePage';
import { NotFoundPage } from './NotFoundPage';
import { PublicLayout } from './PublicLayout';
import { invitationRoutes } from '../people/invitation-routes';

/**
 * Pages load on their first visit (each capability in its own chunks); until the first page of a
 * visit has arrived, a loader shows.
 */
export const router = createBrowserRouter([
  {
    hydrateFallbackElement: <LoadingState />,
    children: [
      { path: '/', element: <HomePage /> },
      { path: '/login', element: <LoginPage /> },
      ...invitationRoutes,
      ...privacyTopRoutes,
      {
        path: '/a/:area',
        element: <AreaLayout />,
        children: [
          ...dashboardRoutes,
          ...groupsRoutes,
          ...meetingsRoutes,
          ...trainingsRoutes,
          ...strategyRoutes,
          ...measuresRoutes,
          ...actionPlansRoutes,
          ...peopleRoutes,
          ...organisationsRoutes,
          ...servicesRoutes,
          ...intentionsRoutes,
          ...networkRoutes,
          ...statisticsRoutes,
          ...commentsRoutes,
          ...approvalsRoutes,
          ...publicationRoutes,
          ...monitoringRoutes,
          ...privacyRoutes,
          ...auditRoutes,
          ...notificationsRoutes,
          ...practicesRoutes,
          { path: 'account', lazy: lazyPage(() => import('../auth/AccountPage'), 'AccountPage') },
        ],
      },
      { path: '/p/:area', element: <PublicLayout />, children: publicRoutes },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
