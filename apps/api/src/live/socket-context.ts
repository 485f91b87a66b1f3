import type { IncomingMessage } from 'node:http';
import type { Loaders } from '../graphql/loaders.service';
import { AREA_HEADER, LOCALE_HEADER, RequestContext } from '../access/request-context';

/** What a browser may send when it opens the socket (it cannot set headers on a WebSocket). */
export interface SocketConnectionParams {
  /** The area's slug, as the x-komplan-area header of HTTP requests. */
  area?: unknown;
  /** The interface language, as the x-komplan-locale header. */
  locale?: unknown;
}

function parseCookies(header: string | undefined): Record<string, string> {
  const cookies: Record<string, string> = {};
  for (const part of (header ?? '').split(';')) {
    const at = part.indexOf('=');
    if (at <= 0) continue;
    const name = part.slice(0, at).trim();
    const raw = part.slice(at + 1).trim().replace(/^"(.*)"$/, '$1');
    try {
      cookies[name] = decodeURIComponent(raw);
    } catch {
      cookies[name] = raw;
    }
  }
  return cookies;
}

/**
 * The request a subscription's resolvers and the access guard see: the WebSocket's opening HTTP
 * request (with the session cookie) and the connection parameters standing in for the headers
 * a browser cannot set on a socket. The viewer is then resolved exactly as for HTTP.
 */
export function socketRequest(upgrade: IncomingMessage, params: SocketConnectionParams | undefined): RequestContext['req'] {
  const fromParams: Record<string, unknown> = { [AREA_HEADER]: params?.area, [LOCALE_HEADER]: params?.locale };
  const header = (name: string): string | undefined => {
    const key = name.toLowerCase();
    const given = fromParams[key];
    if (typeof given === 'string' && given.length <= 100) return given;
    const value = upgrade.headers[key];
    return Array.isArray(value) ? value[0] : value;
  };
  const req = {
    method: 'SUBSCRIBE',
    query: {},
    headers: upgrade.headers,
    cookies: parseCookies(upgrade.headers.cookie),
    header,
    get: header,
  };
  return req as unknown as RequestContext['req'];
}

/**
 * A socket is opened only from the address Komplan is served on (or PUBLIC_URL): a page of another
 * site must not ride on the visitor's session cookie (cross-site WebSocket hijacking).
 */
export function sameOrigin(upgrade: IncomingMessage, publicUrl: string | undefined): boolean {
  const origin = upgrade.headers.origin;
  if (!origin) return true; // not a browser: no ambient cookies to abuse
  let host: string;
  try {
    host = new URL(origin).host;
  } catch {
    return false;
  }
  if (host === upgrade.headers.host) return true;
  if (upgrade.headers['x-forwarded-host'] === host) return true;
  return publicUrl !== undefined && new URL(publicUrl).host === host;
}

/** Gives a subscription event its own DataLoaders, so nothing loaded for an earlier event is served stale. */
export function freshLoaders(context: { loaders: Loaders }, create: () => Loaders): void {
  context.loaders = create();
}
