import { Module } from '@nestjs/common';
import { NetworkResolver } from './network.resolver';
import { NetworkService } from './network.service';

/** The area's service network: capacity today and with the recommended intentions. */
@Module({ providers: [NetworkService, NetworkResolver] })
export class NetworkModule {}
