import { Inject } from '@nestjs/common';
import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Authorize } from '../access/authorize.decorator';
import { RequestContext } from '../access/request-context';
import { Rules } from '../access/rules';
import { Viewer } from '../access/viewer';
import { CurrentViewer } from '../common/current.decorators';
import { CONFIGURATION, EnvironmentVariables } from '../config/configuration';
import { required } from '../graphql/required';
import { AccountInvitationEntity } from './account-invitation.entity';
import { AreaRole } from './area-role.enum';
import { InvitePersonInput } from './dto/invite-person.input';
import { InvitationLink, InvitationPreview } from './invitation.types';
import { InvitationsService } from './invitations.service';
import { PersonEntity } from './person.entity';

@Resolver(() => AccountInvitationEntity)
export class InvitationsResolver {
  constructor(
    private readonly invitations: InvitationsService,
    @Inject(CONFIGURATION) private readonly config: EnvironmentVariables,
  ) {}

  @Mutation(() => InvitationLink, { description: 'Creates a one-time link by which the person sets a password; valid for 14 days.' })
  @Authorize(Rules.areaRoleOn<{ input?: { personId?: string } }>(PersonEntity, (args) => args.input?.personId, AreaRole.COORDINATOR))
  async invitePerson(
    @Args('input') input: InvitePersonInput,
    @CurrentViewer() viewer: Promise<Viewer>,
    @Context() ctx: RequestContext,
  ): Promise<InvitationLink> {
    const origin = this.config.PUBLIC_URL?.replace(/\/+$/, '') ?? `${ctx.req.protocol}://${ctx.req.get('host')}`;
    return this.invitations.invite(await viewer, input, origin);
  }

  @Query(() => [AccountInvitationEntity], { description: 'Invitations of the area that are neither accepted nor expired, newest first.' })
  @Authorize(Rules.areaRole(AreaRole.COORDINATOR))
  async accountInvitations(@CurrentViewer() viewer: Promise<Viewer>): Promise<AccountInvitationEntity[]> {
    return this.invitations.open(await viewer);
  }

  @Query(() => InvitationPreview, { nullable: true, description: 'What an invitation link is for; null when it is invalid, used or expired.' })
  @Authorize(Rules.anyone())
  invitation(@Args('token', { description: 'The secret from the invitation link.' }) token: string): Promise<InvitationPreview | null> {
    return this.invitations.preview(token);
  }

  @ResolveField(() => PersonEntity, { description: 'The invited person.' })
  person(@Parent() invitation: AccountInvitationEntity, @Context() ctx: RequestContext): Promise<PersonEntity> {
    return required(ctx.loaders.one(PersonEntity).load(invitation.personId), `person ${invitation.personId}`);
  }
}
