import { randomBytes } from 'node:crypto';
import { MutationCase, World } from './world';

const unique = () => randomBytes(4).toString('hex');

/** A group of the area, its own coordinator (a member, not the area coordinator) and the coordinator of another group. */
async function groupWithCoordinators({ t, area }: World) {
  const group = await t.fixtures.group(area);
  const groupCoordinator = await t.fixtures.groupCoordinator(area, group);
  const otherGroupCoordinator = await t.fixtures.groupCoordinator(area, await t.fixtures.group(area));
  return { group, groupCoordinator, otherGroupCoordinator };
}

export const groupsCases: MutationCase[] = [
  {
    mutation: 'createGroup',
    createsInArea: true,
    document: `mutation($input: CreateGroupInput!) { createGroup(input: $input) { id } }`,
    async arrange({ coordinator, member, provider, clerk }) {
      return {
        variables: { input: { name: `Rodiny s dětmi ${unique()}`, kind: 'TARGET_GROUP' } },
        allowed: coordinator.client,
        refused: [member, provider, clerk],
      };
    },
  },
  {
    mutation: 'updateGroup',
    document: `mutation($input: UpdateGroupInput!) { updateGroup(input: $input) { id } }`,
    async arrange(world) {
      const { group, groupCoordinator, otherGroupCoordinator } = await groupWithCoordinators(world);
      return {
        variables: { input: { id: group.id, description: 'Plánování služeb pro seniory.' } },
        allowed: groupCoordinator.client,
        refused: [world.member, world.provider, world.clerk, otherGroupCoordinator],
      };
    },
  },
  {
    mutation: 'archiveGroup',
    document: `mutation($id: ID!) { archiveGroup(id: $id) { id } }`,
    async arrange(world) {
      // Archiving is the area coordinator's: the group's own coordinator may not.
      const { group, groupCoordinator } = await groupWithCoordinators(world);
      return {
        variables: { id: group.id },
        allowed: world.coordinator.client,
        refused: [world.member, world.provider, world.clerk, groupCoordinator],
      };
    },
  },
  {
    mutation: 'addGroupMember',
    document: `mutation($input: AddGroupMemberInput!) { addGroupMember(input: $input) { id } }`,
    async arrange(world) {
      const { group, groupCoordinator, otherGroupCoordinator } = await groupWithCoordinators(world);
      const person = await world.t.fixtures.person(world.area);
      return {
        variables: { input: { groupId: group.id, personId: person.id } },
        allowed: groupCoordinator.client,
        refused: [world.member, world.provider, world.clerk, otherGroupCoordinator],
      };
    },
  },
  {
    mutation: 'removeGroupMember',
    document: `mutation($input: RemoveGroupMemberInput!) { removeGroupMember(input: $input) { id } }`,
    async arrange(world) {
      const { group, groupCoordinator, otherGroupCoordinator } = await groupWithCoordinators(world);
      const person = await world.t.fixtures.person(world.area);
      await world.t.fixtures.membership(group, person);
      return {
        variables: { input: { groupId: group.id, personId: person.id } },
        allowed: groupCoordinator.client,
        refused: [world.member, world.provider, world.clerk, otherGroupCoordinator],
      };
    },
  },
];
