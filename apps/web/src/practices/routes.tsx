import type { RouteObject } from 'react-router';
import { lazyPage } from '../ui/lazyPage';

/** Pages of the library inside the area (writing, editing, publishing), relative to /a/:area. */
export const practicesRoutes: RouteObject[] = [
  { path: 'practices', lazy: lazyPage(() => import('./PracticesPage'), 'PracticesPage') },
  { path: 'practices/new', lazy: lazyPage(() => import('./PracticeEditPage'), 'PracticeEditPage') },
  { path: 'practices/:practiceId', lazy: lazyPage(() => import('./PracticePage'), 'PracticePage') },
  { path: 'practices/:practiceId/edit', lazy: lazyPage(() => import('./PracticeEditPage'), 'PracticeEditPage') },
];

/** Pages of the public library, relative to /p/:area. */
export const publicPracticesRoutes: RouteObject[] = [
  { path: 'practices', lazy: lazyPage(() => import('./PublicPracticesPage'), 'PublicPracticesPage') },
  { path: 'practices/:practiceId', lazy: lazyPage(() => import('./PublicPracticePage'), 'PublicPracticePage') },
];
