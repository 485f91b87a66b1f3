import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { RequestContext } from '../access/request-context';
import { Viewer } from '../access/viewer';

/**
 * The viewer resolved by the AccessGuard for this request (the guard always runs first, so the
 * promise is settled). Usage: `@CurrentViewer() viewer: Promise<Viewer>` — awaited in the handler.
 */
export const CurrentViewer = createParamDecorator((_: unknown, context: ExecutionContext): Promise<Viewer> => {
  const req: RequestContext['req'] =
    context.getType<string>() === 'graphql'
      ? GqlExecutionContext.create(context).getContext<RequestContext>().req
      : context.switchToHttp().getRequest();
  const viewer = req.komplan?.viewer;
  if (!viewer) throw new Error('The AccessGuard did not run before the handler.');
  return viewer;
});
