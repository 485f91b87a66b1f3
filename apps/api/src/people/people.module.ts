import { Module } from '@nestjs/common';
import { InvitationsResolver } from './invitations.resolver';
import { InvitationsService } from './invitations.service';
import { PeopleResolver } from './people.resolver';
import { PeopleService } from './people.service';

/** Participants of an area and their invitations to log in. */
@Module({ providers: [PeopleService, PeopleResolver, InvitationsService, InvitationsResolver], exports: [PeopleService] })
export class PeopleModule {}
