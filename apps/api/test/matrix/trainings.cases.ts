import { InvitationReply, MeetingKind } from '../../src/meetings/meeting.enums';
import { aMeeting } from '../meeting-fixtures';
import { organiserCase } from './meetings.cases';
import { MutationCase, World } from './world';

const inTwoWeeks = () => new Date(Date.now() + 14 * 24 * 3600 * 1000);

/** A training of the area open for registration, optionally with the member already registered. */
const openTraining = (world: World, registered = false) => {
  let builder = aMeeting(world.t, world.area).with({ kind: MeetingKind.TRAINING, registrationOpen: true, capacity: 20 }).at(inTwoWeeks());
  if (registered) builder = builder.invite(world.member.person, { reply: InvitationReply.ATTEND });
  return builder.build();
};

const aProject = (world: World) =>
  world.t.db.query(
    `INSERT INTO funded_projects (area_id, name, registration_number, starts_on, ends_on) VALUES ($1, 'Projekt', gen_random_uuid()::text, '2026-01-01', '2026-12-31') RETURNING id`,
    [world.area.id],
  ) as Promise<{ id: string }[]>;

export const trainingsCases: MutationCase[] = [
  organiserCase(
    'setMeetingRegistration',
    `mutation($input: SetMeetingRegistrationInput!) { setMeetingRegistration(input: $input) { id } }`,
    ({ meeting }) => ({ input: { meetingId: meeting.id, open: true } }),
    (builder) => builder.with({ kind: MeetingKind.SEMINAR }).at(inTwoWeeks()),
  ),
  {
    // Any person of the area may register: nobody of the area is refused by role.
    mutation: 'registerForMeeting',
    document: `mutation($input: MeetingRegistrationInput!) { registerForMeeting(input: $input) { id } }`,
    async arrange(world) {
      const training = await openTraining(world);
      return { variables: { input: { meetingId: training.id } }, allowed: world.member.client, refused: [] };
    },
  },
  {
    mutation: 'cancelMeetingRegistration',
    document: `mutation($input: MeetingRegistrationInput!) { cancelMeetingRegistration(input: $input) { id } }`,
    async arrange(world) {
      const training = await openTraining(world, true);
      return { variables: { input: { meetingId: training.id } }, allowed: world.member.client, refused: [] };
    },
  },
  {
    mutation: 'createFundedProject',
    document: `mutation($input: CreateFundedProjectInput!) { createFundedProject(input: $input) { id } }`,
    createsInArea: true,
    async arrange(world) {
      return {
        variables: { input: { name: 'Projekt ESF', registrationNumber: `CZ.03.${Date.now()}`, startsOn: '2026-01-01', endsOn: '2026-12-31' } },
        allowed: world.coordinator.client,
        refused: [world.member, world.provider, world.clerk],
      };
    },
  },
  {
    mutation: 'updateFundedProject',
    document: `mutation($input: UpdateFundedProjectInput!) { updateFundedProject(input: $input) { id } }`,
    async arrange(world) {
      const [project] = await aProject(world);
      return { variables: { input: { id: project!.id, name: 'Nový název' } }, allowed: world.coordinator.client, refused: [world.member, world.provider, world.clerk] };
    },
  },
  {
    mutation: 'deleteFundedProject',
    document: `mutation($id: ID!) { deleteFundedProject(id: $id) }`,
    async arrange(world) {
      const [project] = await aProject(world);
      return { variables: { id: project!.id }, allowed: world.coordinator.client, refused: [world.member, world.provider, world.clerk] };
    },
  },
];
