import { SetMetadata } from '@nestjs/common';
import { AccessPolicy } from './access.policy';
import { Viewer } from './viewer';

export const AUTHORIZE_KEY = 'komplan:authorize';

/** What a rule sees: the viewer, the arguments of the call and the policy that answers questions. */
export interface AccessCheck<Args = Record<string, unknown>> {
  viewer: Viewer;
  args: Args;
  policy: AccessPolicy;
}

export type Rule<Args = Record<string, unknown>> = (check: AccessCheck<Args>) => Promise<boolean> | boolean;

/**
 * Declares who may call a query, mutation or HTTP handler. The AccessGuard evaluates the rule on
 * the server for the object at hand; handlers without a declared rule are refused.
 */
export const Authorize = <Args>(rule: Rule<Args>) => SetMetadata(AUTHORIZE_KEY, rule);
