import { LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import cookieParser from 'cookie-parser';
import type { NextFunction, Request, Response } from 'express';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { AppModule, AppOptions } from './app.module';
import { EnvironmentVariables } from './config/configuration';
import { InputValidationPipe } from './common/validation/validation.pipe';
import { LIMITS } from './graphql/limits';

const LOG_LEVELS: Record<EnvironmentVariables['LOG_LEVEL'], LogLevel[]> = {
  error: ['fatal', 'error'],
  warn: ['fatal', 'error', 'warn'],
  log: ['fatal', 'error', 'warn', 'log'],
  debug: ['fatal', 'error', 'warn', 'log', 'debug'],
};

/** Builds the Nest application exactly as production runs it; tests use the same function. */
export async function createApp(options: AppOptions & { logger?: boolean }): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.register(options), {
    bodyParser: false,
    logger: options.logger === false ? false : LOG_LEVELS[options.config.LOG_LEVEL],
  });
  app.use(cookieParser());
  app.useBodyParser('json', { limit: LIMITS.bodyBytes });
  app.useBodyParser('urlencoded', { limit: LIMITS.bodyBytes, extended: false });
  app.useGlobalPipes(new InputValidationPipe());
  app.disable('x-powered-by');

  const webDir = options.config.WEB_DIST_DIR;
  if (webDir && existsSync(join(webDir, 'index.html'))) {
    app.useStaticAssets(webDir, { index: false, maxAge: '1h' });
    // Every other GET that is not the API is a page of the single-page app.
    app.use((req: Request, res: Response, next: NextFunction) => {
      const api = req.path.startsWith('/graphql') || req.path.startsWith('/api/') || req.path.startsWith('/calendar/');
      if (req.method !== 'GET' || api) return next();
      res.sendFile(join(webDir, 'index.html'));
    });
  }
  return app;
}
