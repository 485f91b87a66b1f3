import { DataSource } from 'typeorm';
import { ActionPlanVersionEntity } from '../src/action-plans/action-plan-version.entity';
import { AreaEntity } from '../src/areas/area.entity';
import { CommentRoundEntity } from '../src/comments/comment-round.entity';
import { CommentEntity } from '../src/comments/comment.entity';
import { CommentAudience, CommentStance, CommentTarget, SettlementOutcome } from '../src/comments/comment.enums';
import { GqlClient } from './harness';

export const PLAN_FIELDS = `id year title state strategicPlan { id }
  draft { id number state sections { id lineageId kind position title body revision } measures { id measureId number title } }
  versions { id number state }`;

export interface PlanView {
  id: string;
  year: number;
  title: string;
  state: string;
  draft: {
    id: string;
    number: number;
    state: string;
    sections: { id: string; lineageId: string; kind: string; position: number; title: string; body: string; revision: number }[];
    measures: { id: string; measureId: string; number: string; title: string }[];
  } | null;
  versions: { id: string; number: number; state: string }[];
}

/** Starts an action plan through the API as `client` (the area coordinator). */
export async function createActionPlan(client: GqlClient, strategicPlanId: string, year: number, title = `Akční plán ${year}`): Promise<PlanView> {
  const data = await client.ok<{ createActionPlan: PlanView }>(
    `mutation($input: CreateActionPlanInput!) { createActionPlan(input: $input) { ${PLAN_FIELDS} } }`,
    { input: { strategicPlanId, year, title } },
  );
  return data.createActionPlan;
}

/** Issues a draft through the API. */
export async function issueVersion(client: GqlClient, versionId: string, changeNote = 'Verze k připomínkám'): Promise<void> {
  await client.ok(`mutation($input: IssueActionPlanVersionInput!) { issueActionPlanVersion(input: $input) { id } }`, { input: { versionId, changeNote } });
}

/** A comment round on a version with one comment, straight into the database (another capability runs rounds). */
export async function commentOn(
  db: DataSource,
  area: AreaEntity,
  version: Pick<ActionPlanVersionEntity, 'id'>,
  options: { body?: string; authorId: string; outcome?: SettlementOutcome | null; sectionId?: string | null },
): Promise<CommentEntity> {
  const round = await db.getRepository(CommentRoundEntity).save({
    areaId: area.id,
    versionId: version.id,
    title: 'Připomínky k verzi',
    instructions: '',
    audience: CommentAudience.AREA_MEMBERS,
    opensAt: new Date(Date.now() - 86_400_000),
    closesAt: new Date(Date.now() - 3_600_000),
    settledAt: null,
    settledById: null,
    createdById: null,
  } as Partial<CommentRoundEntity>);
  const outcome = options.outcome === undefined ? SettlementOutcome.ACCEPTED : options.outcome;
  return db.getRepository(CommentEntity).save({
    areaId: area.id,
    roundId: round.id,
    parentId: null,
    threadId: null,
    target: options.sectionId ? CommentTarget.SECTION : CommentTarget.DRAFT,
    sectionId: options.sectionId ?? null,
    stance: CommentStance.OBJECTION,
    body: options.body ?? 'Prosíme doplnit kapacitu odlehčovací služby.',
    authorId: options.authorId,
    outcome,
    justification: outcome ? 'Doplněno.' : null,
    settledAt: outcome ? new Date() : null,
  } as Partial<CommentEntity>);
}
