import { plainToInstance, Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Matches, Max, Min, validateSync } from 'class-validator';
import { resolve } from 'node:path';

/**
 * The environment Komplan reads at boot. Every variable is validated once, before anything
 * starts; a wrong value stops the process with a message naming the variable.
 */
export class EnvironmentVariables {
  /** PostgreSQL connection string; when unset, an embedded PostgreSQL is started. */
  @IsOptional()
  @Matches(/^postgres(ql)?:\/\/.+/, { message: 'DATABASE_URL must be a postgres:// connection string' })
  DATABASE_URL?: string;

  @Transform(({ value }) => (value === undefined ? 3000 : Number(value)))
  @IsInt({ message: 'PORT must be a whole number' })
  @Min(1)
  @Max(65535)
  PORT = 3000;

  /** Folder of the embedded PostgreSQL's data, used only without DATABASE_URL. */
  @IsString()
  KOMPLAN_DATA_DIR = resolve(process.cwd(), '.data/postgres');

  /** Demo mode: loads the demo data once and turns GraphQL introspection on. */
  @Transform(({ value }) => value === true || value === 'true' || value === '1')
  @IsBoolean()
  KOMPLAN_DEMO = false;

  /** Secure cookies need HTTPS; off for localhost. */
  @Transform(({ value }) => value === true || value === 'true' || value === '1')
  @IsBoolean()
  COOKIE_SECURE = false;

  /** The folder with the built web app; the API serves it on the same address. */
  @IsOptional()
  @IsString()
  WEB_DIST_DIR?: string;

  /** Public address used in invitation links and calendar feeds. */
  @IsOptional()
  @Matches(/^https?:\/\/[^\s]+$/, { message: 'PUBLIC_URL must be an http(s) address' })
  PUBLIC_URL?: string;

  /**
   * Redis for live events shared by several API instances (redis:// or rediss://); without it each
   * instance delivers its own events in memory.
   */
  @IsOptional()
  @Matches(/^rediss?:\/\/[^\s]+$/, { message: 'REDIS_URL must be a redis:// or rediss:// address' })
  REDIS_URL?: string;

  /**
   * SMTP server for notification e-mails, e.g. smtp://user:pass@mail.example.cz:587 (smtps:// for
   * TLS from the start). Without it no e-mail is sent; notifications stay in the app.
   */
  @IsOptional()
  @Matches(/^smtps?:\/\/[^\s]+$/, { message: 'SMTP_URL must be an smtp:// or smtps:// address' })
  SMTP_URL?: string;

  /** Sender of notification e-mails, e.g. "Komplan <komplan@mesto.cz>". */
  @IsString()
  @Matches(/^(.*<)?[^\s@<>]+@[^\s@<>]+>?$/, { message: 'MAIL_FROM must be an e-mail address, optionally as "Name <address>"' })
  MAIL_FROM = 'Komplan <komplan@localhost>';

  /** Hour of the day (0–23, in each area's time zone) at which the daily digest e-mails go out. */
  @Transform(({ value }) => (value === undefined ? 7 : Number(value)))
  @IsInt({ message: 'DIGEST_HOUR must be a whole number from 0 to 23' })
  @Min(0, { message: 'DIGEST_HOUR must be a whole number from 0 to 23' })
  @Max(23, { message: 'DIGEST_HOUR must be a whole number from 0 to 23' })
  DIGEST_HOUR = 7;

  /**
   * The in-process scheduler of notifications (sending e-mails, daily digests, "round closing
   * soon"). On by default; off under jest unless set, and off where cron runs send-digests instead.
   */
  @Transform(({ value }) => value === true || value === 'true' || value === '1')
  @IsBoolean()
  NOTIFICATION_SCHEDULER = process.env['NODE_ENV'] !== 'test';

  @IsIn(['error', 'warn', 'log', 'debug'])
  LOG_LEVEL: 'error' | 'warn' | 'log' | 'debug' = 'warn';
}

export class ConfigurationError extends Error {}

/** Reads and validates the environment; throws ConfigurationError listing every bad variable. */
export function loadConfiguration(env: NodeJS.ProcessEnv = process.env): EnvironmentVariables {
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
  const config = plainToInstance(EnvironmentVariables, present, { exposeDefaultValues: true });
  const errors = validateSync(config, { skipMissingProperties: false });
  if (errors.length > 0) {
    const lines = errors.map((error) => `  ${error.property}: ${Object.values(error.constraints ?? {}).join('; ')}`);
    throw new ConfigurationError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  return config;
}

export const CONFIGURATION = Symbol('CONFIGURATION');
