import { randomBytes } from 'node:crypto';
import { DataSource, EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { AreaEntity } from '../areas/area.entity';
import { AccountEntity } from '../auth/account.entity';
import { hashPassword } from '../auth/passwords';
import { DevelopmentIntentionEntity } from '../intentions/development-intention.entity';
import { IntentionCallEntity } from '../intentions/intention-call.entity';
import { IntentionHistoryEntity } from '../intentions/intention-history.entity';
import { ActivityEntity } from '../measures/activity.entity';
import { MeasureCostEntity } from '../measures/measure-cost.entity';
import { MeasureIndicatorEntity } from '../measures/measure-indicator.entity';
import { MeasurePartnerEntity, MeasureProposerEntity } from '../measures/measure-links.entity';
import { MeasureStateChangeEntity } from '../measures/measure-state-change.entity';
import { MeasureEntity } from '../measures/measure.entity';
import { SocialServiceEntity } from '../services/social-service.entity';
import { GoalEntity } from '../strategy/goal.entity';
import { PriorityEntity } from '../strategy/priority.entity';
import { StrategicPlanEntity } from '../strategy/strategic-plan.entity';
import { GroupMembershipEntity } from '../groups/group-membership.entity';
import { WorkingGroupEntity } from '../groups/working-group.entity';
import { AgendaItemEntity } from '../meetings/agenda-item.entity';
import { DecisionEntity } from '../meetings/decision.entity';
import { MeetingGuestEntity } from '../meetings/meeting-guest.entity';
import { MeetingInvitationEntity } from '../meetings/meeting-invitation.entity';
import { MeetingEntity } from '../meetings/meeting.entity';
import { MinutesEntity } from '../meetings/minutes.entity';
import { OrganisationMembershipEntity } from '../organisations/organisation-membership.entity';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { PersonEntity } from '../people/person.entity';
import { FundedProjectEntity } from '../trainings/funded-project.entity';
import { loadDemoActionPlan } from './demo-action-plan';
import { loadDemoMonitoring } from './demo-monitoring';
import { DEMO_LOGIN_PEOPLE } from './demo-catalogue';
import { buildDemoWorld, DEMO_AREA_SLUG } from './demo-world';
import { loadDemoPractices } from '../practices/demo-practices';

export { DEMO_AREA_SLUG } from './demo-world';

export const DEMO_LOGINS: { password: string; accounts: { email: string; who: string }[] } = {
  password: 'komplan-demo',
  accounts: DEMO_LOGIN_PEOPLE.map(({ email, who }) => ({ email, who })),
};

export interface LoadDemoOptions {
  /** The moment the demo is built around (a year of history before it); now by default. */
  now?: Date;
}

/** Rows per INSERT statement: well under PostgreSQL's 65 535 parameters for the widest table. */
const BATCH = 500;

async function insertAll<E extends ObjectLiteral>(tx: EntityManager, entity: EntityTarget<E>, rows: readonly object[]): Promise<void> {
  const repository = tx.getRepository(entity);
  for (let start = 0; start < rows.length; start += BATCH) {
    await repository.insert(rows.slice(start, start + BATCH) as E[]);
  }
}

/**
 * Loads the demo planning area "plzen" — a city with its organisations, about 150 people, a
 * management team, five working groups, a year of meetings, the adopted medium-term plan with its
 * measures, the providers' services and their development intentions — once, in one transaction.
 * Returns false (and changes nothing) when the area is already there.
 */
export async function loadDemoData(db: DataSource, options: LoadDemoOptions = {}): Promise<boolean> {
  if (await db.getRepository(AreaEntity).existsBy({ slug: DEMO_AREA_SLUG })) return false;
  // One hash for every demo account: argon2 is slow on purpose.
  const passwordHash = await hashPassword(DEMO_LOGINS.password);
  const world = buildDemoWorld({
    now: options.now ?? new Date(),
    passwordHash,
    calendarToken: () => randomBytes(24).toString('hex'),
  });
  await db.transaction(async (tx) => {
    await insertAll(tx, AreaEntity, [world.area]);
    await insertAll(tx, AccountEntity, world.accounts);
    await insertAll(tx, PersonEntity, world.people);
    await insertAll(tx, OrganisationEntity, world.organisations);
    await insertAll(tx, OrganisationMembershipEntity, world.organisationMemberships);
    await insertAll(tx, WorkingGroupEntity, world.groups);
    await insertAll(tx, GroupMembershipEntity, world.groupMemberships);
    await insertAll(tx, FundedProjectEntity, world.fundedProjects);
    await insertAll(tx, MeetingEntity, world.meetings);
    await insertAll(tx, MeetingInvitationEntity, world.invitations);
    await insertAll(tx, MeetingGuestEntity, world.guests);
    await insertAll(tx, MinutesEntity, world.minutes);
    await insertAll(tx, DecisionEntity, world.decisions);
    await insertAll(tx, StrategicPlanEntity, world.plans);
    await insertAll(tx, PriorityEntity, world.priorities);
    await insertAll(tx, GoalEntity, world.goals);
    await insertAll(tx, MeasureEntity, world.measures);
    await insertAll(tx, MeasureProposerEntity, world.measureProposers);
    await insertAll(tx, MeasurePartnerEntity, world.measurePartners);
    await insertAll(tx, MeasureCostEntity, world.measureCosts);
    await insertAll(tx, MeasureIndicatorEntity, world.measureIndicators);
    await insertAll(tx, MeasureStateChangeEntity, world.measureStateChanges);
    await insertAll(tx, ActivityEntity, world.activities);
    await insertAll(tx, SocialServiceEntity, world.services);
    await insertAll(tx, IntentionCallEntity, world.intentionCalls);
    await insertAll(tx, DevelopmentIntentionEntity, world.intentions);
    await insertAll(tx, IntentionHistoryEntity, world.intentionHistory);
    // Agenda items point at measures and intentions.
    await insertAll(tx, AgendaItemEntity, world.agendaItems);
    const coordinator = world.people.find((person) => person.email === 'koordinator@plzen.example');
    if (world.plans[0] && coordinator) {
      await loadDemoActionPlan(tx, { areaId: world.area.id, strategicPlan: world.plans[0] as StrategicPlanEntity, coordinatorId: coordinator.id, now: options.now ?? new Date() });
      await loadDemoMonitoring(tx, { areaId: world.area.id, strategicPlan: world.plans[0], coordinatorId: coordinator.id, now: options.now ?? new Date() });
    }
    await loadDemoPractices(tx, { areaId: world.area.id, coordinatorId: coordinator?.id ?? null, now: options.now ?? new Date() });
  });
  return true;
}
