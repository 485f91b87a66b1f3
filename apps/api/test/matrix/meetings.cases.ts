import { GroupRole } from '../../src/groups/group.enums';
import { WorkingGroupEntity } from '../../src/groups/working-group.entity';
import { MeetingEntity } from '../../src/meetings/meeting.entity';
import { User } from '../fixtures';
import { aMeeting } from '../meeting-fixtures';
import { MutationCase, World } from './world';
import { strategy } from '../strategy-fixtures';

interface Stage {
  group: WorkingGroupEntity;
  meeting: MeetingEntity;
  /** Coordinator of the meeting's group (allowed). */
  groupCoordinator: User;
  /** Member, provider and clerk of the area and the coordinator of another group (refused). */
  refused: User[];
}

/** A fresh group with its coordinator, a meeting of it with an invited member, and the cast who may not touch it. */
async function stage(world: World, build?: (meeting: ReturnType<typeof aMeeting>) => ReturnType<typeof aMeeting>): Promise<Stage> {
  const { t, area } = world;
  const group = await t.fixtures.group(area);
  const groupCoordinator = await t.fixtures.user(area);
  await t.fixtures.membership(group, groupCoordinator.person, GroupRole.COORDINATOR);
  const otherGroup = await t.fixtures.group(area);
  const otherCoordinator = await t.fixtures.user(area);
  await t.fixtures.membership(otherGroup, otherCoordinator.person, GroupRole.COORDINATOR);
  const invitee = await t.fixtures.person(area);
  let builder = aMeeting(t, area).inGroup(group).invite(invitee);
  if (build) builder = build(builder);
  const meeting = await builder.build();
  return { group, meeting, groupCoordinator, refused: [world.member, world.provider, world.clerk, otherCoordinator] };
}

const future = () => {
  const startsAt = new Date(Date.now() + 14 * 24 * 3600 * 1000);
  return { startsAt: startsAt.toISOString(), endsAt: new Date(startsAt.getTime() + 3600 * 1000).toISOString() };
};

/** A case of a mutation that the meeting's organisers may call (area coordinator or the group's coordinator). */
export function organiserCase(
  mutation: string,
  document: string,
  variables: (stage: Stage, world: World) => Promise<Record<string, unknown>> | Record<string, unknown>,
  build?: Parameters<typeof stage>[1],
): MutationCase {
  return {
    mutation,
    document,
    async arrange(world) {
      const arranged = await stage(world, build);
      return { variables: await variables(arranged, world), allowed: arranged.groupCoordinator.client, refused: arranged.refused };
    },
  };
}

export const meetingCases: MutationCase[] = [
  {
    mutation: 'createMeeting',
    document: `mutation($input: CreateMeetingInput!) { createMeeting(input: $input) { id } }`,
    async arrange(world) {
      const { group, groupCoordinator, refused } = await stage(world);
      return {
        variables: { input: { groupId: group.id, kind: 'WORKING_GROUP', title: 'Jednání', ...future() } },
        allowed: groupCoordinator.client,
        refused,
      };
    },
  },
  organiserCase('updateMeeting', `mutation($input: UpdateMeetingInput!) { updateMeeting(input: $input) { id } }`, ({ meeting }) => ({
    input: { id: meeting.id, title: 'Nový název' },
  })),
  organiserCase('cancelMeeting', `mutation($id: ID!) { cancelMeeting(id: $id) { id } }`, ({ meeting }) => ({ id: meeting.id })),
  organiserCase('setAgenda', `mutation($input: SetAgendaInput!) { setAgenda(input: $input) { id } }`, async ({ meeting }, world) => {
    const s = strategy(world.t.db);
    const measure = await s.measure(await s.goal(await s.priority(await s.plan(world.area))));
    return { input: { meetingId: meeting.id, items: [{ title: 'Zahájení' }, { title: 'Opatření', measureId: measure.id }] } };
  }),
  organiserCase('inviteToMeeting', `mutation($input: InviteToMeetingInput!) { inviteToMeeting(input: $input) { id } }`, ({ meeting, group }) => ({
    input: { meetingId: meeting.id, groupId: group.id },
  })),
  {
    mutation: 'replyToInvitation',
    document: `mutation($input: ReplyToInvitationInput!) { replyToInvitation(input: $input) { reply } }`,
    async arrange(world) {
      const invited = await world.t.fixtures.user(world.area);
      const meeting = await aMeeting(world.t, world.area).invite(invited.person).build();
      return { variables: { input: { meetingId: meeting.id, reply: 'ATTEND' } }, allowed: invited.client, refused: [world.member] };
    },
  },
  organiserCase(
    'recordAttendance',
    `mutation($input: RecordAttendanceInput!) { recordAttendance(input: $input) { id } }`,
    async ({ meeting }, { t }) => {
      const [invitation] = await t.db.query(`SELECT person_id FROM meeting_invitations WHERE meeting_id = $1`, [meeting.id]);
      return { input: { meetingId: meeting.id, entries: [{ personId: (invitation as { person_id: string }).person_id, attendance: 'PRESENT' }] } };
    },
  ),
  organiserCase('addMeetingGuest', `mutation($input: AddMeetingGuestInput!) { addMeetingGuest(input: $input) { id } }`, ({ meeting }) => ({
    input: { meetingId: meeting.id, fullName: 'Host' },
  })),
  organiserCase(
    'removeMeetingGuest',
    `mutation($input: RemoveMeetingGuestInput!) { removeMeetingGuest(input: $input) }`,
    async ({ meeting }, { t }) => {
      const [guest] = await t.db.query(`SELECT id FROM meeting_guests WHERE meeting_id = $1`, [meeting.id]);
      return { input: { meetingId: meeting.id, guestId: (guest as { id: string }).id } };
    },
    (builder) => builder.guest('Host'),
  ),
  organiserCase('saveMinutes', `mutation($input: SaveMinutesInput!) { saveMinutes(input: $input) { version } }`, ({ meeting }) => ({
    input: { meetingId: meeting.id, body: 'Zápis', expectedVersion: 0 },
  })),
  organiserCase(
    'publishMinutes',
    `mutation($input: PublishMinutesInput!) { publishMinutes(input: $input) { status } }`,
    ({ meeting }) => ({ input: { meetingId: meeting.id, expectedVersion: 1 } }),
    (builder) => builder.minutes('Zápis k publikaci'),
  ),
  organiserCase('addDecision', `mutation($input: AddDecisionInput!) { addDecision(input: $input) { id } }`, ({ meeting }) => ({
    input: { meetingId: meeting.id, text: 'Usnesení' },
  })),
  organiserCase(
    'removeDecision',
    `mutation($input: RemoveDecisionInput!) { removeDecision(input: $input) }`,
    async ({ meeting }, { t }) => {
      const [decision] = await t.db.query(`SELECT id FROM meeting_decisions WHERE meeting_id = $1`, [meeting.id]);
      return { input: { meetingId: meeting.id, decisionId: (decision as { id: string }).id } };
    },
    (builder) => builder.decision('Usnesení'),
  ),
];
