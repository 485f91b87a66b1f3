import { Module } from '@nestjs/common';
import { ServicesResolver } from './services.resolver';
import { ServicesService } from './services.service';

/** The providers' register of social services: the Act's catalogue, the register and its import. */
@Module({ providers: [ServicesService, ServicesResolver], exports: [ServicesService] })
export class ServicesModule {}
