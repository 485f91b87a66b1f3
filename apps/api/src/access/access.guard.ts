import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { forbidden, unauthenticated } from '../common/errors/domain.exception';
import { AccessPolicy } from './access.policy';
import { AUTHORIZE_KEY, Rule } from './authorize.decorator';
import { RequestContext } from './request-context';
import { ViewerService } from './viewer.service';

/**
 * Runs the rule declared with @Authorize on every query, mutation and HTTP handler. No rule, no
 * access: a handler someone forgot to declare is refused rather than left open.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly viewers: ViewerService,
    private readonly policy: AccessPolicy,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const rule = this.reflector.get<Rule | undefined>(AUTHORIZE_KEY, context.getHandler());
    let req: RequestContext['req'];
    let args: Record<string, unknown>;
    if (context.getType<string>() === 'graphql') {
      const gql = GqlExecutionContext.create(context);
      req = gql.getContext<RequestContext>().req;
      args = gql.getArgs<Record<string, unknown>>();
    } else {
      req = context.switchToHttp().getRequest<RequestContext['req']>();
      args = { ...req.params, ...(req.query as Record<string, unknown>) };
    }
    const viewer = await this.viewers.viewerOf(req);
    if (rule && (await rule({ viewer, args, policy: this.policy }))) return true;
    throw viewer.account || !rule ? forbidden() : unauthenticated();
  }
}
