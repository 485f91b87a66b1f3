import { graphql } from '../gql';

export const GroupsDocument = graphql(`
  query Groups($includeArchived: Boolean) {
    groups(includeArchived: $includeArchived) {
      id
      name
      kind
      targetGroup
      archivedAt
      memberCount
      coordinators {
        id
        fullName
      }
    }
  }
`);

export const GroupDocument = graphql(`
  query Group($id: ID!, $includeFormer: Boolean) {
    group(id: $id) {
      id
      name
      kind
      targetGroup
      description
      archivedAt
      createdAt
      memberCount
      coordinators {
        id
        fullName
      }
      members(includeFormer: $includeFormer) {
        id
        role
        joinedAt
        leftAt
        person {
          id
          fullName
        }
        organisation {
          id
          name
          side
        }
      }
    }
  }
`);

export const CreateGroupDocument = graphql(`
  mutation CreateGroup($input: CreateGroupInput!) {
    createGroup(input: $input) {
      id
      name
    }
  }
`);

export const UpdateGroupDocument = graphql(`
  mutation UpdateGroup($input: UpdateGroupInput!) {
    updateGroup(input: $input) {
      id
      name
      targetGroup
      description
    }
  }
`);

export const ArchiveGroupDocument = graphql(`
  mutation ArchiveGroup($id: ID!) {
    archiveGroup(id: $id) {
      id
      archivedAt
    }
  }
`);

export const AddGroupMemberDocument = graphql(`
  mutation AddGroupMember($input: AddGroupMemberInput!) {
    addGroupMember(input: $input) {
      id
    }
  }
`);

export const RemoveGroupMemberDocument = graphql(`
  mutation RemoveGroupMember($input: RemoveGroupMemberInput!) {
    removeGroupMember(input: $input) {
      id
      leftAt
    }
  }
`);
