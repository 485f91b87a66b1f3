import { AreaEntity } from '../src/areas/area.entity';
import { DevelopmentIntentionEntity } from '../src/intentions/development-intention.entity';
import { IntentionState } from '../src/intentions/intention.enums';
import { IntentionMeasureEntity } from '../src/links/intention-measure.entity';
import { MeasureState } from '../src/measures/measure.enums';
import { MeasureEntity } from '../src/measures/measure.entity';
import { AgendaItemEntity } from '../src/meetings/agenda-item.entity';
import { DecisionEntity } from '../src/meetings/decision.entity';
import { MeetingEntity } from '../src/meetings/meeting.entity';
import { OrganisationEntity } from '../src/organisations/organisation.entity';
import { AreaRole } from '../src/people/area-role.enum';
import { SocialServiceEntity } from '../src/services/social-service.entity';
import { WorkingGroupEntity } from '../src/groups/working-group.entity';
import { GoalEntity } from '../src/strategy/goal.entity';
import { User } from './fixtures';
import { TestApp } from './harness';
import { anIntention, aProvider, aService } from './intention-fixtures';
import { aMeeting } from './meeting-fixtures';
import { strategy } from './strategy-fixtures';

const CREATE_MEETING = `mutation($input: CreateMeetingInput!) { createMeeting(input: $input) { id agenda { title measure { id title } intention { id } } } }`;
const SET_AGENDA = `mutation($input: SetAgendaInput!) { setAgenda(input: $input) { agenda { position title measure { id } intention { id } } } }`;
const MEETING = `query($id: ID!) { meeting(id: $id) { agenda { title measure { id title } intention { id state } } } }`;
const DISCUSSIONS = `query($id: ID!) { measure(id: $id) { discussions { meeting { title } agendaItem { title measure { id } intention { id } } decisions { text } } } }`;
const CREATE_INTENTION = `mutation($input: CreateIntentionInput!) { createIntention(input: $input) { id measures { id title } } }`;
const UPDATE_INTENTION = `mutation($input: UpdateIntentionInput!) { updateIntention(input: $input) { id measures { id } } }`;
const MEASURE_INTENTIONS = `query($id: ID!) { measure(id: $id) { intentions { id } } }`;
const INTENTION_MEASURES = `query($id: ID!) { intention(id: $id) { measures { id } } }`;

const inDays = (days: number) => new Date(Date.now() + days * 24 * 3600 * 1000);

