import { fromMinorUnits, MONEY_PATTERN, parseHundredths } from '../src/common/money';
import { DEMO_AREA_SLUG, DEMO_LOGINS, loadDemoData } from '../src/demo/demo-data';
import { buildDemoWorld } from '../src/demo/demo-world';
import { INTENTION_TRANSITIONS } from '../src/intentions/intention-transitions';
import { IntentionKind, IntentionState } from '../src/intentions/intention.enums';
import { checkTransition } from '../src/measures/measure-lifecycle';
import { MeasureState } from '../src/measures/measure.enums';
import { CapacityUnit, ServiceForm, ServiceType } from '../src/services/service-catalogue';
import { serviceShapeProblems } from '../src/services/service-rules';
import { PlanStatus } from '../src/strategy/strategy.enums';
import { TestApp } from './harness';

const ME = `{ me { person { fullName roles } coordinatedGroupIds } }`;

describe('demo data', () => {
  let t: TestApp;
  let areaId: string;
  /** Rows of a table in the demo area. */
  const count = async (table: string, where = 'TRUE'): Promise<number> => {
    const rows = (await t.db.query(`SELECT count(*)::int AS n FROM ${table} WHERE area_id = $1 AND ${where}`, [areaId])) as { n: number }[];
    return rows[0]!.n;
  };
  const tables = [
    'people', 'organisations', 'organisation_memberships', 'working_groups', 'group_memberships', 'meetings',
    'agenda_items', 'meeting_invitations', 'meeting_guests', 'meeting_minutes', 'meeting_decisions',
    'strategic_plans', 'strategy_priorities', 'strategy_goals', 'measures', 'measure_activities', 'social_services',
    'intention_calls', 'development_intentions', 'intention_history',
  ];
  const snapshot = async () => Object.fromEntries(await Promise.all(tables.map(async (table) => [table, await count(table)] as const)));

  beforeAll(async () => {
    t = await TestApp.start();
  });
  afterAll(() => t.stop());

  it('builds the same city every time on a given day', () => {
    const options = { passwordHash: 'hash', calendarToken: () => 'token' };
    const morning = buildDemoWorld({ ...options, now: new Date('2026-03-10T07:15:00Z') });
    const evening = buildDemoWorld({ ...options, now: new Date('2026-03-10T19:40:00Z') });
    expect(evening).toEqual(morning);
    expect(buildDemoWorld({ ...options, now: new Date('2026-03-11T07:15:00Z') })).not.toEqual(morning);
  });

  it.each(['2026-01-02T08:00:00Z', '2026-07-15T08:00:00Z', '2027-02-28T08:00:00Z', '2028-12-31T08:00:00Z'])(
    'plans measures and intentions that the rules allow whichever day the demo is built (%s)',
    (day) => {
      const now = new Date(day);
      const world = buildDemoWorld({ now, passwordHash: 'hash', calendarToken: () => 'token' });
      const plan = world.plans[0]!;
      expect(plan.fromYear).toBe(now.getUTCFullYear() - 1);
      const measureStates = new Set(world.measures.map((m) => m.state));
      for (const state of Object.values(MeasureState)) expect(measureStates).toContain(state);
      const intentionStates = new Set(world.intentions.map((i) => i.state));
      for (const state of Object.values(IntentionState)) expect(intentionStates).toContain(state);
      for (const measure of world.measures) {
        const steps = world.measureStateChanges.filter((c) => c.measureId === measure.id);
        steps.slice(1).forEach((step, index) => {
          const before = steps[index]!;
          expect(step.changedAt.getTime()).toBeGreaterThan(before.changedAt.getTime());
          const planStatus = step.changedAt.getTime() >= plan.adoptedAt!.getTime() ? PlanStatus.ADOPTED : PlanStatus.DRAFT;
          expect(() => checkTransition({ from: step.fromState!, to: step.toState, planStatus, reason: step.reason, mergedIntoId: step.mergedIntoId })).not.toThrow();
        });
        expect(steps.at(-1)!.toState).toBe(measure.state);
        expect(steps.at(-1)!.changedAt.getTime()).toBeLessThan(now.getTime());
      }
      for (const intention of world.intentions) {
        const steps = world.intentionHistory.filter((h) => h.intentionId === intention.id);
        steps.slice(1).forEach((step, index) => expect(step.createdAt.getTime()).toBeGreaterThan(steps[index]!.createdAt.getTime()));
        expect(steps.at(-1)!.toState).toBe(intention.state);
        expect(steps.at(-1)!.createdAt.getTime()).toBeLessThan(now.getTime());
        const call = world.intentionCalls.find((c) => c.year === intention.startYear)!;
        if (intention.submittedAt) expect(intention.submittedAt.toISOString().slice(0, 10) <= call.deadline).toBe(true);
      }
    },
  );

  it('loads a year of community planning in one go', async () => {
    const started = Date.now();
    expect(await loadDemoData(t.db)).toBe(true);
    expect(Date.now() - started).toBeLessThan(15000);

    const rows = (await t.db.query(`SELECT id FROM areas WHERE slug = $1`, [DEMO_AREA_SLUG])) as { id: string }[];
    areaId = rows[0]!.id;
    expect(await count('working_groups')).toBe(6);
    expect(await count('working_groups', `kind = 'MANAGEMENT_TEAM'`)).toBe(1);
    expect(await count('people')).toBeGreaterThanOrEqual(130);
    expect(await count('people')).toBeLessThanOrEqual(170);
    expect(await count('organisations')).toBeGreaterThanOrEqual(35);
    expect(await count('organisations')).toBeLessThanOrEqual(45);
    for (const side of ['COMMISSIONER', 'PROVIDER', 'USER']) expect(await count('organisations', `side = '${side}'`)).toBeGreaterThan(5);
    expect(await count('meetings')).toBeGreaterThan(50);
    expect(await count('meetings', `starts_at > now()`)).toBeGreaterThanOrEqual(6);
    expect(await count('meeting_minutes', `status = 'PUBLISHED'`)).toBeGreaterThan(40);
    expect(await count('meeting_minutes', `status = 'DRAFT'`)).toBe(1);
    expect(await count('meeting_invitations', `attendance = 'PRESENT'`)).toBeGreaterThan(500);
    expect(await count('meeting_invitations', `reply = 'PENDING' AND attendance IS NULL`)).toBeGreaterThan(0);
    expect(await count('meeting_decisions')).toBeGreaterThan(50);
  });

  it('gives every working group a coordinator, 15–30 members and one former member', async () => {
    const groups = (await t.db.query(
      `SELECT g.name,
              count(*) FILTER (WHERE m.left_at IS NULL)::int AS active,
              count(*) FILTER (WHERE m.left_at IS NOT NULL)::int AS former,
              count(*) FILTER (WHERE m.role = 'COORDINATOR' AND m.left_at IS NULL)::int AS coordinators
         FROM working_groups g JOIN group_memberships m ON m.group_id = g.id
        WHERE g.area_id = $1 AND g.kind = 'TARGET_GROUP' GROUP BY g.name`,
      [areaId],
    )) as { name: string; active: number; former: number; coordinators: number }[];
    expect(groups.map((g) => g.name).sort()).toEqual([
      'Národnostní menšiny a cizinci',
      'Osoby ohrožené sociálním vyloučením',
      'Osoby se zdravotním postižením',
      'Rodina, děti a mládež',
      'Senioři',
    ]);
    for (const group of groups) {
      expect(group.active).toBeGreaterThanOrEqual(15);
      expect(group.active).toBeLessThanOrEqual(30);
      expect(group.former).toBe(1);
      expect(group.coordinators).toBe(1);
    }
  });

  it('schedules meetings in Prague working hours, summer time and winter time alike', async () => {
    const hours = (await t.db.query(
      `SELECT DISTINCT extract(hour FROM starts_at AT TIME ZONE timezone)::int AS hour,
              extract(isodow FROM starts_at AT TIME ZONE timezone)::int AS weekday
         FROM meetings WHERE area_id = $1`,
      [areaId],
    )) as { hour: number; weekday: number }[];
    for (const { hour, weekday } of hours) {
      expect(hour).toBeGreaterThanOrEqual(8);
      expect(hour).toBeLessThanOrEqual(16);
      expect(weekday).toBeLessThanOrEqual(5);
    }
    // Both offsets occur: the instants were computed for the day, not with one fixed offset.
    const offsets = (await t.db.query(
      `SELECT DISTINCT extract(hour FROM (starts_at AT TIME ZONE 'Europe/Prague') - (starts_at AT TIME ZONE 'UTC'))::int AS offset
         FROM meetings WHERE area_id = $1 ORDER BY 1`,
      [areaId],
    )) as { offset: number }[];
    expect(offsets.map((o) => o.offset)).toEqual([1, 2]);
  });

  it('records attendance for the organisation the person belonged to on the day', async () => {
    const wrong = (await t.db.query(
      `SELECT count(*)::int AS n
         FROM meeting_invitations i JOIN meetings m ON m.id = i.meeting_id
        WHERE i.area_id = $1 AND i.organisation_id IS NOT NULL AND NOT EXISTS (
              SELECT 1 FROM organisation_memberships om
               WHERE om.person_id = i.person_id AND om.organisation_id = i.organisation_id
                 AND om.since <= (m.starts_at AT TIME ZONE m.timezone)::date
                 AND (om.until IS NULL OR om.until >= (m.starts_at AT TIME ZONE m.timezone)::date))`,
      [areaId],
    )) as { n: number }[];
    expect(wrong[0]!.n).toBe(0);
    expect(await count('organisation_memberships', 'until IS NOT NULL')).toBeGreaterThanOrEqual(3);
    // Someone who changed jobs came for the old organisation before and for the new one after.
    const movers = (await t.db.query(
      `SELECT person_id FROM meeting_invitations
        WHERE area_id = $1 AND attendance = 'PRESENT' GROUP BY person_id HAVING count(DISTINCT organisation_id) > 1`,
      [areaId],
    )) as unknown[];
    expect(movers.length).toBeGreaterThanOrEqual(1);
  });

  it('has public meetings with published minutes for the public page', async () => {
    const rows = (await t.db.query(
      `SELECT count(*)::int AS n FROM meetings m JOIN meeting_minutes mm ON mm.meeting_id = m.id
        WHERE m.area_id = $1 AND m.is_public AND mm.status = 'PUBLISHED' AND m.starts_at < now()`,
      [areaId],
    )) as { n: number }[];
    expect(rows[0]!.n).toBeGreaterThanOrEqual(5);
    expect(await count('meetings', `kind = 'PUBLIC_FORUM' AND is_public`)).toBe(2);
    expect(await count('meetings', `kind = 'TRAINING' AND title LIKE 'Cyklus seminářů: Zákon o sociálních službách v praxi%'`)).toBe(4);
  });

  it('holds an adopted medium-term plan of five priorities and about sixty measures in every state', async () => {
    const plans = (await t.db.query(`SELECT id, title, from_year, to_year, status, adopted_at FROM strategic_plans WHERE area_id = $1`, [areaId])) as {
      id: string; title: string; from_year: number; to_year: number; status: string; adopted_at: Date;
    }[];
    expect(plans).toHaveLength(1);
    const year = new Date().getFullYear();
    expect(plans[0]).toMatchObject({ title: `Střednědobý plán rozvoje sociálních služeb města Plzně ${year - 1}–${year + 1}`, status: 'ADOPTED', from_year: year - 1, to_year: year + 1 });
    expect(await count('strategy_priorities')).toBe(5);
    expect(await count('strategy_goals')).toBeGreaterThanOrEqual(10);
    expect(await count('strategy_goals')).toBeLessThanOrEqual(20);
    expect(await count('measures')).toBeGreaterThanOrEqual(55);
    expect(await count('measures')).toBeLessThanOrEqual(65);
    expect(await count('measure_activities')).toBeGreaterThanOrEqual(10);
    const states = (await t.db.query(`SELECT state, count(*)::int AS n FROM measures WHERE area_id = $1 GROUP BY state`, [areaId])) as { state: MeasureState; n: number }[];
    const byState = Object.fromEntries(states.map((row) => [row.state, row.n])) as Record<MeasureState, number>;
    for (const state of Object.values(MeasureState)) expect(byState[state] ?? 0).toBeGreaterThan(0);
    // Most measures are accepted or being carried out.
    expect(byState.ACCEPTED + byState.IN_PROGRESS).toBeGreaterThan((await count('measures')) / 2);
    // Every measure has a responsible organisation, a proposing group, an indicator; nearly all have costs.
    expect(await count('measures', 'responsible_organisation_id IS NULL')).toBe(0);
    const bare = (await t.db.query(
      `SELECT count(*) FILTER (WHERE NOT EXISTS (SELECT 1 FROM measure_proposers p WHERE p.measure_id = m.id))::int AS proposers,
              count(*) FILTER (WHERE NOT EXISTS (SELECT 1 FROM measure_indicators i WHERE i.measure_id = m.id))::int AS indicators,
              count(*) FILTER (WHERE NOT EXISTS (SELECT 1 FROM measure_costs c WHERE c.measure_id = m.id))::int AS costs
         FROM measures m WHERE m.area_id = $1`,
      [areaId],
    )) as { proposers: number; indicators: number; costs: number }[];
    expect(bare[0]).toMatchObject({ proposers: 0, indicators: 0 });
    expect(bare[0]!.costs).toBeLessThanOrEqual(2);
  });

  it('keeps positions dense and timelines and costs within the plan', async () => {
    for (const [table, parent] of [['strategy_priorities', 'plan_id'], ['strategy_goals', 'priority_id'], ['measures', 'goal_id'], ['measure_activities', 'measure_id']] as const) {
      const gaps = (await t.db.query(
        `SELECT ${parent} FROM ${table} WHERE area_id = $1 GROUP BY ${parent}
          HAVING min(position) <> 1 OR max(position) <> count(*) OR count(DISTINCT position) <> count(*)`,
        [areaId],
      )) as unknown[];
      expect({ table, gaps }).toEqual({ table, gaps: [] });
    }
    const outside = (await t.db.query(
      `SELECT m.title FROM measures m JOIN strategic_plans p ON p.id = m.plan_id
        WHERE m.area_id = $1 AND (m.from_year < p.from_year OR m.to_year > p.to_year OR m.to_year < m.from_year)
       UNION ALL
       SELECT m.title FROM measure_costs c JOIN measures m ON m.id = c.measure_id
        WHERE m.area_id = $1 AND (c.year < m.from_year OR c.year > m.to_year OR c.amount_minor < 0)`,
      [areaId],
    )) as unknown[];
    expect(outside).toEqual([]);
    const amounts = (await t.db.query(
      `SELECT c.amount_minor FROM measure_costs c JOIN measures m ON m.id = c.measure_id WHERE m.area_id = $1`,
      [areaId],
    )) as { amount_minor: string }[];
    expect(amounts.length).toBeGreaterThan(100);
    for (const { amount_minor } of amounts) expect(fromMinorUnits(amount_minor)).toMatch(MONEY_PATTERN);
  });

  it('reached every measure state through the lifecycle table, one history row per step', async () => {
    const plan = (await t.db.query(`SELECT adopted_at FROM strategic_plans WHERE area_id = $1`, [areaId])) as { adopted_at: Date }[];
    const adoptedAt = plan[0]!.adopted_at.getTime();
    const measures = (await t.db.query(
      `SELECT m.id, m.state, m.merged_into_id, m.created_at, m.proposed_by_id,
              json_agg(json_build_object('from', h.from_state, 'to', h.to_state, 'at', h.changed_at, 'reason', h.reason, 'into', h.merged_into_id, 'by', h.changed_by_id)
                       ORDER BY h.changed_at) AS history
         FROM measures m JOIN measure_state_changes h ON h.measure_id = m.id
        WHERE m.area_id = $1 GROUP BY m.id`,
      [areaId],
    )) as {
      id: string; state: MeasureState; merged_into_id: string | null; created_at: Date; proposed_by_id: string;
      history: { from: MeasureState | null; to: MeasureState; at: string; reason: string; into: string | null; by: string }[];
    }[];
    expect(measures.length).toBe(await count('measures'));
    const stateOf = new Map(measures.map((m) => [m.id, m.state]));
    for (const measure of measures) {
      const [first, ...steps] = measure.history;
      expect(first).toMatchObject({ from: null, to: MeasureState.PROPOSED, by: measure.proposed_by_id });
      expect(new Date(first!.at).getTime()).toBe(measure.created_at.getTime());
      let previous = first!;
      for (const step of steps) {
        expect(step.from).toBe(previous.to);
        expect(new Date(step.at).getTime()).toBeGreaterThan(new Date(previous.at).getTime());
        const planStatus = new Date(step.at).getTime() >= adoptedAt ? PlanStatus.ADOPTED : PlanStatus.DRAFT;
        // The service's own check: throws on anything the table does not allow.
        expect(() => checkTransition({ from: step.from!, to: step.to, planStatus, reason: step.reason, mergedIntoId: step.into })).not.toThrow();
        previous = step;
      }
      expect(previous.to).toBe(measure.state);
      expect(new Date(previous.at).getTime()).toBeLessThan(Date.now());
      if (measure.state === MeasureState.MERGED) {
        expect(previous.into).toBe(measure.merged_into_id);
        expect([MeasureState.REJECTED, MeasureState.MERGED, MeasureState.WITHDRAWN]).not.toContain(stateOf.get(measure.merged_into_id!));
      } else {
        expect(measure.merged_into_id).toBeNull();
      }
    }
  });

  it('registers about forty services of provider organisations, each of a sound shape', async () => {
    const services = (await t.db.query(
      `SELECT s.type, s.form, s.capacity, s.capacity_unit, s.registration_id, s.target_groups, o.side
         FROM social_services s JOIN organisations o ON o.id = s.organisation_id WHERE s.area_id = $1`,
      [areaId],
    )) as { type: ServiceType; form: ServiceForm; capacity: number; capacity_unit: CapacityUnit; registration_id: string; target_groups: string; side: string }[];
    expect(services.length).toBeGreaterThanOrEqual(35);
    expect(services.length).toBeLessThanOrEqual(45);
    expect(new Set(services.map((s) => s.registration_id)).size).toBe(services.length);
    expect(new Set(services.map((s) => s.type)).size).toBeGreaterThanOrEqual(20);
    for (const service of services) {
      expect(service.registration_id).toMatch(/^\d{7}$/);
      expect(service.side).toBe('PROVIDER');
      expect(service.target_groups.length).toBeGreaterThan(2);
      const problems = serviceShapeProblems(
        { type: service.type, form: service.form, capacityUnit: service.capacity_unit, capacities: [service.capacity] },
        { form: 'form', capacityUnit: 'capacityUnit', capacity: 'capacity' },
      );
      expect({ service, problems }).toEqual({ service, problems: [] });
    }
  });

  it('has about 25 development intentions in every state, each step by the one the table names', async () => {
    expect(await count('development_intentions')).toBeGreaterThanOrEqual(20);
    expect(await count('development_intentions')).toBeLessThanOrEqual(30);
    const calls = (await t.db.query(`SELECT year, deadline::text AS deadline FROM intention_calls WHERE area_id = $1 ORDER BY year`, [areaId])) as { year: number; deadline: string }[];
    const year = new Date().getFullYear();
    expect(calls.map((c) => c.year)).toEqual([year, year + 1]);
    expect(calls[1]!.deadline > new Date().toISOString().slice(0, 10)).toBe(true);

    const intentions = (await t.db.query(
      `SELECT i.id, i.state, i.kind, i.start_year, i.current_capacity, i.proposed_capacity, i.capacity_unit, i.annual_cost,
              i.funding_municipality, i.funding_region, i.funding_state, i.funding_eu, i.funding_other, i.organisation_id,
              i.reviewing_group_id, i.submitted_at, i.opinion_reasons, i.created_at,
              coalesce(s.type, i.new_service_type) AS type, coalesce(s.form, i.new_service_form) AS form, s.capacity, s.capacity_unit AS service_unit,
              s.organisation_id AS service_organisation_id, om.group_id AS meeting_group_id, om.ends_at AS meeting_ends_at,
              c.deadline::text AS deadline, g.coordinator_id,
              (SELECT json_agg(json_build_object('from', h.from_state, 'to', h.to_state, 'by', h.person_id, 'at', h.created_at,
                               'roles', p.roles, 'provider', EXISTS (SELECT 1 FROM organisation_memberships m WHERE m.person_id = h.person_id
                                 AND m.organisation_id = i.organisation_id AND m.until IS NULL AND m.since <= CURRENT_DATE))
                         ORDER BY h.created_at) FROM intention_history h JOIN people p ON p.id = h.person_id WHERE h.intention_id = i.id) AS history
         FROM development_intentions i
         LEFT JOIN social_services s ON s.id = i.service_id
         LEFT JOIN meetings om ON om.id = i.opinion_meeting_id
         LEFT JOIN intention_calls c ON c.area_id = i.area_id AND c.year = i.start_year
         LEFT JOIN LATERAL (SELECT person_id AS coordinator_id FROM group_memberships
                             WHERE group_id = i.reviewing_group_id AND role = 'COORDINATOR' AND left_at IS NULL) g ON TRUE
        WHERE i.area_id = $1`,
      [areaId],
    )) as {
      id: string; state: IntentionState; kind: IntentionKind; start_year: number; current_capacity: number; proposed_capacity: number; capacity_unit: CapacityUnit;
      annual_cost: string; funding_municipality: string; funding_region: string; funding_state: string; funding_eu: string; funding_other: string;
      organisation_id: string; reviewing_group_id: string; submitted_at: Date | null; opinion_reasons: string | null; created_at: Date;
      type: ServiceType; form: ServiceForm; capacity: number | null; service_unit: CapacityUnit | null; service_organisation_id: string | null;
      meeting_group_id: string | null; meeting_ends_at: Date | null; deadline: string; coordinator_id: string;
      history: { from: IntentionState | null; to: IntentionState; by: string; at: string; roles: string[]; provider: boolean }[];
    }[];
    for (const state of Object.values(IntentionState)) expect(intentions.filter((i) => i.state === state).length).toBeGreaterThan(0);
    const linked = intentions.filter((i) => i.meeting_group_id !== null);
    expect(linked.length).toBeGreaterThanOrEqual(5);
    const prague = (instant: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Prague' }).format(instant);

    for (const intention of intentions) {
      // The content rules of IntentionsService.content.
      const problems = serviceShapeProblems(
        { type: intention.type, form: intention.form, capacityUnit: intention.capacity_unit, capacities: [intention.current_capacity, intention.proposed_capacity] },
        { form: 'form', capacityUnit: 'capacityUnit', capacity: 'capacity' },
      );
      expect({ id: intention.id, problems }).toEqual({ id: intention.id, problems: [] });
      if (intention.kind === IntentionKind.NEW_SERVICE) {
        expect(intention.current_capacity).toBe(0);
        expect(intention.proposed_capacity).toBeGreaterThan(0);
      } else {
        expect(intention.service_organisation_id).toBe(intention.organisation_id);
        expect(intention.service_unit).toBe(intention.capacity_unit);
        expect(intention.current_capacity).toBe(intention.capacity);
      }
      if (intention.kind === IntentionKind.CAPACITY_INCREASE) expect(intention.proposed_capacity).toBeGreaterThan(intention.current_capacity);
      if (intention.kind === IntentionKind.CAPACITY_DECREASE) expect(intention.proposed_capacity).toBeLessThan(intention.current_capacity);
      if (intention.kind === IntentionKind.TERMINATION) expect(intention.proposed_capacity).toBe(0);
      const funding = [intention.funding_municipality, intention.funding_region, intention.funding_state, intention.funding_eu, intention.funding_other];
      expect(funding.reduce((sum, amount) => sum + parseHundredths(amount), 0n)).toBeLessThanOrEqual(parseHundredths(intention.annual_cost));

      // The history walks the transition table; each step by whom the table names.
      const [created, ...steps] = intention.history;
      expect(created).toMatchObject({ from: null, to: IntentionState.DRAFT, provider: true });
      expect(created!.roles).toContain('PROVIDER');
      let previous = created!;
      for (const step of steps) {
        expect(new Date(step.at).getTime()).toBeGreaterThan(new Date(previous.at).getTime());
        expect(step.from).toBe(previous.to);
        if (step.from === IntentionState.DRAFT && step.to === IntentionState.DRAFT) {
          expect(step.provider).toBe(true);
        } else {
          const rule = Object.values(INTENTION_TRANSITIONS).find((r) => r.from === step.from && r.to === step.to);
          expect({ step, rule: !!rule }).toEqual({ step, rule: true });
          if (rule!.by === 'PROVIDER') expect(step.provider && step.roles.includes('PROVIDER')).toBe(true);
          if (rule!.by === 'REVIEWING_GROUP') expect(step.by).toBe(intention.coordinator_id);
          if (rule!.by === 'AREA_COORDINATOR') expect(step.roles).toContain('COORDINATOR');
          if (step.to === IntentionState.SUBMITTED) {
            expect(new Date(step.at).getTime()).toBe(intention.submitted_at!.getTime());
            expect(prague(new Date(step.at)) <= intention.deadline).toBe(true);
          }
        }
        previous = step;
      }
      expect(previous.to).toBe(intention.state);
      expect(new Date(previous.at).getTime()).toBeLessThan(Date.now());
      if (intention.meeting_group_id !== null) {
        expect(intention.meeting_group_id).toBe(intention.reviewing_group_id);
        expect(intention.meeting_ends_at!.getTime()).toBeLessThan(Date.now());
      }
      const reviewed = ![IntentionState.DRAFT, IntentionState.WITHDRAWN, IntentionState.SUBMITTED].includes(intention.state);
      expect(intention.opinion_reasons !== null).toBe(reviewed);
      expect(intention.submitted_at !== null).toBe(![IntentionState.DRAFT, IntentionState.WITHDRAWN].includes(intention.state));
    }
  });

  it('does nothing the second time', async () => {
    const before = await snapshot();
    expect(await loadDemoData(t.db)).toBe(false);
    expect(await snapshot()).toEqual(before);
  });

  it('lets every demo account log in with the demo password', async () => {
    const coordinator = await t.login('koordinator@plzen.example', DEMO_LOGINS.password, DEMO_AREA_SLUG);
    const me = await coordinator.ok<{ me: { person: { fullName: string; roles: string[] } } }>(ME);
    expect(me.me.person.fullName).toBe('Kateřina Šímová');
    expect(me.me.person.roles).toEqual(expect.arrayContaining(['COORDINATOR', 'MEMBER']));

    for (const { email } of DEMO_LOGINS.accounts) {
      const client = await t.login(email, DEMO_LOGINS.password, DEMO_AREA_SLUG);
      const { me: who } = await client.ok<{ me: { person: { fullName: string } | null; coordinatedGroupIds: string[] } }>(ME);
      expect(who.person?.fullName).toBeTruthy();
      if (email === 'seniori@plzen.example') expect(who.coordinatedGroupIds).toHaveLength(1);
    }
  });

  it('numbers the plan "1.1.1"… for the coordinator', async () => {
    const coordinator = await t.login('koordinator@plzen.example', DEMO_LOGINS.password, DEMO_AREA_SLUG);
    const { strategicPlans } = await coordinator.ok<{ strategicPlans: { id: string; status: string }[] }>(`{ strategicPlans { id status } }`);
    expect(strategicPlans).toHaveLength(1);
    const tree = await coordinator.ok<{
      strategicPlan: { priorities: { number: string; title: string; goals: { number: string; measures: { number: string; state: string; totalCost: string | null; activities: { number: string }[] }[] }[] }[] };
    }>(
      `query($id: ID!) { strategicPlan(id: $id) { priorities { number title goals { number measures { number state totalCost activities { number } } } } } }`,
      { id: strategicPlans[0]!.id },
    );
    const priorities = tree.strategicPlan.priorities;
    expect(priorities.map((p) => `${p.number} ${p.title}`)).toEqual([
      '1 Podpora seniorů a pečujících',
      '2 Osoby se zdravotním postižením',
      '3 Rodiny s dětmi',
      '4 Sociální začleňování',
      '5 Průřezová opatření',
    ]);
    const measures = priorities.flatMap((p) => p.goals.flatMap((g) => g.measures));
    expect(measures[0]!.number).toBe('1.1.1');
    expect(measures.length).toBe(await count('measures'));
    for (const p of priorities) {
      p.goals.forEach((g, gi) => {
        expect(g.number).toBe(`${p.number}.${gi + 1}`);
        g.measures.forEach((m, mi) => {
          expect(m.number).toBe(`${g.number}.${mi + 1}`);
          m.activities.forEach((a, ai) => expect(a.number).toBe(`${m.number}.${ai + 1}`));
        });
      });
    }
  });

  it('points agenda items at the measures and intentions their meetings discussed, in step with their history', async () => {
    // Items stay densely numbered in every meeting, and each link stays in the area.
    const gaps = (await t.db.query(
      `SELECT meeting_id FROM agenda_items WHERE area_id = $1 GROUP BY meeting_id
        HAVING min(position) <> 1 OR max(position) <> count(*) OR count(DISTINCT position) <> count(*)`,
      [areaId],
    )) as unknown[];
    expect(gaps).toEqual([]);
    const linked = (await t.db.query(
      `SELECT a.title, a.measure_id, a.intention_id, mt.starts_at, mt.group_id, m.state, min_body.body,
              (SELECT array_agg(p.group_id::text) FROM measure_proposers p WHERE p.measure_id = a.measure_id) AS proposers,
              i.opinion_meeting_id = a.meeting_id AS at_opinion, i.reviewing_group_id = mt.group_id AS by_reviewers
         FROM agenda_items a JOIN meetings mt ON mt.id = a.meeting_id
         LEFT JOIN measures m ON m.id = a.measure_id AND m.area_id = a.area_id
         LEFT JOIN development_intentions i ON i.id = a.intention_id AND i.area_id = a.area_id
         LEFT JOIN meeting_minutes min_body ON min_body.meeting_id = a.meeting_id
        WHERE a.area_id = $1 AND (a.measure_id IS NOT NULL OR a.intention_id IS NOT NULL)`,
      [areaId],
    )) as { title: string; measure_id: string | null; intention_id: string | null; starts_at: Date; group_id: string; state: MeasureState | null; body: string | null; proposers: string[] | null; at_opinion: boolean | null; by_reviewers: boolean | null }[];
    const measureItems = linked.filter((item) => item.measure_id);
    const intentionItems = linked.filter((item) => item.intention_id);
    expect(new Set(measureItems.map((item) => item.measure_id)).size).toBeGreaterThanOrEqual(10);
    for (const item of measureItems) {
      // A measure of the area, at a meeting of a group that proposed it; held meetings record the item in their minutes.
      expect(item.state).not.toBeNull();
      expect(item.proposers).toContain(item.group_id);
      if (item.body !== null) expect(item.body).toContain(item.title);
    }
    // Every intention the group gave its opinion on at a meeting is an item of that meeting.
    expect(intentionItems.length).toBe(await count('development_intentions', 'opinion_meeting_id IS NOT NULL'));
    for (const item of intentionItems) expect(item).toMatchObject({ at_opinion: true, by_reviewers: true });

    // The coordinator sees the discussions on the measure page, newest first, with the meeting's decisions.
    const coordinator = await t.login('koordinator@plzen.example', DEMO_LOGINS.password, DEMO_AREA_SLUG);
    const evaluated = measureItems.find((item) => item.state === MeasureState.FULFILLED || item.state === MeasureState.PARTLY_FULFILLED || item.state === MeasureState.NOT_FULFILLED);
    const inProgress = measureItems.find((item) => item.state === MeasureState.IN_PROGRESS);
    for (const item of [evaluated, inProgress]) {
      expect(item).toBeDefined();
      const { measure } = await coordinator.ok<{
        measure: { discussions: { meeting: { startsAt: string; group: { id: string } | null }; agendaItem: { title: string }; decisions: { text: string }[] }[] };
      }>(`query($id: ID!) { measure(id: $id) { discussions { meeting { startsAt group { id } } agendaItem { title } decisions { text } } } }`, { id: item!.measure_id });
      expect(measure.discussions.map((d) => d.agendaItem.title)).toContain(item!.title);
      const starts = measure.discussions.map((d) => Date.parse(d.meeting.startsAt));
      expect(starts).toEqual([...starts].sort((x, y) => y - x));
    }
  });

  it("shows the demo provider its drafts, and no other provider's", async () => {
    const LIST = `query($filter: IntentionFilter) { intentions(filter: $filter, pageSize: 200) { total items { id state } } }`;
    type List = { intentions: { total: number; items: { id: string; state: string }[] } };
    const own = (await t.db.query(
      `SELECT i.id, i.state FROM development_intentions i JOIN organisations o ON o.id = i.organisation_id
        WHERE i.area_id = $1 AND o.name LIKE 'Diakonie Radbuza%'`,
      [areaId],
    )) as { id: string; state: string }[];
    const ownStates = new Set(own.map((i) => i.state));
    expect(own.filter((i) => i.state === 'DRAFT').length).toBeGreaterThanOrEqual(2);
    for (const state of ['WITHDRAWN', 'SUBMITTED', 'RECOMMENDED', 'INCLUDED']) expect(ownStates).toContain(state);
    const ownDrafts = own.filter((i) => i.state === 'DRAFT' || i.state === 'WITHDRAWN').map((i) => i.id).sort();

    const provider = await t.login('poskytovatel@plzen.example', DEMO_LOGINS.password, DEMO_AREA_SLUG);
    const seen = await provider.ok<List>(LIST, { filter: null });
    expect(seen.intentions.total).toBe(await count('development_intentions', `state NOT IN ('DRAFT', 'WITHDRAWN') OR id = ANY($2)`.replace('$2', `'{${own.map((i) => i.id).join(',')}}'`)));
    expect(seen.intentions.items.filter((i) => i.state === 'DRAFT' || i.state === 'WITHDRAWN').map((i) => i.id).sort()).toEqual(ownDrafts);

    // Another provider — the Senioři coordinator, made her home's provider for this test — sees only her home's drafts.
    await t.db.query(`UPDATE people SET roles = array_append(roles, 'PROVIDER') WHERE area_id = $1 AND email = 'seniori@plzen.example'`, [areaId]);
    const other = await t.login('seniori@plzen.example', DEMO_LOGINS.password, DEMO_AREA_SLUG);
    const drafts = (await other.ok<List>(LIST, { filter: { state: 'DRAFT' } })).intentions.items.map((i) => i.id);
    expect(drafts.length).toBeGreaterThanOrEqual(1);
    for (const id of ownDrafts) expect(drafts).not.toContain(id);
    const member = await t.login('clen@plzen.example', DEMO_LOGINS.password, DEMO_AREA_SLUG);
    expect((await member.ok<List>(LIST, { filter: { state: 'DRAFT' } })).intentions.total).toBe(0);

    // A draft is ready for the service's own rules: the provider submits it before the open call's deadline.
    const draft = own.find((i) => i.state === 'DRAFT')!;
    const submitted = await provider.ok<{ submitIntention: { state: string } }>(
      `mutation($input: IntentionStepInput!) { submitIntention(input: $input) { state } }`,
      { input: { id: draft.id } },
    );
    expect(submitted.submitIntention.state).toBe('SUBMITTED');
  });
});
