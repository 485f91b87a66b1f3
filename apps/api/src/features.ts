import { Type } from '@nestjs/common';
import { ActionPlansModule } from './action-plans/action-plans.module';
import { CalendarModule } from './calendar/calendar.module';
import { CommentsModule } from './comments/comments.module';
import { GroupsModule } from './groups/groups.module';
import { IntentionsModule } from './intentions/intentions.module';
import { LinksModule } from './links/links.module';
import { MeetingsModule } from './meetings/meetings.module';
import { OrganisationsModule } from './organisations/organisations.module';
import { PeopleModule } from './people/people.module';
import { ServicesModule } from './services/services.module';
import { StatisticsModule } from './statistics/statistics.module';
import { MeasuresModule } from './measures/measures.module';
import { ExportsModule } from './exports/exports.module';
import { NetworkModule } from './network/network.module';
import { StrategyModule } from './strategy/strategy.module';
import { ApprovalsModule } from './approvals/approvals.module';
import { PublicationModule } from './publication/publication.module';
import { TrainingsModule } from './trainings/trainings.module';
import { MonitoringModule } from './monitoring/monitoring.module';
import { AuditModule } from './audit/audit.module';
import { PrivacyModule } from './privacy/privacy.module';
import { NotificationsModule } from './notifications/notifications.module';
import { PracticesModule } from './practices/practices.module';

/** The capability modules of Komplan, each in its own folder. */
export const FEATURE_MODULES: Type[] = [
  NotificationsModule,
  PeopleModule,
  OrganisationsModule,
  GroupsModule,
  MeetingsModule,
  StatisticsModule,
  TrainingsModule,
  CalendarModule,
  StrategyModule,
  MeasuresModule,
  ServicesModule,
  IntentionsModule,
  NetworkModule,
  ExportsModule,
  LinksModule,
  ActionPlansModule,
  CommentsModule,
  ApprovalsModule,
  PublicationModule,
  MonitoringModule,
  AuditModule,
  PrivacyModule,
  PracticesModule,
];
