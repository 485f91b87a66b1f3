import { Type } from '@nestjs/common';
import { CalendarModule } from './calendar/calendar.module';
import { MeetingsModule } from './meetings/meetings.module';
import { StatisticsModule } from './statistics/statistics.module';

/** The capability modules of Komplan, each in its own folder. */
export const FEATURE_MODULES: Type[] = [MeetingsModule, StatisticsModule, CalendarModule];
