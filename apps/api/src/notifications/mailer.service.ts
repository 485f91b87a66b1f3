import { Inject, Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { createTransport, Transporter } from 'nodemailer';
import { CONFIGURATION, EnvironmentVariables } from '../config/configuration';

/** One e-mail: subject, plain text and a simple HTML version of the same. */
export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html: string;
}

/**
 * Sends e-mail over the SMTP server of SMTP_URL (nodemailer). Without SMTP_URL e-mail is off:
 * the app says so once at start and notifications stay in the app.
 */
@Injectable()
export class MailerService implements OnModuleDestroy {
  private readonly logger = new Logger('Notifications');
  private readonly transport: Transporter | null;

  constructor(@Inject(CONFIGURATION) private readonly config: EnvironmentVariables) {
    this.transport = config.SMTP_URL ? createTransport(config.SMTP_URL) : null;
    if (!this.transport) this.logger.warn('SMTP_URL is not set: notification e-mails are off (notifications stay in the app).');
  }

  get enabled(): boolean {
    return this.transport !== null;
  }

  async send(message: MailMessage): Promise<void> {
    if (!this.transport) throw new Error('E-mail is off (SMTP_URL is not set).');
    await this.transport.sendMail({ from: this.config.MAIL_FROM, ...message });
  }

  onModuleDestroy(): void {
    this.transport?.close();
  }
}
