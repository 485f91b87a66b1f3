import { Module } from '@nestjs/common';
import { AgendaItemLinksResolver, IntentionMeasuresResolver, MeasureDiscussionResolver, MeasureLinksResolver } from './links.resolver';

/** Links between meetings, measures and development intentions: agenda items pointing at them, discussions of a measure, intentions serving measures. */
@Module({ providers: [AgendaItemLinksResolver, MeasureLinksResolver, IntentionMeasuresResolver, MeasureDiscussionResolver] })
export class LinksModule {}
