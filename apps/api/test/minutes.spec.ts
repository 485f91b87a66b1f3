import { AreaEntity } from '../src/areas/area.entity';
import { MinutesStatus } from '../src/meetings/meeting.enums';
import { MinutesEntity } from '../src/meetings/minutes.entity';
import { AreaRole } from '../src/people/area-role.enum';
import { User } from './fixtures';
import { GqlResponse, TestApp } from './harness';
import { aGroupWithCoordinator, aMeeting } from './meeting-fixtures';

const SAVE = `mutation($input: SaveMinutesInput!) { saveMinutes(input: $input) { body version } }`;
const PUBLISH = `mutation($input: PublishMinutesInput!) { publishMinutes(input: $input) { status version } }`;

type Saved = GqlResponse<{ saveMinutes: { body: string; version: number } }>;

describe('minutes', () => {
  let t: TestApp;
  let area: AreaEntity;
  let coordinator: User;
  let groupCoordinator: User;
  let groupId: string;

  beforeAll(async () => {
    t = await TestApp.start();
    area = await t.fixtures.area();
    coordinator = await t.fixtures.user(area, [AreaRole.COORDINATOR]);
    const arranged = await aGroupWithCoordinator(t, area);
    groupCoordinator = arranged.groupCoordinator;
    groupId = arranged.group.id;
  });
  afterAll(() => t.stop());

  const stored = (meetingId: string) => t.db.getRepository(MinutesEntity).findOneBy({ meetingId });

  /** Two organisers save at the same moment from the same version: one wins, the other gets CONFLICT. */
  async function race(meetingId: string, expectedVersion: number): Promise<{ winner: string; loser: Saved }> {
    const [a, b] = await Promise.all([
      coordinator.client.request(SAVE, { input: { meetingId, body: 'Text koordinátorky oblasti', expectedVersion } }) as Promise<Saved>,
      groupCoordinator.client.request(SAVE, { input: { meetingId, body: 'Text koordinátora skupiny', expectedVersion } }) as Promise<Saved>,
    ]);
    const results = [a, b];
    const won = results.filter((r) => !r.errors);
    const lost = results.filter((r) => r.errors);
    expect({ won: won.length, lost: lost.length }).toEqual({ won: 1, lost: 1 });
    expect(lost[0]!.errors![0]!.extensions).toEqual({ code: 'CONFLICT', field: 'input.expectedVersion' });
    return { winner: won[0]!.data!.saveMinutes.body, loser: lost[0]! };
  }

  it('lets exactly one of two concurrent first saves win', async () => {
    for (let round = 0; round < 5; round += 1) {
      const meeting = await aMeeting(t, area).with({ groupId }).build();
      const { winner } = await race(meeting.id, 0);
      const minutes = await stored(meeting.id);
      expect({ body: minutes?.body, version: minutes?.version }).toEqual({ body: winner, version: 1 });
    }
  });

  it('lets exactly one of two concurrent saves of the same version win', async () => {
    for (let round = 0; round < 5; round += 1) {
      const meeting = await aMeeting(t, area).with({ groupId }).minutes('Původní text').build();
      const { winner, loser } = await race(meeting.id, 1);
      expect(loser.errors![0]!.message).toContain('verze 2');
      const minutes = await stored(meeting.id);
      expect({ body: minutes?.body, version: minutes?.version }).toEqual({ body: winner, version: 2 });
    }
  });

  it('refuses a save from a stale version one after the other, keeping the newer text', async () => {
    const meeting = await aMeeting(t, area).with({ groupId }).build();
    await coordinator.client.ok(SAVE, { input: { meetingId: meeting.id, body: 'První verze', expectedVersion: 0 } });
    await groupCoordinator.client.ok(SAVE, { input: { meetingId: meeting.id, body: 'Druhá verze', expectedVersion: 1 } });
    const stale = await coordinator.client.withLocale('en').error(SAVE, {
      input: { meetingId: meeting.id, body: 'Přepsání', expectedVersion: 1 },
    });
    expect(stale.extensions?.code).toBe('CONFLICT');
    expect(stale.message).toBe('Someone else saved the minutes meanwhile (version 2). Load their changes and save again.');
    expect((await stored(meeting.id))?.body).toBe('Druhá verze');
    const ahead = await coordinator.client.error(SAVE, { input: { meetingId: meeting.id, body: 'Z budoucnosti', expectedVersion: 7 } });
    expect(ahead.extensions?.code).toBe('CONFLICT');
  });

  it('publishes only the version read and only non-empty minutes', async () => {
    const empty = await aMeeting(t, area).with({ groupId }).minutes('   ').build();
    const emptyError = await coordinator.client.error(PUBLISH, { input: { meetingId: empty.id, expectedVersion: 1 } });
    expect({ code: emptyError.extensions?.code, message: emptyError.message }).toEqual({
      code: 'CONFLICT',
      message: 'Prázdný zápis nelze zveřejnit.',
    });

    const meeting = await aMeeting(t, area).with({ groupId }).minutes('Zápis').build();
    await groupCoordinator.client.ok(SAVE, { input: { meetingId: meeting.id, body: 'Zápis opravený', expectedVersion: 1 } });
    const stale = await coordinator.client.error(PUBLISH, { input: { meetingId: meeting.id, expectedVersion: 1 } });
    expect(stale.extensions?.code).toBe('CONFLICT');
    expect((await stored(meeting.id))?.status).toBe(MinutesStatus.DRAFT);

    await coordinator.client.ok(PUBLISH, { input: { meetingId: meeting.id, expectedVersion: 2 } });
    const twice = await coordinator.client.error(PUBLISH, { input: { meetingId: meeting.id, expectedVersion: 2 } });
    expect(twice.message).toBe('Zápis je už zveřejněný.');
    expect((await stored(meeting.id))?.body).toBe('Zápis opravený');
  });

  it('refuses publishing minutes that do not exist yet', async () => {
    const meeting = await aMeeting(t, area).with({ groupId }).build();
    const error = await coordinator.client.error(PUBLISH, { input: { meetingId: meeting.id, expectedVersion: 1 } });
    expect({ code: error.extensions?.code, message: error.message }).toEqual({ code: 'CONFLICT', message: 'Prázdný zápis nelze zveřejnit.' });
    expect(await stored(meeting.id)).toBeNull();
  });
});
