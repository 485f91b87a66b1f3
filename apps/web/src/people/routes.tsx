import type { RouteObject } from 'react-router';
import { lazyPage } from '../ui/lazyPage';

/** Pages of this capability, relative to /a/:area. */
export const peopleRoutes: RouteObject[] = [
  { path: 'people', lazy: lazyPage(() => import('./PeoplePage'), 'PeoplePage') },
  { path: 'people/:personId', lazy: lazyPage(() => import('./PersonPage'), 'PersonPage') },
];
