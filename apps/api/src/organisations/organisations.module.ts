import { Module } from '@nestjs/common';
import { OrganisationMembershipsResolver } from './organisation-memberships.resolver';
import { OrganisationsResolver } from './organisations.resolver';
import { OrganisationsService } from './organisations.service';

/** Organisations of an area and the people who represent them. */
@Module({ providers: [OrganisationsService, OrganisationsResolver, OrganisationMembershipsResolver], exports: [OrganisationsService] })
export class OrganisationsModule {}
