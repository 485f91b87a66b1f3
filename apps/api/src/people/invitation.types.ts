import { Field, ObjectType } from '@nestjs/graphql';
import { AccountInvitationEntity } from './account-invitation.entity';

@ObjectType({ description: 'A fresh invitation and its one-time link, to be passed on to the person.' })
export class InvitationLink {
  @Field({ description: 'The link to open: <address of Komplan>/invite/<secret>. Shown only now; only its hash is stored.' })
  url!: string;

  @Field(() => AccountInvitationEntity, { description: 'The invitation.' })
  invitation!: AccountInvitationEntity;
}

@ObjectType({ description: 'What the page of an invitation link shows before the person sets a password.' })
export class InvitationPreview {
  @Field({ description: 'Name of the planning area the person is invited to.' })
  areaName!: string;

  @Field({ description: 'Full name of the invited person.' })
  fullName!: string;

  @Field({ description: 'E-mail the account will be created for.' })
  email!: string;

  @Field({ description: 'After this moment the link no longer works.' })
  expiresAt!: Date;
}
