import { Type } from '@nestjs/common';

/** The capability modules of Komplan, each in its own folder. */
export const FEATURE_MODULES: Type[] = [];
