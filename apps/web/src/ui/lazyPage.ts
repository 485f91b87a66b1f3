import type { ComponentType } from 'react';
import type { LazyRouteFunction, RouteObject } from 'react-router';

/**
 * A route whose page is loaded on the first visit, in a chunk of its own: the first screen
 * downloads the app shell and the page it shows, not every page of Komplan.
 * Usage: `{ path: 'meetings', lazy: lazyPage(() => import('./MeetingsPage'), 'MeetingsPage') }`.
 */
export function lazyPage<M, K extends keyof M & string>(load: () => Promise<M>, name: K): LazyRouteFunction<RouteObject> {
  return async () => ({ Component: (await load())[name] as ComponentType });
}
