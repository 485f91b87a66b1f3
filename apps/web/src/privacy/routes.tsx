import type { RouteObject } from 'react-router';
import { lazyPage } from '../ui/lazyPage';

/** Pages of this capability, relative to /a/:area. */
export const privacyRoutes: RouteObject[] = [{ path: 'my-data', lazy: lazyPage(() => import('./MyDataPage'), 'MyDataPage') }];

/** Outside any area: the page after erasure (the person is logged out). */
export const privacyTopRoutes: RouteObject[] = [{ path: '/erased', lazy: lazyPage(() => import('./ErasedPage'), 'ErasedPage') }];
