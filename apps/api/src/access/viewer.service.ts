import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, MoreThan } from 'typeorm';
import { AreaEntity } from '../areas/area.entity';
import { SessionEntity } from '../auth/session.entity';
import { hashToken } from '../auth/tokens';
import { DEFAULT_LOCALE, isLocale, Locale, localeFromAcceptLanguage } from '../common/i18n/translate';
import { PersonEntity } from '../people/person.entity';
import { AREA_HEADER, LOCALE_HEADER, RequestContext, SESSION_COOKIE } from './request-context';
import { Viewer } from './viewer';

/** Works out, once per request, who is asking and about which area. */
@Injectable()
export class ViewerService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * The language the request names itself: the `x-komplan-locale` header of the web app, or
   * `?lang=` on a download link (a browser download sends no headers of ours).
   */
  explicitLocale(req: RequestContext['req']): Locale | undefined {
    const explicit = req.header(LOCALE_HEADER);
    if (isLocale(explicit)) return explicit;
    const fromQuery: unknown = req.method === 'GET' ? req.query?.['lang'] : undefined;
    return isLocale(fromQuery) ? fromQuery : undefined;
  }

  /** The locale known from the request alone (used before the viewer is resolved). */
  headerLocale(req: RequestContext['req']): Locale | undefined {
    return this.explicitLocale(req) ?? localeFromAcceptLanguage(req.header('accept-language'));
  }

  viewerOf(req: RequestContext['req']): Promise<Viewer> {
    req.komplan ??= {};
    req.komplan.viewer ??= this.resolve(req).then((viewer) => {
      req.komplan!.locale = viewer.locale;
      return viewer;
    });
    return req.komplan.viewer;
  }

  /** Forgets the cached viewer, e.g. after log-in or log-out within the same request. */
  reset(req: RequestContext['req']): void {
    if (req.komplan) req.komplan.viewer = undefined;
  }

  private async resolve(req: RequestContext['req']): Promise<Viewer> {
    const cookies = (req as { cookies?: Record<string, string> }).cookies ?? {};
    const token = cookies[SESSION_COOKIE];
    // Downloads (calendar, CSV) cannot send headers: they name the area in the query string.
    const fromQuery = req.method === 'GET' && typeof req.query?.['area'] === 'string' ? req.query['area'] : undefined;
    const slug = req.header(AREA_HEADER) ?? fromQuery;
    const [session, area] = await Promise.all([
      token
        ? this.db.getRepository(SessionEntity).findOne({
            where: { tokenHash: hashToken(token), expiresAt: MoreThan(new Date()) },
            relations: { account: true },
          })
        : null,
      slug ? this.db.getRepository(AreaEntity).findOneBy({ slug }) : null,
    ]);
    const account = session?.account ?? null;
    const person =
      account && area ? await this.db.getRepository(PersonEntity).findOneBy({ areaId: area.id, accountId: account.id }) : null;
    // The language asked for, else the one the person chose (kept with the account), else the browser's.
    const locale =
      this.explicitLocale(req) ??
      (isLocale(account?.locale) ? account.locale : undefined) ??
      localeFromAcceptLanguage(req.header('accept-language')) ??
      DEFAULT_LOCALE;
    return { account, area, person, locale };
  }
}
