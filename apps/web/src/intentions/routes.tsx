import type { RouteObject } from 'react-router';
import { IntentionFormPage } from './IntentionFormPage';
import { IntentionPage } from './IntentionPage';
import { IntentionsPage } from './IntentionsPage';

/** Pages of this capability, relative to /a/:area. */
export const intentionsRoutes: RouteObject[] = [
  { path: 'intentions', element: <IntentionsPage /> },
  { path: 'intentions/new', element: <IntentionFormPage /> },
  { path: 'intentions/:id', element: <IntentionPage /> },
  { path: 'intentions/:id/edit', element: <IntentionFormPage /> },
];
