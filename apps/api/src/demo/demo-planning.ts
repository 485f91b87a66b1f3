import { formatHundredths } from '../common/money';
import { DevelopmentIntentionEntity } from '../intentions/development-intention.entity';
import { IntentionCallEntity } from '../intentions/intention-call.entity';
import { IntentionHistoryEntity } from '../intentions/intention-history.entity';
import { IntentionKind, IntentionState } from '../intentions/intention.enums';
import { ActivityEntity } from '../measures/activity.entity';
import { MeasureCostEntity } from '../measures/measure-cost.entity';
import { MeasureIndicatorEntity } from '../measures/measure-indicator.entity';
import { MeasurePartnerEntity, MeasureProposerEntity } from '../measures/measure-links.entity';
import { MeasureStateChangeEntity } from '../measures/measure-state-change.entity';
import { MeasureState } from '../measures/measure.enums';
import { MeasureEntity } from '../measures/measure.entity';
import { MeetingEntity } from '../meetings/meeting.entity';
import { SocialServiceEntity } from '../services/social-service.entity';
import { GoalEntity } from '../strategy/goal.entity';
import { PriorityEntity } from '../strategy/priority.entity';
import { StrategicPlanEntity } from '../strategy/strategic-plan.entity';
import { PlanStatus } from '../strategy/strategy.enums';
import { dateParts, dayOf, isoDate, pragueDay } from './demo-calendar';
import { GroupKey } from './demo-catalogue';
import { OPINION_REASONS, OUTCOME_REASONS, PLAN_DESCRIPTION, PLAN_PRIORITIES } from './demo-plan-texts';
import { DemoRandom } from './demo-random';
import { DEMO_INTENTIONS, DEMO_SERVICES } from './demo-services';

type Row<E, Relations extends keyof E = never> = Omit<E, 'area' | Relations>;

/** The planning content of the demo: the medium-term plan, the services register, the intentions. */
export interface DemoPlanning {
  plans: Row<StrategicPlanEntity>[];
  priorities: Row<PriorityEntity, 'plan'>[];
  goals: Row<GoalEntity, 'plan' | 'priority'>[];
  measures: Row<MeasureEntity, 'plan' | 'goal' | 'responsibleOrganisation' | 'mergedInto' | 'proposedBy'>[];
  measureProposers: Row<MeasureProposerEntity, 'measure' | 'group'>[];
  measurePartners: Row<MeasurePartnerEntity, 'measure' | 'organisation'>[];
  measureCosts: Row<MeasureCostEntity, 'measure'>[];
  measureIndicators: Row<MeasureIndicatorEntity, 'measure'>[];
  measureStateChanges: Row<MeasureStateChangeEntity, 'measure' | 'changedBy' | 'mergedInto'>[];
  activities: Row<ActivityEntity, 'plan' | 'measure'>[];
  services: Row<SocialServiceEntity, 'organisation'>[];
  intentionCalls: Row<IntentionCallEntity>[];
  intentions: Row<DevelopmentIntentionEntity, 'organisation' | 'service' | 'reviewingGroup' | 'opinionMeeting'>[];
  intentionHistory: Row<IntentionHistoryEntity, 'intention' | 'person'>[];
}

export interface DemoPlanningContext {
  areaId: string;
  /** Today (Prague day number); nothing is dated on or after its start. */
  today: number;
  at: (day: number, hour?: number, minute?: number) => Date;
  orgId: (key: string) => string;
  /** Identifiers of the working groups and their coordinators. */
  groups: Record<GroupKey, { id: string; coordinatorId: string }>;
  /** The area coordinator (forwards intentions, records outcomes, starts measures). */
  areaCoordinatorId: string;
  /** Someone who works for the provider on the given day and submits its intentions. */
  providerStaff: (orgKey: string, day: number) => string;
  meetings: readonly Pick<MeetingEntity, 'id' | 'groupId' | 'startsAt' | 'endsAt'>[];
}

const S = MeasureState;
const DAY = 86400000;
const HOUR = 3600000;

/** Kč as the hundredths text of a numeric(…, 2) column: 640000 → "640000.00". */
const koruny = (amount: number) => formatHundredths(BigInt(Math.round(amount)) * 100n);

