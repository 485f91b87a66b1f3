import { Global, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { KomplanExceptionFilter } from '../common/errors/exception.filter';
import { LoadersService } from '../graphql/loaders.service';
import { AccessGuard } from './access.guard';
import { AccessPolicy } from './access.policy';
import { ViewerService } from './viewer.service';

/** Who is asking and what they may do; registered once, guards every handler. */
@Global()
@Module({
  providers: [
    ViewerService,
    AccessPolicy,
    LoadersService,
    { provide: APP_GUARD, useClass: AccessGuard },
    { provide: APP_FILTER, useClass: KomplanExceptionFilter },
  ],
  exports: [ViewerService, AccessPolicy, LoadersService],
})
export class AccessModule {}
