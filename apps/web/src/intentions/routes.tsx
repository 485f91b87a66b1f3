import type { RouteObject } from 'react-router';
import { lazyPage } from '../ui/lazyPage';

/** Pages of this capability, relative to /a/:area. */
export const intentionsRoutes: RouteObject[] = [
  { path: 'intentions', lazy: lazyPage(() => import('./IntentionsPage'), 'IntentionsPage') },
  { path: 'intentions/new', lazy: lazyPage(() => import('./IntentionFormPage'), 'IntentionFormPage') },
  { path: 'intentions/:id', lazy: lazyPage(() => import('./IntentionPage'), 'IntentionPage') },
  { path: 'intentions/:id/edit', lazy: lazyPage(() => import('./IntentionFormPage'), 'IntentionFormPage') },
];
