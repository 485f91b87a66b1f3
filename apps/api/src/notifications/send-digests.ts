import 'reflect-metadata';
import { DynamicModule, Logger, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CONFIGURATION, ConfigurationError, EnvironmentVariables, loadConfiguration } from '../config/configuration';
import { dataSourceOptions } from '../database/data-source';
import { resolveDatabase } from '../database/database-url';
import { LoadersService } from '../graphql/loaders.service';
import { LiveModule } from '../live/live.module';
import { NotificationsModule } from './notifications.module';
import { NotificationsService } from './notifications.service';

@Module({})
class SendDigestsModule {
  static register(config: EnvironmentVariables, databaseUrl: string): DynamicModule {
    return {
      module: SendDigestsModule,
      global: true,
      imports: [TypeOrmModule.forRoot(dataSourceOptions(databaseUrl)), LiveModule, NotificationsModule],
      providers: [{ provide: CONFIGURATION, useValue: config }, LoadersService],
      exports: [CONFIGURATION, LoadersService],
    };
  }
}

/**
 * Sends every pending daily digest now (and any immediate e-mail a failure left pending), with the
 * configuration of the app (DATABASE_URL, SMTP_URL, MAIL_FROM, PUBLIC_URL). For cron, e.g.
 * `0 7 * * * node dist/apps/api/notifications/send-digests.js`; cron decides when. Safe to run
 * beside running API instances: every e-mail goes out once.
 */
async function main(): Promise<void> {
  const config = loadConfiguration({ ...process.env, NOTIFICATION_SCHEDULER: 'false' });
  const logger = new Logger('send-digests');
  if (!config.SMTP_URL) {
    logger.warn('SMTP_URL is not set: no e-mail can be sent.');
    return;
  }
  const database = await resolveDatabase(config.DATABASE_URL, config.KOMPLAN_DATA_DIR);
  const app = await NestFactory.createApplicationContext(SendDigestsModule.register(config, database.url), { logger: ['error', 'warn'] });
  try {
    const notifications = app.get(NotificationsService);
    const immediate = await notifications.sendPending();
    const digests = await notifications.sendAllDigests(new Date());
    console.log(`Digests sent: ${digests}; immediate e-mails sent: ${immediate}.`);
  } finally {
    await app.close();
    await database.embedded?.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigurationError ? error.message : error);
  process.exit(1);
});
