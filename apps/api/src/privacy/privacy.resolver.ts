import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import { Authorize } from '../access/authorize.decorator';
import { RequestContext, SESSION_COOKIE } from '../access/request-context';
import { Rules } from '../access/rules';
import { Viewer } from '../access/viewer';
import { ViewerService } from '../access/viewer.service';
import { CurrentViewer } from '../common/current.decorators';
import { AreaRole } from '../people/area-role.enum';
import { PersonEntity } from '../people/person.entity';
import { ErasePersonalDataInput, ErasePersonInput } from './dto';
import { ErasureService } from './erasure.service';

@Resolver()
export class PrivacyResolver {
  constructor(
    private readonly erasure: ErasureService,
    private readonly viewers: ViewerService,
  ) {}

  @Mutation(() => Boolean, {
    description:
      'Erases the personal data of the signed-in account: the account and its sessions are deleted, its person in every area is anonymised (a pseudonym instead of the name). Logs out.',
  })
  @Authorize(Rules.signedIn())
  async erasePersonalData(
    @Args('input') input: ErasePersonalDataInput,
    @CurrentViewer() viewer: Promise<Viewer>,
    @Context() ctx: RequestContext,
  ): Promise<boolean> {
    await this.erasure.eraseAccount((await viewer).account!, input.confirmEmail);
    ctx.res.clearCookie(SESSION_COOKIE, { path: '/' });
    this.viewers.reset(ctx.req);
    return true;
  }

  @Mutation(() => PersonEntity, { description: 'Erases the personal data of a person of the area who has no account (area coordinators). Returns the anonymised person.' })
  @Authorize(Rules.areaRoleOn<{ input?: ErasePersonInput }>(PersonEntity, (args) => args.input?.personId, AreaRole.COORDINATOR))
  async erasePerson(@Args('input') input: ErasePersonInput, @CurrentViewer() viewer: Promise<Viewer>): Promise<PersonEntity> {
    const current = await viewer;
    return this.erasure.erasePerson(current.area!, input.personId, current.person?.id ?? null);
  }
}
