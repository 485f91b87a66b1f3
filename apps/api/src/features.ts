import { Type } from '@nestjs/common';
import { GroupsModule } from './groups/groups.module';
import { OrganisationsModule } from './organisations/organisations.module';
import { PeopleModule } from './people/people.module';

/** The capability modules of Komplan, each in its own folder. */
export const FEATURE_MODULES: Type[] = [PeopleModule, OrganisationsModule, GroupsModule];
