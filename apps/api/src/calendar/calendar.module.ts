import { Module } from '@nestjs/common';
import { CalendarController } from './calendar.controller';
import { CalendarResolver } from './calendar.resolver';
import { CalendarService } from './calendar.service';

/** Meetings as iCalendar: single downloads and subscribable feeds. */
@Module({ providers: [CalendarService, CalendarResolver], controllers: [CalendarController] })
export class CalendarModule {}
