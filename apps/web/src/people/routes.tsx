import type { RouteObject } from 'react-router';
import { PeoplePage } from './PeoplePage';
import { PersonPage } from './PersonPage';

/** Pages of this capability, relative to /a/:area. */
export const peopleRoutes: RouteObject[] = [
  { path: 'people', element: <PeoplePage /> },
  { path: 'people/:personId', element: <PersonPage /> },
];
