import { Module } from '@nestjs/common';
import { IntentionHistoryResolver, IntentionsResolver } from './intentions.resolver';
import { IntentionsService } from './intentions.service';

/** Development intentions of providers: drafts, submission by the deadline, review, forwarding, outcome. */
@Module({ providers: [IntentionsService, IntentionsResolver, IntentionHistoryResolver], exports: [IntentionsService] })
export class IntentionsModule {}