describe('links between meetings, measures and development intentions', () => {
  let t: TestApp;
  let area: AreaEntity;
  let coordinator: User;
  let member: User;
  let provider: User;
  let otherProvider: User;
  let charity: OrganisationEntity;
  let diakonie: OrganisationEntity;
  let group: WorkingGroupEntity;
  let service: SocialServiceEntity;
  let goal: GoalEntity;
  let measure: MeasureEntity;
  let foreignMeasure: MeasureEntity;
  let submitted: DevelopmentIntentionEntity;
  let othersDraft: DevelopmentIntentionEntity;

  beforeAll(async () => {
    t = await TestApp.start();
    area = await t.fixtures.area();
    coordinator = await t.fixtures.user(area, [AreaRole.COORDINATOR, AreaRole.MEMBER]);
    member = await t.fixtures.user(area, [AreaRole.MEMBER]);
    charity = await t.fixtures.organisation(area, { name: 'Charita' });
    diakonie = await t.fixtures.organisation(area, { name: 'Diakonie' });
    provider = await aProvider(t, area, charity);
    otherProvider = await aProvider(t, area, diakonie);
    group = await t.fixtures.group(area);
    service = await aService(t, charity);
    const s = strategy(t.db);
    goal = await s.goal(await s.priority(await s.plan(area)));
    measure = await s.measure(goal, { title: 'Odlehčovací služba' });
    const elsewhere = await t.fixtures.area();
    foreignMeasure = await s.measure(await s.goal(await s.priority(await s.plan(elsewhere))), { title: 'Cizí opatření' });
    submitted = await anIntention(t, service, group.id, { state: IntentionState.SUBMITTED, submittedAt: new Date() });
    othersDraft = await anIntention(t, await aService(t, diakonie), group.id);
  });
  afterAll(() => t.stop());

  const agendaRows = (meetingId: string) =>
    t.db.getRepository(AgendaItemEntity).find({ where: { meetingId }, order: { position: 'ASC' }, select: { title: true, measureId: true, intentionId: true } });

  it('stores agenda items pointing at a measure and an intention and reads them from the meeting and from the measure', async () => {
    const created = await coordinator.client.ok<{ createMeeting: { id: string; agenda: unknown[] } }>(CREATE_MEETING, {
      input: {
        kind: 'WORKING_GROUP',
        title: 'Jednání o odlehčovací službě',
        startsAt: inDays(3).toISOString(),
        endsAt: inDays(3.1).toISOString(),
        agenda: [{ title: 'Opatření a záměr Charity', measureId: measure.id, intentionId: submitted.id }, { title: 'Různé' }],
      },
    });
    expect(created.createMeeting.agenda).toEqual([
      { title: 'Opatření a záměr Charity', measure: { id: measure.id, title: 'Odlehčovací služba' }, intention: { id: submitted.id } },
      { title: 'Různé', measure: null, intention: null },
    ]);
    await t.db.getRepository(DecisionEntity).insert({ areaId: area.id, meetingId: created.createMeeting.id, position: 1, text: 'Skupina doporučuje záměr.' });

    // An older meeting discussed the measure too (agenda set through setAgenda), and a cancelled one must not count.
    const older = await aMeeting(t, area).inGroup(group).at(inDays(-30)).with({ title: 'Loňské jednání' }).decision('Opatření přijato k projednání.').build();
    const agenda = await coordinator.client.ok<{ setAgenda: { agenda: unknown[] } }>(SET_AGENDA, {
      input: { meetingId: older.id, items: [{ title: 'Úvod' }, { title: 'Návrh opatření', measureId: measure.id }] },
    });
    expect(agenda.setAgenda.agenda).toEqual([
      { position: 1, title: 'Úvod', measure: null, intention: null },
      { position: 2, title: 'Návrh opatření', measure: { id: measure.id }, intention: null },
    ]);
    const cancelled = await aMeeting(t, area).at(inDays(-10)).with({ title: 'Zrušené jednání', cancelledAt: new Date() }).build();
    await t.db.getRepository(AgendaItemEntity).insert({ areaId: area.id, meetingId: cancelled.id, position: 1, title: 'Nekonalo se', measureId: measure.id });

    // The public portal shows the agenda of a public meeting, but neither measures nor intentions (they are for members).
    await t.db.getRepository(MeetingEntity).update(created.createMeeting.id, { isPublic: true });
    const publicView = await t.anonymous(area.slug).ok<{ publicMeeting: { agenda: unknown[] } }>(
      `query($areaSlug: String!, $id: ID!) { publicMeeting(areaSlug: $areaSlug, id: $id) { agenda { title measure { id } intention { id } intentionId } } }`,
      { areaSlug: area.slug, id: created.createMeeting.id },
    );
    expect(publicView.publicMeeting.agenda[0]).toEqual({ title: 'Opatření a záměr Charity', measure: null, intention: null, intentionId: null });

    const read = await member.client.ok<{ meeting: { agenda: unknown[] } }>(MEETING, { id: created.createMeeting.id });
    expect(read.meeting.agenda[0]).toEqual({ title: 'Opatření a záměr Charity', measure: { id: measure.id, title: 'Odlehčovací služba' }, intention: { id: submitted.id, state: 'SUBMITTED' } });

    const discussed = await member.client.ok<{ measure: { discussions: unknown[] } }>(DISCUSSIONS, { id: measure.id });
    expect(discussed.measure.discussions).toEqual([
      {
        meeting: { title: 'Jednání o odlehčovací službě' },
        agendaItem: { title: 'Opatření a záměr Charity', measure: { id: measure.id }, intention: { id: submitted.id } },
        decisions: [{ text: 'Skupina doporučuje záměr.' }],
      },
      {
        meeting: { title: 'Loňské jednání' },
        agendaItem: { title: 'Návrh opatření', measure: { id: measure.id }, intention: null },
        decisions: [{ text: 'Opatření přijato k projednání.' }],
      },
    ]);
  });

  it('refuses an unknown or other-area measure, naming the field, and stores nothing', async () => {
    const meeting = await aMeeting(t, area).at(inDays(5)).agendaItem('Původní bod').build();
    const cases: [Record<string, unknown>[], string][] = [
      [[{ title: 'Neznámé', measureId: '00000000-0000-4000-8000-000000000000' }], 'input.items.0.measureId'],
      [[{ title: 'Dobré', measureId: measure.id }, { title: 'Cizí', measureId: foreignMeasure.id }], 'input.items.1.measureId'],
      [[{ title: 'Neznámý záměr', intentionId: '00000000-0000-4000-8000-000000000000' }], 'input.items.0.intentionId'],
      [[{ title: 'Špatné id', measureId: 'nope' }], 'input.items.0.measureId'],
    ];
    for (const [items, field] of cases) {
      const error = await coordinator.client.withLocale('en').error(SET_AGENDA, { input: { meetingId: meeting.id, items } });
      expect({ field, code: error.extensions?.code, named: error.extensions?.field }).toEqual({ field, code: 'BAD_USER_INPUT', named: field });
    }
    const unknown = await coordinator.client.withLocale('en').error(SET_AGENDA, { input: { meetingId: meeting.id, items: [{ title: 'X', measureId: foreignMeasure.id }] } });
    expect(unknown.message).toBe('There is no such measure in this area.');
    expect(await agendaRows(meeting.id)).toEqual([{ title: 'Původní bod', measureId: null, intentionId: null }]);

    const meetingsBefore = await t.db.getRepository(MeetingEntity).countBy({ areaId: area.id });
    const create = await coordinator.client.error(CREATE_MEETING, {
      input: { kind: 'TRAINING', title: 'Nové', startsAt: inDays(6).toISOString(), endsAt: inDays(6.1).toISOString(), agenda: [{ title: 'Cizí', measureId: foreignMeasure.id }] },
    });
    expect(create.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.agenda.0.measureId' });
    expect(await t.db.getRepository(MeetingEntity).countBy({ areaId: area.id })).toBe(meetingsBefore);
  });

  it("neither links nor shows another provider's draft intention", async () => {
    const meeting = await aMeeting(t, area).inGroup(group).at(inDays(7)).build();
    const error = await coordinator.client.error(SET_AGENDA, { input: { meetingId: meeting.id, items: [{ title: 'Koncept Diakonie', intentionId: othersDraft.id }] } });
    expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.items.0.intentionId' });
    expect(await agendaRows(meeting.id)).toEqual([]);

    // Had it got onto an agenda anyway (stored directly), only Diakonie's staff would see it there.
    await t.db.getRepository(AgendaItemEntity).insert({ areaId: area.id, meetingId: meeting.id, position: 1, title: 'Koncept Diakonie', intentionId: othersDraft.id });
    const seen = async (user: User) => (await user.client.ok<{ meeting: { agenda: { intention: { id: string } | null }[] } }>(MEETING, { id: meeting.id })).meeting.agenda[0]!.intention;
    expect(await seen(coordinator)).toBeNull();
    expect(await seen(provider)).toBeNull();
    expect(await seen(member)).toBeNull();
    expect(await seen(otherProvider)).toEqual({ id: othersDraft.id, state: 'DRAFT' });
    // The coordinator who cannot see it saves the agenda again with the id the item shows: the link stays.
    const ids = await coordinator.client.ok<{ meeting: { agenda: { intentionId: string | null }[] } }>(`query($id: ID!) { meeting(id: $id) { agenda { intentionId } } }`, { id: meeting.id });
    expect(ids.meeting.agenda[0]!.intentionId).toBe(othersDraft.id);
    await coordinator.client.ok(SET_AGENDA, { input: { meetingId: meeting.id, items: [{ title: 'Koncept Diakonie (přesunuto)', intentionId: othersDraft.id }] } });
    expect(await agendaRows(meeting.id)).toEqual([{ title: 'Koncept Diakonie (přesunuto)', measureId: null, intentionId: othersDraft.id }]);
    expect(await seen(coordinator)).toBeNull();

    // The owner may link its own draft to a measure; the measure shows it to nobody else.
    await t.db.getRepository(IntentionMeasureEntity).insert({ intentionId: othersDraft.id, measureId: measure.id });
    const intentionsSeenBy = async (user: User) => (await user.client.ok<{ measure: { intentions: { id: string }[] } }>(MEASURE_INTENTIONS, { id: measure.id })).measure.intentions.map((i) => i.id);
    expect(await intentionsSeenBy(otherProvider)).toContain(othersDraft.id);
    expect(await intentionsSeenBy(coordinator)).not.toContain(othersDraft.id);
    expect(await intentionsSeenBy(provider)).not.toContain(othersDraft.id);
    await t.db.getRepository(IntentionMeasureEntity).delete({ intentionId: othersDraft.id });
  });

  it('links intentions and measures both ways, validating the measures and keeping the links when left out', async () => {
    const second = await strategy(t.db).measure(goal, { title: 'Asistence' });
    const input = {
      organisationId: charity.id,
      kind: 'CAPACITY_INCREASE',
      serviceId: service.id,
      proposedCapacity: 30,
      capacityUnit: 'CLIENTS_AT_ONCE',
      fteChange: '1',
      annualCost: '100000',
      startYear: 2027,
      justification: 'Čekatelé.',
      reviewingGroupId: group.id,
    };
    const created = await provider.client.ok<{ createIntention: { id: string; measures: { id: string; title: string }[] } }>(CREATE_INTENTION, {
      input: { ...input, linkedMeasureIds: [measure.id, second.id, measure.id] },
    });
    const id = created.createIntention.id;
    expect(created.createIntention.measures).toEqual([
      { id: second.id, title: 'Asistence' },
      { id: measure.id, title: 'Odlehčovací služba' },
    ]);
    const measuresOf = async (user: User) => (await user.client.ok<{ intention: { measures: { id: string }[] } | null }>(INTENTION_MEASURES, { id })).intention?.measures.map((m) => m.id);
    const intentionsOf = async (user: User, of = measure) => (await user.client.ok<{ measure: { intentions: { id: string }[] } }>(MEASURE_INTENTIONS, { id: of.id })).measure.intentions.map((i) => i.id);
    expect(await measuresOf(provider)).toEqual([second.id, measure.id]);
    expect(await intentionsOf(provider)).toContain(id);
    expect(await intentionsOf(member)).not.toContain(id); // still a draft

    const { id: _omit, organisationId: _org, ...content } = { id, ...input };
    void _omit;
    void _org;
    const foreign = await provider.client.error(UPDATE_INTENTION, { input: { ...content, id, linkedMeasureIds: [second.id, foreignMeasure.id] } });
    expect(foreign.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.linkedMeasureIds.1' });
    expect(await measuresOf(provider)).toEqual([second.id, measure.id]);
    const invalid = await provider.client.error(UPDATE_INTENTION, { input: { ...content, id, linkedMeasureIds: ['x'] } });
    expect(invalid.extensions?.code).toBe('BAD_USER_INPUT');

    const kept = await provider.client.ok<{ updateIntention: { measures: { id: string }[] } }>(UPDATE_INTENTION, { input: { ...content, id } });
    expect(kept.updateIntention.measures.map((m) => m.id)).toEqual([second.id, measure.id]);
    const replaced = await provider.client.ok<{ updateIntention: { measures: { id: string }[] } }>(UPDATE_INTENTION, { input: { ...content, id, linkedMeasureIds: [measure.id] } });
    expect(replaced.updateIntention.measures.map((m) => m.id)).toEqual([measure.id]);
    expect(await intentionsOf(provider, second)).not.toContain(id);

    await t.db.getRepository(DevelopmentIntentionEntity).update(id, { state: IntentionState.SUBMITTED, submittedAt: new Date() });
    expect(await intentionsOf(member)).toContain(id);
    expect(await intentionsOf(coordinator)).toContain(id);
    expect(await measuresOf(coordinator)).toEqual([measure.id]);
    const cleared = await provider.client.error(UPDATE_INTENTION, { input: { ...content, id, linkedMeasureIds: [] } });
    expect(cleared.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.id' }); // a submitted intention is no longer edited
  });

  it('costs the same number of SQL statements for the plan with discussions and intentions, for 20 and for 200 measures', async () => {
    const TREE = `query($id: ID!) { strategicPlan(id: $id) { priorities { goals { measures {
      title discussions { meeting { title } agendaItem { title } decisions { text } } intentions { id } } } } } }`;

    const planWith = async (count: number) => {
      const home = await t.fixtures.area();
      const reviewers = await t.fixtures.group(home);
      const viewer = await t.fixtures.user(home, [AreaRole.COORDINATOR, AreaRole.MEMBER]);
      const organisation = await t.fixtures.organisation(home);
      const homeService = await aService(t, organisation);
      const s = strategy(t.db);
      const plan = await s.plan(home);
      const goals: GoalEntity[] = [];
      for (let p = 0; p < 4; p += 1) {
        const priority = await s.priority(plan);
        for (let g = 0; g < 5; g += 1) goals.push(await s.goal(priority));
      }
      const inserted = await t.db.getRepository(MeasureEntity).insert(
        Array.from({ length: count }, (_, i) => ({
          areaId: home.id,
          planId: plan.id,
          goalId: goals[i % goals.length]!.id,
          position: Math.floor(i / goals.length) + 1,
          title: `Opatření ${i}`,
          targetGroups: ['senioři'],
          fromYear: 2025,
          toYear: 2026,
          state: MeasureState.PROPOSED,
        })),
      );
      const ids = inserted.identifiers.map((row) => row['id'] as string);
      // One meeting per ten measures, each with a decision; every measure on an agenda and linked to an intention.
      const meetings: MeetingEntity[] = [];
      for (let m = 0; m < count / 10; m += 1) {
        meetings.push(await aMeeting(t, home).at(inDays(-m - 1)).with({ title: `Jednání ${m}` }).decision(`Usnesení ${m}`).build());
      }
      await t.db.getRepository(AgendaItemEntity).insert(
        ids.map((measureId, i) => ({ areaId: home.id, meetingId: meetings[i % meetings.length]!.id, position: Math.floor(i / meetings.length) + 1, title: `Bod ${i}`, measureId })),
      );
      const intentions: DevelopmentIntentionEntity[] = [];
      for (let k = 0; k < 5; k += 1) {
        intentions.push(await anIntention(t, homeService, reviewers.id, { state: k < 4 ? IntentionState.SUBMITTED : IntentionState.DRAFT }));
      }
      await t.db.getRepository(IntentionMeasureEntity).insert(ids.map((measureId, i) => ({ measureId, intentionId: intentions[i % intentions.length]!.id })));
      return { plan, viewer };
    };

    const countFor = async ({ plan, viewer }: Awaited<ReturnType<typeof planWith>>) => {
      await viewer.client.ok(`{ me { account { id } } }`);
      const before = t.queryCount;
      const data = await viewer.client.ok<{
        strategicPlan: { priorities: { goals: { measures: { discussions: { decisions: { text: string }[] }[]; intentions: { id: string }[] }[] }[] }[] };
      }>(TREE, { id: plan.id });
      const statements = t.queryCount - before;
      const measures = data.strategicPlan.priorities.flatMap((p) => p.goals.flatMap((g) => g.measures));
      const discussed = measures.filter((m) => m.discussions.length === 1 && m.discussions[0]!.decisions.length === 1).length;
      const linked = measures.filter((m) => m.intentions.length === 1).length;
      return { statements, measures: measures.length, discussed, linked };
    };

    const twenty = await countFor(await planWith(20));
    const twoHundred = await countFor(await planWith(200));
    console.log('SQL statements for the plan with discussions and intentions: 20 measures →', twenty.statements, '; 200 measures →', twoHundred.statements);
    expect(twenty).toMatchObject({ measures: 20, discussed: 20, linked: 16 }); // the draft's measures show no intention to the coordinator
    expect(twoHundred).toMatchObject({ measures: 200, discussed: 200, linked: 160 });
    expect(twoHundred.statements).toBe(twenty.statements);
  });
});
