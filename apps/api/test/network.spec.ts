import { AreaEntity } from '../src/areas/area.entity';
import { DevelopmentIntentionEntity } from '../src/intentions/development-intention.entity';
import { IntentionKind, IntentionState } from '../src/intentions/intention.enums';
import { OrganisationEntity } from '../src/organisations/organisation.entity';
import { AreaRole } from '../src/people/area-role.enum';
import { CapacityUnit, ServiceForm, ServiceType, TargetGroup } from '../src/services/service-catalogue';
import { SocialServiceEntity } from '../src/services/social-service.entity';
import { User } from './fixtures';
import { TestApp } from './harness';
import { anIntention, aService } from './intention-fixtures';

const NETWORK = `query($serviceType: ServiceType, $targetGroup: TargetGroup) {
  serviceNetwork(serviceType: $serviceType, targetGroup: $targetGroup) {
    rows { serviceType section targetGroup unit services current proposed change intentions }
    types { serviceType section unit services current proposed change intentions }
    totals { unit current proposed change }
  }
}`;

interface Network {
  serviceNetwork: {
    rows: { serviceType: string; section: string; targetGroup: string; unit: string; services: number; current: number; proposed: number; change: number; intentions: number }[];
    types: { serviceType: string; section: string; unit: string; services: number; current: number; proposed: number; change: number; intentions: number }[];
    totals: { unit: string; current: number; proposed: number; change: number }[];
  };
}

const HOME_FOR_ELDERLY = { type: ServiceType.HOMES_FOR_ELDERLY, form: ServiceForm.RESIDENTIAL, capacityUnit: CapacityUnit.BEDS };

