import type { Request } from 'express';
import { EnvironmentVariables } from '../config/configuration';

/** Where the app is reached: PUBLIC_URL when configured, else the origin of the request. */
export function publicBaseUrl(config: EnvironmentVariables, req: Request): string {
  if (config.PUBLIC_URL) return config.PUBLIC_URL.replace(/\/+$/, '');
  return `${req.protocol}://${req.get('host') ?? 'localhost'}`;
}
