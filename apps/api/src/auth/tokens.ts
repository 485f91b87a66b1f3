import { createHash, randomBytes } from 'node:crypto';

/** A fresh secret for a cookie or a one-time link. */
export const newToken = (): string => randomBytes(32).toString('base64url');

/** Only hashes of secrets are stored, so a database dump opens no sessions. */
export const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex');
