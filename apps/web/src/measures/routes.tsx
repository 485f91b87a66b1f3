import type { RouteObject } from 'react-router';
import { MeasurePage } from './MeasurePage';

/** Pages of this capability, relative to /a/:area. */
export const measuresRoutes: RouteObject[] = [{ path: 'measures/:measureId', element: <MeasurePage /> }];
