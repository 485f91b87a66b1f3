import type { RouteObject } from 'react-router';
import { lazyPage } from '../ui/lazyPage';

/** Pages of this capability, relative to /a/:area. */
export const trainingsRoutes: RouteObject[] = [
  { path: 'trainings', lazy: lazyPage(() => import('./TrainingsPage'), 'TrainingsPage') },
  { path: 'projects', lazy: lazyPage(() => import('./ProjectsPage'), 'ProjectsPage') },
];
