import { AreaEntity } from '../src/areas/area.entity';
import { WorkingGroupEntity } from '../src/groups/working-group.entity';
import { DevelopmentIntentionEntity } from '../src/intentions/development-intention.entity';
import { IntentionState } from '../src/intentions/intention.enums';
import { OrganisationEntity } from '../src/organisations/organisation.entity';
import { AreaRole } from '../src/people/area-role.enum';
import { SocialServiceEntity } from '../src/services/social-service.entity';
import { User } from './fixtures';
import { TestApp } from './harness';
import { aCall, anIntention, aProvider, aService } from './intention-fixtures';

const CREATE = `mutation($input: CreateIntentionInput!) { createIntention(input: $input) { id state currentCapacity proposedCapacity annualCost fteChange } }`;
const SUBMIT = `mutation($input: IntentionStepInput!) { submitIntention(input: $input) { id state } }`;
const LIST = `query($filter: IntentionFilter) { intentions(filter: $filter, pageSize: 200) { total items { id state } } }`;

describe('development intentions', () => {
  let t: TestApp;
  let area: AreaEntity;
  let charity: OrganisationEntity;
  let other: OrganisationEntity;
  let provider: User;
  let otherProvider: User;
  let coordinator: User;
  let member: User;
  let group: WorkingGroupEntity;
  let service: SocialServiceEntity;

  beforeAll(async () => {
    t = await TestApp.start();
    area = await t.fixtures.area({ timezone: 'Europe/Prague' });
    charity = await t.fixtures.organisation(area, { name: 'Charita' });
    other = await t.fixtures.organisation(area, { name: 'Diakonie' });
    provider = await aProvider(t, area, charity);
    otherProvider = await aProvider(t, area, other);
    coordinator = await t.fixtures.user(area, [AreaRole.COORDINATOR, AreaRole.MEMBER]);
    member = await t.fixtures.user(area, [AreaRole.MEMBER]);
    group = await t.fixtures.group(area);
    service = await aService(t, charity);
    await aCall(t, area, 2027, '2099-06-30');
    await aCall(t, area, 2026, '2020-09-30');
  });
  afterAll(() => t.stop());

  const increase = (overrides: Record<string, unknown> = {}) => ({
    organisationId: charity.id,
    kind: 'CAPACITY_INCREASE',
    serviceId: service.id,
    proposedCapacity: 30,
    capacityUnit: 'CLIENTS_AT_ONCE',
    fteChange: '1.25',
    annualCost: '1250000.10',
    funding: { municipality: '250000', region: '1000000.10' },
    startYear: 2027,
    justification: 'Čekatelé.',
    reviewingGroupId: group.id,
    ...overrides,
  });

  it('saves a draft with exact money and FTE and records it in the history', async () => {
    const data = await provider.client.ok<{ createIntention: Record<string, unknown> }>(CREATE, { input: increase() });
    expect(data.createIntention).toMatchObject({ state: 'DRAFT', currentCapacity: 20, proposedCapacity: 30, annualCost: '1250000.10', fteChange: '1.25' });
    const [row] = await t.db.query(`SELECT funding_region, annual_cost FROM development_intentions WHERE id = $1`, [data.createIntention['id']]);
    expect(row).toEqual({ funding_region: '1000000.10', annual_cost: '1250000.10' });
  });

  it('returns the funding by source exactly, as saved and when read again', async () => {
    const money = `annualCost fteChange funding { municipality region state eu other }`;
    const input = increase({ annualCost: '1250000.1', fteChange: '-0.5', funding: { municipality: '250000', region: '999999.99', eu: '0.11' } });
    const created = await provider.client.ok<{ createIntention: { id: string } & Record<string, unknown> }>(
      `mutation($input: CreateIntentionInput!) { createIntention(input: $input) { id ${money} } }`,
      { input },
    );
    const expected = {
      annualCost: '1250000.10',
      fteChange: '-0.50',
      funding: { municipality: '250000.00', region: '999999.99', state: '0.00', eu: '0.11', other: '0.00' },
    };
    expect(created.createIntention).toEqual({ id: created.createIntention.id, ...expected });
    const read = await provider.client.ok<{ intention: Record<string, unknown> }>(`query($id: ID!) { intention(id: $id) { ${money} } }`, { id: created.createIntention.id });
    expect(read.intention).toEqual(expected);

    const updated = await provider.client.ok<{ updateIntention: Record<string, unknown> }>(
      `mutation($input: UpdateIntentionInput!) { updateIntention(input: $input) { ${money} } }`,
      { input: { ...increase({ funding: { state: '1250000.10' } }), organisationId: undefined, id: created.createIntention.id } },
    );
    const whole = { annualCost: '1250000.10', fteChange: '1.25', funding: { municipality: '0.00', region: '0.00', state: '1250000.10', eu: '0.00', other: '0.00' } };
    expect(updated.updateIntention).toEqual(whole);
    const list = await provider.client.ok<{ intentions: { items: ({ id: string } & Record<string, unknown>)[] } }>(
      `{ intentions(pageSize: 200) { items { id ${money} } } }`,
    );
    expect(list.intentions.items.find((item) => item.id === created.createIntention.id)).toEqual({ id: created.createIntention.id, ...whole });
  });

  it('refuses bad input, naming the field, and stores nothing', async () => {
    const before = await t.db.getRepository(DevelopmentIntentionEntity).count();
    const cases: [Record<string, unknown>, string][] = [
      [{ proposedCapacity: 10 }, 'input.proposedCapacity'],
      [{ capacityUnit: 'BEDS' }, 'input.capacityUnit'],
      [{ proposedCapacity: 20000 }, 'input.proposedCapacity'],
      [{ proposedCapacity: -1 }, 'input.proposedCapacity'],
      [{ annualCost: '12.345' }, 'input.annualCost'],
      [{ annualCost: '-5' }, 'input.annualCost'],
      [{ funding: { region: '2000000' } }, 'input.funding'],
      [{ kind: 'TERMINATION' }, 'input.proposedCapacity'],
      [{ kind: 'NEW_SERVICE', serviceId: null, newService: { type: 'HOMES_FOR_ELDERLY', form: 'RESIDENTIAL', name: 'Domov', targetGroups: ['SENIORS'] } }, 'input.capacityUnit'],
      [{ kind: 'NEW_SERVICE', serviceId: null, capacityUnit: 'BEDS', newService: { type: 'PERSONAL_ASSISTANCE', form: 'RESIDENTIAL', name: 'OA', targetGroups: ['SENIORS'] } }, 'input.newService.form'],
    ];
    for (const [overrides, field] of cases) {
      const error = await provider.client.withLocale('en').error(CREATE, { input: increase(overrides) });
      expect({ overrides, code: error.extensions?.code, field: error.extensions?.field }).toEqual({ overrides, code: 'BAD_USER_INPUT', field });
    }
    const unit = await provider.client.withLocale('en').error(CREATE, { input: increase({ capacityUnit: 'BEDS' }) });
    expect(unit.message).toBe('The unit must be the one of the service.');
    expect(await t.db.getRepository(DevelopmentIntentionEntity).count()).toBe(before);
  });

  it("refuses a provider of another organisation and the other organisation's service", async () => {
    expect((await otherProvider.client.error(CREATE, { input: increase() })).extensions?.code).toBe('FORBIDDEN');
    const foreign = await aService(t, other);
    const error = await provider.client.error(CREATE, { input: increase({ serviceId: foreign.id }) });
    expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.serviceId' });
  });

  it('shows drafts only to the owning organisation; submitted ones to every member', async () => {
    const draft = await anIntention(t, service, group.id);
    const submitted = await anIntention(t, service, group.id, { state: IntentionState.SUBMITTED });
    const ids = async (user: User) => (await user.client.ok<{ intentions: { items: { id: string }[] } }>(LIST)).intentions.items.map((i) => i.id);
    expect(await ids(provider)).toEqual(expect.arrayContaining([draft.id, submitted.id]));
    for (const user of [otherProvider, coordinator, member]) {
      const seen = await ids(user);
      expect(seen).toContain(submitted.id);
      expect(seen).not.toContain(draft.id);
    }
    const one = await otherProvider.client.ok<{ intention: unknown }>(`query($id: ID!) { intention(id: $id) { id } }`, { id: draft.id });
    expect(one.intention).toBeNull();
  });

  it('submits before the deadline and refuses after it with the date', async () => {
    const early = await anIntention(t, service, group.id);
    const data = await provider.client.ok<{ submitIntention: { state: string } }>(SUBMIT, { input: { id: early.id } });
    expect(data.submitIntention.state).toBe('SUBMITTED');
    const late = await anIntention(t, service, group.id, { startYear: 2026 });
    const error = await provider.client.withLocale('en').error(SUBMIT, { input: { id: late.id } });
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error.message).toBe('The deadline for intentions for 2026 passed on 2020-09-30.');
    expect((await t.db.getRepository(DevelopmentIntentionEntity).findOneByOrFail({ id: late.id })).state).toBe('DRAFT');
  });

  it('goes through review, forwarding and outcome, recording every step', async () => {
    const groupCoordinator = await t.fixtures.groupCoordinator(area, group);
    const meeting = await t.fixtures.meeting(area, { groupId: group.id });
    const intention = await anIntention(t, service, group.id);
    await provider.client.ok(SUBMIT, { input: { id: intention.id } });
    // Forwarding before the opinion is not a step of the table.
    const early = await coordinator.client.error(`mutation($input: IntentionStepInput!) { forwardIntention(input: $input) { id } }`, { input: { id: intention.id } });
    expect(early.extensions?.code).toBe('BAD_USER_INPUT');
    await groupCoordinator.client.ok(`mutation($input: IntentionOpinionInput!) { recordIntentionOpinion(input: $input) { id } }`, {
      input: { id: intention.id, recommended: true, reasons: 'Dlouhý pořadník.', meetingId: meeting.id },
    });
    await coordinator.client.ok(`mutation($input: IntentionStepInput!) { forwardIntention(input: $input) { id } }`, { input: { id: intention.id } });
    const done = await coordinator.client.ok<{ recordIntentionOutcome: { state: string; opinionMeetingId: string; history: { fromState: string | null; toState: string; reason: string; person: { id: string } }[] } }>(
      `mutation($input: IntentionOutcomeInput!) { recordIntentionOutcome(input: $input) { state opinionMeetingId history { fromState toState reason person { id } } } }`,
      { input: { id: intention.id, included: true, reason: 'KÚ č. j. 123/2026' } },
    );
    expect(done.recordIntentionOutcome.state).toBe('INCLUDED');
    expect(done.recordIntentionOutcome.opinionMeetingId).toBe(meeting.id);
    expect(done.recordIntentionOutcome.history.map((h) => [h.fromState, h.toState])).toEqual([
      ['DRAFT', 'SUBMITTED'],
      ['SUBMITTED', 'RECOMMENDED'],
      ['RECOMMENDED', 'FORWARDED'],
      ['FORWARDED', 'INCLUDED'],
    ]);
    expect(done.recordIntentionOutcome.history[1]).toMatchObject({ reason: 'Dlouhý pořadník.', person: { id: groupCoordinator.person.id } });
  });

  it('lists 20 and 500 intentions with the same number of SQL statements', async () => {
    const fresh = await t.fixtures.area();
    const org = await t.fixtures.organisation(fresh);
    const boss = await t.fixtures.user(fresh, [AreaRole.COORDINATOR]);
    const g = await t.fixtures.group(fresh);
    const s = await aService(t, org);
    const create = async (n: number) => {
      for (let i = 0; i < n; i += 1) await anIntention(t, s, g.id, { state: IntentionState.SUBMITTED });
    };
    // A full page in both runs: with fewer rows than the page, TypeORM derives the total without its COUNT query.
    const query = `{ intentions(pageSize: 20) { total items { id organisation { name } service { name } reviewingGroup { name } history { person { fullName } } } } }`;
    const count = async () => {
      await boss.client.ok(`{ me { account { id } } }`);
      const before = t.queryCount;
      const data = await boss.client.ok<{ intentions: { total: number } }>(query);
      return { statements: t.queryCount - before, total: data.intentions.total };
    };
    await create(20);
    const twenty = await count();
    await create(480);
    const fiveHundred = await count();
    console.log('SQL statements for the intentions list: 20 →', twenty.statements, '; 500 →', fiveHundred.statements);
    expect([twenty.total, fiveHundred.total]).toEqual([20, 500]);
    expect(fiveHundred.statements).toBe(twenty.statements);
  });
});