describe('the service network', () => {
  let t: TestApp;
  let area: AreaEntity;
  let charity: OrganisationEntity;
  let member: User;
  let homeCare: SocialServiceEntity;

  beforeAll(async () => {
    t = await TestApp.start();
    area = await t.fixtures.area();
    charity = await t.fixtures.organisation(area);
    member = await t.fixtures.user(area, [AreaRole.MEMBER]);
    const group = await t.fixtures.group(area);
    // §40 home care: 20 clients for seniors and people with physical disabilities, 10 for seniors only.
    homeCare = await aService(t, charity, { capacity: 20, targetGroups: [TargetGroup.SENIORS, TargetGroup.PHYSICAL_DISABILITY] });
    const smallHomeCare = await aService(t, charity, { capacity: 10, form: ServiceForm.FIELD });
    // §49 home for the elderly: 50 beds.
    const home = await aService(t, charity, { ...HOME_FOR_ELDERLY, capacity: 50 });

    // Counted: recommended +10, forwarded −4, included new home of 30 beds, recommended termination of the 50 beds.
    await anIntention(t, homeCare, group.id, { state: IntentionState.RECOMMENDED, currentCapacity: 20, proposedCapacity: 30 });
    await anIntention(t, smallHomeCare, group.id, { state: IntentionState.FORWARDED, kind: IntentionKind.CAPACITY_DECREASE, currentCapacity: 10, proposedCapacity: 6 });
    await anIntention(t, home, group.id, {
      state: IntentionState.INCLUDED,
      kind: IntentionKind.NEW_SERVICE,
      serviceId: null,
      newServiceType: ServiceType.HOMES_FOR_ELDERLY,
      newServiceForm: ServiceForm.RESIDENTIAL,
      newServiceName: 'Nový domov',
      newServiceTargetGroups: [TargetGroup.SENIORS],
      currentCapacity: 0,
      proposedCapacity: 30,
      capacityUnit: CapacityUnit.BEDS,
    });
    await anIntention(t, home, group.id, { state: IntentionState.RECOMMENDED, kind: IntentionKind.TERMINATION, currentCapacity: 50, proposedCapacity: 0 });

    // Not counted: every other state, with changes large enough to show if they were.
    for (const state of [IntentionState.DRAFT, IntentionState.WITHDRAWN, IntentionState.SUBMITTED, IntentionState.NOT_RECOMMENDED, IntentionState.NOT_INCLUDED]) {
      await anIntention(t, homeCare, group.id, { state, currentCapacity: 20, proposedCapacity: 500 });
      await anIntention(t, home, group.id, { state, kind: IntentionKind.TERMINATION, currentCapacity: 50, proposedCapacity: 0 });
    }

    // Another area with services and counted intentions of the same types.
    const elsewhere = await t.fixtures.area();
    const stranger = await t.fixtures.organisation(elsewhere);
    const foreign = await aService(t, stranger, { capacity: 1000 });
    const foreignGroup = await t.fixtures.group(elsewhere);
    await anIntention(t, foreign, foreignGroup.id, { state: IntentionState.INCLUDED, currentCapacity: 1000, proposedCapacity: 2000 });
    await aService(t, stranger, { ...HOME_FOR_ELDERLY, capacity: 700 });
  });
  afterAll(() => t.stop());

  it('shows capacity per type, target group and unit today and with the recommended, forwarded and included intentions', async () => {
    const { serviceNetwork } = await member.client.ok<Network>(NETWORK);
    expect(serviceNetwork.rows).toEqual([
      { serviceType: 'HOME_CARE', section: '§40', targetGroup: 'SENIORS', unit: 'CLIENTS_AT_ONCE', services: 2, current: 30, proposed: 36, change: 6, intentions: 2 },
      { serviceType: 'HOME_CARE', section: '§40', targetGroup: 'PHYSICAL_DISABILITY', unit: 'CLIENTS_AT_ONCE', services: 1, current: 20, proposed: 30, change: 10, intentions: 1 },
      { serviceType: 'HOMES_FOR_ELDERLY', section: '§49', targetGroup: 'SENIORS', unit: 'BEDS', services: 1, current: 50, proposed: 30, change: -20, intentions: 2 },
    ]);
    // Per type, each service once: the 20 clients for two target groups count once (not 30 + 20).
    expect(serviceNetwork.types).toEqual([
      { serviceType: 'HOME_CARE', section: '§40', unit: 'CLIENTS_AT_ONCE', services: 2, current: 30, proposed: 36, change: 6, intentions: 2 },
      { serviceType: 'HOMES_FOR_ELDERLY', section: '§49', unit: 'BEDS', services: 1, current: 50, proposed: 30, change: -20, intentions: 2 },
    ]);
    // Each service once per unit: the 20 clients for two target groups count once.
    expect(serviceNetwork.totals).toEqual([
      { unit: 'BEDS', current: 50, proposed: 30, change: -20 },
      { unit: 'CLIENTS_AT_ONCE', current: 30, proposed: 36, change: 6 },
    ]);
  });

  it('filters by service type and by target group, rows and totals alike', async () => {
    const homes = await member.client.ok<Network>(NETWORK, { serviceType: 'HOMES_FOR_ELDERLY' });
    expect(homes.serviceNetwork.rows.map((row) => [row.serviceType, row.targetGroup, row.proposed])).toEqual([['HOMES_FOR_ELDERLY', 'SENIORS', 30]]);
    expect(homes.serviceNetwork.totals).toEqual([{ unit: 'BEDS', current: 50, proposed: 30, change: -20 }]);

    const disabled = await member.client.ok<Network>(NETWORK, { targetGroup: 'PHYSICAL_DISABILITY' });
    expect(disabled.serviceNetwork.rows.map((row) => [row.serviceType, row.targetGroup, row.current, row.proposed])).toEqual([['HOME_CARE', 'PHYSICAL_DISABILITY', 20, 30]]);
    expect(disabled.serviceNetwork.totals).toEqual([{ unit: 'CLIENTS_AT_ONCE', current: 20, proposed: 30, change: 10 }]);
    expect(disabled.serviceNetwork.types.map((row) => [row.serviceType, row.current, row.proposed])).toEqual([['HOME_CARE', 20, 30]]);

    const none = await member.client.ok<Network>(NETWORK, { serviceType: 'NIGHT_SHELTERS' });
    expect(none.serviceNetwork).toEqual({ rows: [], types: [], totals: [] });
  });

  it('changes with a forwarded intention and leaves out a refused one', async () => {
    const fresh = await t.fixtures.area();
    const org = await t.fixtures.organisation(fresh);
    const viewer = await t.fixtures.user(fresh, [AreaRole.MEMBER]);
    const group = await t.fixtures.group(fresh);
    const service = await aService(t, org, { capacity: 20 });
    const intention = await anIntention(t, service, group.id, { state: IntentionState.SUBMITTED, proposedCapacity: 25 });
    const before = await viewer.client.ok<Network>(NETWORK);
    expect(before.serviceNetwork.totals).toEqual([{ unit: 'CLIENTS_AT_ONCE', current: 20, proposed: 20, change: 0 }]);
    await t.db.getRepository(DevelopmentIntentionEntity).update(intention.id, { state: IntentionState.FORWARDED });
    expect((await viewer.client.ok<Network>(NETWORK)).serviceNetwork.totals).toEqual([{ unit: 'CLIENTS_AT_ONCE', current: 20, proposed: 25, change: 5 }]);
    await t.db.getRepository(DevelopmentIntentionEntity).update(intention.id, { state: IntentionState.NOT_INCLUDED });
    expect((await viewer.client.ok<Network>(NETWORK)).serviceNetwork.totals).toEqual([{ unit: 'CLIENTS_AT_ONCE', current: 20, proposed: 20, change: 0 }]);
  });

  it('is for members of the area only', async () => {
    expect((await t.anonymous(area.slug).error(NETWORK)).extensions?.code).toBe('UNAUTHENTICATED');
    const outsider = await t.fixtures.user(await t.fixtures.area(), [AreaRole.COORDINATOR]);
    expect((await outsider.client.withArea(area.slug).error(NETWORK)).extensions?.code).toBe('FORBIDDEN');
  });

  it('costs the same number of SQL statements for 10 and 200 services', async () => {
    const fresh = await t.fixtures.area();
    const org = await t.fixtures.organisation(fresh);
    const viewer = await t.fixtures.user(fresh, [AreaRole.MEMBER]);
    const group = await t.fixtures.group(fresh);
    const types = [ServiceType.HOME_CARE, ServiceType.PERSONAL_ASSISTANCE, ServiceType.FIELD_PROGRAMMES];
    const groups = Object.values(TargetGroup);
    const create = async (from: number, to: number) => {
      for (let i = from; i < to; i += 1) {
        const service = await aService(t, org, { type: types[i % types.length], form: ServiceForm.FIELD, targetGroups: [groups[i % groups.length]!, groups[(i + 3) % groups.length]!] });
        if (i % 2 === 0) await anIntention(t, service, group.id, { state: IntentionState.RECOMMENDED });
      }
    };
    const count = async () => {
      await viewer.client.ok(`{ me { account { id } } }`);
      const before = t.queryCount;
      const data = await viewer.client.ok<Network>(NETWORK);
      return { statements: t.queryCount - before, total: data.serviceNetwork.totals[0]! };
    };
    await create(0, 10);
    const ten = await count();
    await create(10, 200);
    const twoHundred = await count();
    console.log('SQL statements for serviceNetwork: 10 services →', ten.statements, '; 200 services →', twoHundred.statements);
    expect(ten.total).toEqual({ unit: 'CLIENTS_AT_ONCE', current: 200, proposed: 250, change: 50 });
    expect(twoHundred.total).toEqual({ unit: 'CLIENTS_AT_ONCE', current: 4000, proposed: 5000, change: 1000 });
    expect(twoHundred.statements).toBe(ten.statements);
  });
});
