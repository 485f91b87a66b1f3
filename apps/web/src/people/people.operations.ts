import { graphql } from '../gql';

export const PeopleDocument = graphql(`
  query People($search: String, $role: AreaRole, $page: Int, $pageSize: Int) {
    people(search: $search, role: $role, page: $page, pageSize: $pageSize) {
      total
      items {
        id
        fullName
        email
        phone
        roles
        hasAccount
        organisations {
          id
          position
          organisation {
            id
            name
          }
        }
      }
    }
  }
`);

/** Options of the searchable person pickers (groups, organisations). */
export const PersonOptionsDocument = graphql(`
  query PersonOptions($search: String, $pageSize: Int) {
    people(search: $search, page: 1, pageSize: $pageSize) {
      total
      items {
        id
        fullName
        email
        organisations {
          id
          organisation {
            id
            name
          }
        }
      }
    }
  }
`);

export const PersonDocument = graphql(`
  query Person($id: ID!) {
    person(id: $id) {
      id
      fullName
      email
      phone
      roles
      hasAccount
      anonymisedAt
      createdAt
      organisations {
        id
        position
        since
        organisation {
          id
          name
          side
        }
      }
    }
  }
`);

export const CreatePersonDocument = graphql(`
  mutation CreatePerson($input: CreatePersonInput!) {
    createPerson(input: $input) {
      id
      fullName
    }
  }
`);

export const UpdatePersonDocument = graphql(`
  mutation UpdatePerson($input: UpdatePersonInput!) {
    updatePerson(input: $input) {
      id
      fullName
      email
      phone
      roles
    }
  }
`);

export const InvitePersonDocument = graphql(`
  mutation InvitePerson($input: InvitePersonInput!) {
    invitePerson(input: $input) {
      url
      invitation {
        id
        expiresAt
        person {
          id
          fullName
          email
        }
      }
    }
  }
`);

export const AccountInvitationsDocument = graphql(`
  query AccountInvitations {
    accountInvitations {
      id
      createdAt
      expiresAt
      person {
        id
        fullName
        email
      }
    }
  }
`);

export const InvitationDocument = graphql(`
  query Invitation($token: String!) {
    invitation(token: $token) {
      areaName
      fullName
      email
      expiresAt
    }
  }
`);

export const AcceptInvitationDocument = graphql(`
  mutation AcceptInvitation($input: AcceptInvitationInput!) {
    acceptInvitation(input: $input) {
      id
      slug
      name
    }
  }
`);

/** The groups a person sits in, the ones left too. */
export const PersonGroupsDocument = graphql(`
  query PersonGroups($id: ID!) {
    person(id: $id) {
      id
      groups(includeFormer: true) {
        id
        role
        joinedAt
        leftAt
        group {
          id
          name
          archivedAt
        }
      }
    }
  }
`);
