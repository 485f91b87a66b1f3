import { Type } from '@nestjs/common';
import { MeetingsModule } from './meetings/meetings.module';

/** The capability modules of Komplan, each in its own folder. */
export const FEATURE_MODULES: Type[] = [MeetingsModule];
