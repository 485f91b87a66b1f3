import { Inject } from '@nestjs/common';
import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { CookieOptions } from 'express';
import { Authorize } from '../access/authorize.decorator';
import { RequestContext, SESSION_COOKIE } from '../access/request-context';
import { Rules } from '../access/rules';
import { Viewer } from '../access/viewer';
import { ViewerService } from '../access/viewer.service';
import { AreaEntity } from '../areas/area.entity';
import { CurrentViewer } from '../common/current.decorators';
import { CONFIGURATION, EnvironmentVariables } from '../config/configuration';
import { AccountEntity } from './account.entity';
import { SESSION_DAYS, AuthService } from './auth.service';
import { AcceptInvitationInput, ChangePasswordInput, LoginInput, SetLocaleInput } from './dto/auth.inputs';
import { Me } from './me.types';

@Resolver()
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly viewers: ViewerService,
    @Inject(CONFIGURATION) private readonly config: EnvironmentVariables,
  ) {}

  private cookieOptions(): CookieOptions {
    return { httpOnly: true, sameSite: 'lax', secure: this.config.COOKIE_SECURE, path: '/', maxAge: SESSION_DAYS * 24 * 3600 * 1000 };
  }

  @Query(() => Me, { nullable: true, description: 'The logged-in account; null for the anonymous public.' })
  @Authorize(Rules.anyone())
  async me(@CurrentViewer() viewer: Promise<Viewer>): Promise<Me | null> {
    const current = await viewer;
    return current.account ? this.auth.me(current) : null;
  }

  @Mutation(() => Me, { description: 'Logs in with e-mail and password; sets the session cookie.' })
  @Authorize(Rules.anyone())
  async login(@Args('input') input: LoginInput, @Context() ctx: RequestContext): Promise<Me> {
    const { token } = await this.auth.login(input.email, input.password);
    ctx.res.cookie(SESSION_COOKIE, token, this.cookieOptions());
    ctx.req.cookies = { ...(ctx.req.cookies ?? {}), [SESSION_COOKIE]: token };
    this.viewers.reset(ctx.req);
    return this.auth.me(await this.viewers.viewerOf(ctx.req));
  }

  @Mutation(() => Boolean, { description: 'Ends the session of this browser.' })
  @Authorize(Rules.anyone())
  async logout(@Context() ctx: RequestContext): Promise<boolean> {
    await this.auth.logout(ctx.req.cookies?.[SESSION_COOKIE]);
    ctx.res.clearCookie(SESSION_COOKIE, { path: '/' });
    return true;
  }

  @Mutation(() => Boolean, { description: 'Changes the password; other sessions of the account are ended.' })
  @Authorize(Rules.signedIn())
  async changePassword(
    @Args('input') input: ChangePasswordInput,
    @CurrentViewer() viewer: Promise<Viewer>,
    @Context() ctx: RequestContext,
  ): Promise<boolean> {
    const { account } = await viewer;
    await this.auth.changePassword(account!, input.currentPassword, input.newPassword, ctx.req.cookies?.[SESSION_COOKIE]);
    return true;
  }

  @Mutation(() => AccountEntity, { description: 'Sets the preferred language of the account.' })
  @Authorize(Rules.signedIn())
  async setLocale(@Args('input') input: SetLocaleInput, @CurrentViewer() viewer: Promise<Viewer>): Promise<AccountEntity> {
    return this.auth.setLocale((await viewer).account!, input.locale);
  }

  @Mutation(() => AreaEntity, { description: 'Redeems an invitation link: sets the password and logs in. Returns the area joined.' })
  @Authorize(Rules.anyone())
  async acceptInvitation(@Args('input') input: AcceptInvitationInput, @Context() ctx: RequestContext): Promise<AreaEntity> {
    const { token, area } = await this.auth.acceptInvitation(input.token, input.password);
    ctx.res.cookie(SESSION_COOKIE, token, this.cookieOptions());
    return area;
  }
}
