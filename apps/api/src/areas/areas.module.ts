import { Module } from '@nestjs/common';
import { AreasResolver } from './areas.resolver';

@Module({ providers: [AreasResolver] })
export class AreasModule {}