export function buildDemoPlanning(ctx: DemoPlanningContext): DemoPlanning {
  const rng = new DemoRandom('komplan-demo-planning');
  const ids = new DemoRandom('komplan-demo-planning-ids');
  const { areaId, today, at } = ctx;
  const { year } = dateParts(today);
  const cutoff = at(today, 0).getTime();
  /** An instant strictly after `after` and before the start of today. */
  const clamp = (wanted: Date, after: Date) => new Date(Math.max(after.getTime() + HOUR, Math.min(wanted.getTime(), cutoff - HOUR)));

  const out: DemoPlanning = {
    plans: [], priorities: [], goals: [], measures: [], measureProposers: [], measurePartners: [], measureCosts: [], measureIndicators: [],
    measureStateChanges: [], activities: [], services: [], intentionCalls: [], intentions: [], intentionHistory: [],
  };

  // ---- the medium-term plan: this year in the middle of its period, adopted in December before it -----------
  const fromYear = year - 1;
  const toYear = year + 1;
  const planCreated = at(dayOf(year - 2, 3, 2), 9);
  const adoptedAt = at(dayOf(year - 2, 12, 9), 15);
  const plan: Row<StrategicPlanEntity> = {
    id: ids.uuid(),
    areaId,
    createdAt: planCreated,
    title: `Střednědobý plán rozvoje sociálních služeb města Plzně ${fromYear}–${toYear}`,
    description: PLAN_DESCRIPTION,
    fromYear,
    toYear,
    status: PlanStatus.ADOPTED,
    adoptedAt,
  };
  out.plans.push(plan);

  // Outcome of each measure that stays in the plan, in a fixed rhythm so that every state occurs.
  type Outcome = 'IP' | 'ACC' | 'FUL' | 'PART' | 'NOT';
  const RHYTHM: readonly Outcome[] = ['IP', 'IP', 'ACC', 'IP', 'FUL', 'IP', 'ACC', 'PART', 'IP', 'IP', 'FUL', 'NOT'];
  let beat = 0;

  PLAN_PRIORITIES.forEach((priorityText, p) => {
    const priority = { id: ids.uuid(), areaId, createdAt: new Date(planCreated.getTime() + (p + 1) * 60000), planId: plan.id, position: p + 1, title: priorityText.title, description: priorityText.description };
    out.priorities.push(priority);
    priorityText.goals.forEach((goalText, g) => {
      const goal = {
        id: ids.uuid(), areaId, createdAt: new Date(priority.createdAt.getTime() + (g + 1) * 1000), planId: plan.id, priorityId: priority.id,
        position: g + 1, title: goalText.title, description: goalText.description,
      };
      out.goals.push(goal);
      const inGoal: { id: string; org: string; state: MeasureState; createdAt: Date }[] = [];
      goalText.measures.forEach((text, m) => {
        const id = ids.uuid();
        const group = ctx.groups[text.groups[0]!];
        const history: { to: MeasureState; at: Date; by: string; reason: string; mergedIntoId: string | null }[] = [];
        const change = (to: MeasureState, when: Date, by = group.coordinatorId, reason = '', mergedIntoId: string | null = null) => {
          const previous = history.at(-1)?.at;
          history.push({ to, at: previous ? clamp(when, previous) : when, by, reason, mergedIntoId });
        };
        let timeline: [number, number];
        let mergedIntoId: string | null = null;
        if (text.fresh) {
          // Proposed lately for the plan's update: for next year.
          timeline = [year + 1, year + 1];
          if (text.fresh === 'PROPOSED') {
            change(S.PROPOSED, at(today - rng.int(10, 40), rng.int(9, 15), rng.int(0, 59)));
          } else {
            change(S.PROPOSED, at(today - rng.int(50, 80), rng.int(9, 15), rng.int(0, 59)));
            change(S.UNDER_DISCUSSION, at(today - rng.int(5, 20), rng.int(9, 15)));
          }
        } else {
          const proposed = at(dayOf(year - 2, 4, 1) + rng.int(0, 75), rng.int(9, 15), rng.int(0, 59));
          const discussed = at(dayOf(year - 2, 4, 1) + 80 + rng.int(0, 40), rng.int(9, 15));
          change(S.PROPOSED, proposed);
          const decided = at(dayOf(year - 2, 9, 1) + rng.int(0, 45), rng.int(9, 15));
          if (text.closed) {
            timeline = [fromYear + rng.int(0, 1), toYear];
            if (text.closed.state === 'WITHDRAWN' && rng.chance(0.5)) {
              change(S.WITHDRAWN, discussed, group.coordinatorId, text.closed.reason);
            } else {
              change(S.UNDER_DISCUSSION, discussed);
              if (text.closed.state === 'MERGED') {
                const target = inGoal.find((other) => other.org === text.org && other.state !== S.MERGED) ?? inGoal.at(-1);
                if (!target) throw new Error(`Nothing to merge the demo measure "${text.title}" into`);
                mergedIntoId = target.id;
              }
              change(S[text.closed.state], decided, group.coordinatorId, text.closed.reason, mergedIntoId);
            }
          } else {
            const outcome = text.outcome ?? RHYTHM[beat++ % RHYTHM.length]!;
            change(S.UNDER_DISCUSSION, discussed);
            change(S.ACCEPTED, decided);
            if (outcome === 'ACC') {
              timeline = [year + 1, year + 1];
            } else if (outcome === 'IP') {
              const start = rng.chance(0.6) ? year - 1 : year;
              timeline = [start, rng.chance(0.7) ? year + 1 : year];
              change(S.IN_PROGRESS, at(dayOf(start, 1, 12) + rng.int(0, 30), 10), ctx.areaCoordinatorId);
            } else {
              timeline = [year - 1, year - 1];
              change(S.IN_PROGRESS, at(dayOf(year - 1, 1, 12) + rng.int(0, 30), 10), ctx.areaCoordinatorId);
              const evaluation = outcome === 'FUL' ? S.FULFILLED : outcome === 'PART' ? S.PARTLY_FULFILLED : S.NOT_FULFILLED;
              const reason =
                outcome === 'FUL'
                  ? 'Vyhodnocení akčního plánu: cílová hodnota ukazatele byla dosažena.'
                  : outcome === 'PART'
                    ? 'Vyhodnocení akčního plánu: opatření realizováno zčásti, cílová hodnota ukazatele nebyla plně dosažena.'
                    : 'Vyhodnocení akčního plánu: opatření nebylo realizováno pro nedostatek finančních prostředků.';
              change(evaluation, at(dayOf(year, 2, 10) + rng.int(0, 20), 10), ctx.areaCoordinatorId, reason);
            }
          }
        }
        const state = history.at(-1)!.to;
        const createdAt = history[0]!.at;
        inGoal.push({ id, org: text.org, state, createdAt });
        out.measures.push({
          id, areaId, createdAt, planId: plan.id, goalId: goal.id, position: m + 1,
          title: text.title, description: text.description, rationale: text.rationale, targetGroups: [...text.targetGroups],
          responsibleOrganisationId: ctx.orgId(text.org), fromYear: timeline[0], toYear: timeline[1], state, mergedIntoId,
          proposedById: group.coordinatorId,
        });
        let previous: MeasureState | null = null;
        for (const step of history) {
          out.measureStateChanges.push({
            id: ids.uuid(), measureId: id, fromState: previous, toState: step.to, changedById: step.by, changedAt: step.at, reason: step.reason, mergedIntoId: step.mergedIntoId,
          });
          previous = step.to;
        }
        for (const key of text.groups) out.measureProposers.push({ measureId: id, groupId: ctx.groups[key].id });
        for (const key of text.partners) out.measurePartners.push({ measureId: id, organisationId: ctx.orgId(key) });
        for (let y = timeline[0]; y <= timeline[1]; y += 1) {
          for (const [source, share] of text.funding) {
            // Thousands of Kč, a little more each year.
            const thousands = Math.round((text.cost * share * (1 + 0.03 * (y - timeline[0]))) / 100);
            out.measureCosts.push({ id: ids.uuid(), measureId: id, year: y, source, amountMinor: (BigInt(thousands) * 100000n).toString() });
          }
        }
        const [name, unit, baseline, target] = text.indicator;
        out.measureIndicators.push({ id: ids.uuid(), measureId: id, position: 1, name, unit, baseline, target });
        (text.activities ?? []).forEach((title, index) => {
          out.activities.push({
            id: ids.uuid(), areaId, createdAt: new Date(history.find((step) => step.to === S.ACCEPTED)?.at.getTime() ?? createdAt.getTime()),
            planId: plan.id, measureId: id, position: index + 1, title, description: '',
          });
        });
      });
    });
  });

  // ---- the services register ----------------------------------------------------------------------
  const registered = new Set<string>();
  const serviceIds = new Map<string, string>();
  for (const service of DEMO_SERVICES) {
    let registrationId = '';
    do registrationId = String(rng.int(1000000, 9999999));
    while (registered.has(registrationId));
    registered.add(registrationId);
    const id = ids.uuid();
    serviceIds.set(service.key, id);
    out.services.push({
      id, areaId, createdAt: at(today - rng.int(700, 1000), 10, rng.int(0, 59)), organisationId: ctx.orgId(service.org), type: service.type, registrationId,
      name: service.name, targetGroups: [...service.targetGroups], form: service.form, capacity: service.capacity, capacityUnit: service.unit,
      areaServed: service.areaServed, contact: `${service.address}, tel. +420 377 ${rng.int(100, 999)} ${rng.int(100, 999)}`,
    });
  }

  // ---- development intentions: the decided call of this year and the open call for next year -----------
  const lastDeadline = today - 300;
  const nextDeadline = today + 45;
  out.intentionCalls.push(
    { id: ids.uuid(), areaId, createdAt: at(lastDeadline - 120, 9), year, deadline: isoDate(lastDeadline) },
    { id: ids.uuid(), areaId, createdAt: at(today - 90, 9), year: year + 1, deadline: isoDate(nextDeadline) },
  );
  const groupMeetings = (groupId: string) => ctx.meetings.filter((m) => m.groupId === groupId && m.endsAt.getTime() < cutoff).sort((x, y) => x.startsAt.getTime() - y.startsAt.getTime());
  const opinionIndex = { recommended: 0, notRecommended: 0 };
  for (const spec of DEMO_INTENTIONS) {
    const id = ids.uuid();
    const group = ctx.groups[spec.group];
    const meetings = groupMeetings(group.id);
    const reviewed = ![IntentionState.DRAFT, IntentionState.WITHDRAWN, IntentionState.SUBMITTED].includes(spec.state);
    // When the group gave its opinion: at a meeting after the deadline (this year's call) or the last one (next year's).
    let meeting: (typeof meetings)[number] | undefined;
    let opinionAt: Date | null = null;
    if (reviewed) {
      meeting = spec.perRollam
        ? undefined
        : spec.call === 'LAST'
          ? meetings.find((m) => m.startsAt.getTime() > at(lastDeadline + 5).getTime())
          : meetings.filter((m) => m.startsAt.getTime() > at(today - 60).getTime()).at(-1);
      opinionAt = meeting ? new Date(meeting.endsAt.getTime() - 15 * 60000) : at(spec.call === 'LAST' ? lastDeadline + 30 : today - rng.int(3, 8), 12);
    }
    let submittedDay: number | null = null;
    if (spec.state !== IntentionState.DRAFT && spec.state !== IntentionState.WITHDRAWN) {
      if (spec.call === 'LAST') submittedDay = lastDeadline - rng.int(1, 20);
      else submittedDay = opinionAt ? pragueDay(opinionAt) - rng.int(5, 15) : today - rng.int(2, 25);
    }
    const createdDay = (submittedDay ?? today - (spec.state === IntentionState.WITHDRAWN ? 60 : rng.int(8, 40))) - rng.int(10, 30);
    const author = ctx.providerStaff(spec.org, createdDay);
    const history: { from: IntentionState | null; to: IntentionState; at: Date; by: string; reason: string }[] = [];
    const step = (from: IntentionState | null, to: IntentionState, when: Date, by: string, reason = '') => {
      const previous = history.at(-1)?.at;
      history.push({ from, to, at: previous ? clamp(when, previous) : when, by, reason });
    };
    step(null, IntentionState.DRAFT, at(createdDay, rng.int(8, 15), rng.int(0, 59)), author);
    if (rng.chance(0.6)) step(IntentionState.DRAFT, IntentionState.DRAFT, at(createdDay + rng.int(1, 6), rng.int(8, 15), rng.int(0, 59)), author);
    if (spec.state === IntentionState.WITHDRAWN) step(IntentionState.DRAFT, IntentionState.WITHDRAWN, at(today - rng.int(5, 20), 11), author, spec.withdrawReason ?? '');
    if (submittedDay !== null) step(IntentionState.DRAFT, IntentionState.SUBMITTED, at(submittedDay, rng.int(8, 15), rng.int(0, 59)), author);
    let opinionReasons: string | null = null;
    if (reviewed) {
      const recommended = spec.state !== IntentionState.NOT_RECOMMENDED;
      const pool = recommended ? OPINION_REASONS.recommended : OPINION_REASONS.notRecommended;
      const key = recommended ? 'recommended' : 'notRecommended';
      opinionReasons = pool[opinionIndex[key]++ % pool.length]!;
      step(IntentionState.SUBMITTED, recommended ? IntentionState.RECOMMENDED : IntentionState.NOT_RECOMMENDED, opinionAt!, group.coordinatorId, opinionReasons);
      if ([IntentionState.FORWARDED, IntentionState.INCLUDED, IntentionState.NOT_INCLUDED].includes(spec.state)) {
        const forwarded = new Date(opinionAt!.getTime() + rng.int(14, 30) * DAY);
        step(IntentionState.RECOMMENDED, IntentionState.FORWARDED, forwarded, ctx.areaCoordinatorId, 'Předáno Krajskému úřadu Plzeňského kraje k aktualizaci krajské sítě.');
        if (spec.state !== IntentionState.FORWARDED) {
          const included = spec.state === IntentionState.INCLUDED;
          step(IntentionState.FORWARDED, spec.state, new Date(forwarded.getTime() + rng.int(60, 120) * DAY), ctx.areaCoordinatorId, included ? OUTCOME_REASONS.included : OUTCOME_REASONS.notIncluded);
        }
      }
    }
    const service = spec.service ? DEMO_SERVICES.find((candidate) => candidate.key === spec.service) : undefined;
    if (spec.service && (!service || service.org !== spec.org)) throw new Error(`The demo intention of ${spec.org} names a service it does not run`);
    const unit = service?.unit ?? spec.newService!.unit;
    const share = (percent: number | undefined) => koruny(Math.floor(((percent ?? 0) * spec.cost) / 100));
    out.intentions.push({
      id, areaId, createdAt: history[0]!.at, organisationId: ctx.orgId(spec.org), kind: spec.kind, state: spec.state,
      serviceId: service ? serviceIds.get(service.key)! : null,
      newServiceType: spec.newService?.type ?? null, newServiceForm: spec.newService?.form ?? null, newServiceName: spec.newService?.name ?? null,
      newServiceTargetGroups: spec.newService ? [...spec.newService.targetGroups] : [],
      currentCapacity: spec.kind === IntentionKind.NEW_SERVICE ? 0 : service!.capacity,
      proposedCapacity: spec.proposed, capacityUnit: unit, fteChange: spec.fte, annualCost: koruny(spec.cost),
      funding: { municipality: share(spec.funding.municipality), region: share(spec.funding.region), state: share(spec.funding.state), eu: share(spec.funding.eu), other: share(spec.funding.other) },
      startYear: spec.call === 'LAST' ? year : year + 1,
      justification: spec.justification,
      reviewingGroupId: group.id,
      opinionReasons,
      opinionMeetingId: meeting?.id ?? null,
      submittedAt: history.find((entry) => entry.to === IntentionState.SUBMITTED)?.at ?? null,
    });
    for (const entry of history) {
      out.intentionHistory.push({ id: ids.uuid(), areaId, createdAt: entry.at, intentionId: id, personId: entry.by, fromState: entry.from, toState: entry.to, reason: entry.reason });
    }
  }
  return out;
}
