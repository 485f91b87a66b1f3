import DataLoader from 'dataloader';
import { RequestContext } from '../access/request-context';
import { AccessPolicy } from '../access/access.policy';
import { Viewer } from '../access/viewer';
import { DevelopmentIntentionEntity } from './development-intention.entity';
import { PRIVATE_STATES } from './intention.enums';

/**
 * The one rule of who sees an intention: submitted ones (and later states) every member of its
 * area; drafts and withdrawn drafts only the staff of the owning provider organisation.
 * `ownOrganisations` are the viewer's provider organisations (AccessPolicy.providerOrganisations).
 */
export function intentionVisible(
  viewer: Viewer | undefined,
  ownOrganisations: readonly string[],
  intention: Pick<DevelopmentIntentionEntity, 'areaId' | 'state' | 'organisationId'>,
): boolean {
  if (!viewer?.person || !viewer.area || viewer.area.id !== intention.areaId) return false;
  return !PRIVATE_STATES.includes(intention.state) || ownOrganisations.includes(intention.organisationId);
}

/** The viewer's provider organisations, asked once per request. */
export async function ownProviderOrganisations(ctx: RequestContext, policy: AccessPolicy): Promise<{ viewer: Viewer | undefined; own: string[] }> {
  const viewer = await ctx.req.komplan?.viewer;
  if (!viewer?.person || !viewer.area) return { viewer, own: [] };
  const loader = ctx.loaders.custom('providerOrganisations', () => new DataLoader<string, string[]>(async (keys) => {
    const own = await policy.providerOrganisations(viewer);
    return keys.map(() => own);
  }));
  return { viewer, own: await loader.load(viewer.person.id) };
}

/** Only the intentions the viewer may see, in the given order. */
export async function visibleIntentions(
  ctx: RequestContext,
  policy: AccessPolicy,
  intentions: readonly (DevelopmentIntentionEntity | null | Error)[],
): Promise<DevelopmentIntentionEntity[]> {
  const { viewer, own } = await ownProviderOrganisations(ctx, policy);
  return intentions.filter(
    (intention): intention is DevelopmentIntentionEntity => intention instanceof DevelopmentIntentionEntity && intentionVisible(viewer, own, intention),
  );
}
