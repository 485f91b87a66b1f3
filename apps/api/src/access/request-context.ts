import type { Request, Response } from 'express';
import type { Loaders } from '../graphql/loaders.service';
import { Locale } from '../common/i18n/translate';
import { Viewer } from './viewer';

export const SESSION_COOKIE = 'komplan_session';
export const AREA_HEADER = 'x-komplan-area';
export const LOCALE_HEADER = 'x-komplan-locale';

/** What every GraphQL resolver and REST handler of one request shares. */
export interface RequestContext {
  req: Request & { komplan?: { viewer?: Promise<Viewer>; locale?: Locale } };
  res: Response;
  loaders: Loaders;
}
